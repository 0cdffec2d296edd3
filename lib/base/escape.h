// Making data safe for each output: terminal, JSON, CSV, HTML, Markdown.
// Data comes from files anyone can edit; none of it may drive the reader's
// terminal or spreadsheet.
#pragma once

#include <string>
#include <string_view>

namespace ritrack {

// Control characters (C0, DEL, C1) become U+FFFD so no escape sequence reaches a terminal.
std::string terminal_safe(std::string_view text);
// terminal_safe, but newlines kept: for text made of several lines.
std::string terminal_lines(std::string_view text);
// A JSON string literal, quotes included.
std::string json_string(std::string_view text);
// Well-formed UTF-8: each malformed byte becomes U+FFFD.
std::string utf8_repaired(std::string_view text);
// JSON text (well-formed UTF-8) with the code points a terminal would act
// on and JSON allows raw (DEL, C1 controls, bidirectional marks) escaped
// as \uXXXX; they can only stand inside strings, so the JSON means the same.
std::string json_inert(std::string_view json);
// Text XML 1.0 can hold: malformed UTF-8 and the code points XML forbids
// even as references (C0 controls but tab, LF and CR; U+FFFE, U+FFFF)
// become U+FFFD.
std::string xml_fit(std::string_view text);
// An XML document with DEL, C1 controls and bidirectional marks written as
// character references (&#x202e;): they can only stand in text and
// attribute values, so the document means the same.
std::string xml_inert(std::string_view xml);
// A YAML double-quoted scalar: the JSON string, with the code points YAML
// does not allow raw (C1 controls but NEL, U+FEFF, U+FFFE, U+FFFF) escaped.
std::string yaml_string(std::string_view text);
// A CSV field: quoted when needed; text starting with = + - @ tab or CR is
// prefixed with ' so spreadsheets do not run it, while numbers stay numbers.
std::string csv_field(std::string_view text);
// A cell as it was before csv_field guarded it: "'=SUM(A1)" is "=SUM(A1)",
// so that what ritrack writes reads back as the text it was.
std::string csv_unguarded(std::string_view cell);
std::string html_escape(std::string_view text);
// Markdown table cell: | escaped, newlines folded, HTML-significant characters escaped.
std::string markdown_cell(std::string_view text);
// GitHub Actions workflow-command data (message) and property (file, title) escaping.
std::string github_data(std::string_view text);
std::string github_property(std::string_view text);

// Display width in terminal columns, counting each UTF-8 code point as one.
size_t display_width(std::string_view text);

// Whether `text` is well-formed UTF-8 (no overlong forms, surrogates or
// code points past U+10FFFF): what a YAML file may hold.
bool is_utf8(std::string_view text);

}  // namespace ritrack
