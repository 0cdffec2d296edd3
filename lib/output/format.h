// The output formats: one row each. A command offers the formats that make
// sense for it; documents render in every document format.
#pragma once

#include <array>
#include <string>
#include <string_view>

#include "base/enum_table.h"
#include "output/document.h"

namespace ritrack {

enum class Format { text, md, csv, json, html, github };

struct FormatRow {
  Format value;
  std::string_view name;  // as given to --format
  bool document;          // any Document renders in it
};
inline constexpr std::array kFormats{
    FormatRow{Format::text, "text", true}, FormatRow{Format::md, "md", true},
    FormatRow{Format::csv, "csv", true},   FormatRow{Format::json, "json", false},
    FormatRow{Format::html, "html", true}, FormatRow{Format::github, "github", false},
};
static_assert(in_enum_order(kFormats));
inline std::string_view format_name(Format f) { return name_of(kFormats, f); }

// `doc` in a document format; throws std::logic_error for the others, whose
// content is not a document (JSON contracts, GitHub annotations).
std::string render(const Document& doc, Format format, const TextStyle& style);

}  // namespace ritrack
