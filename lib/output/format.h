// The output formats: one row each. A command offers the formats that make
// sense for it; documents render in every document format.
#pragma once

#include <array>
#include <optional>
#include <string>
#include <string_view>

#include "base/enum_table.h"
#include "output/document.h"

namespace ritrack {

enum class Format { text, md, csv, json, html, github, xlsx };

struct FormatRow {
  Format value;
  std::string_view name;        // as given to --format
  bool document;                // any Document renders in it
  std::string_view extensions;  // of files -o names that it is written to, space-separated
  bool binary = false;          // not for a terminal
};
// clang-format off
inline constexpr std::array kFormats{
    FormatRow{Format::text,   "text",   true,  ".txt"},
    FormatRow{Format::md,     "md",     true,  ".md"},
    FormatRow{Format::csv,    "csv",    true,  ".csv"},
    FormatRow{Format::json,   "json",   false, ".json"},
    FormatRow{Format::html,   "html",   true,  ".html .htm"},
    FormatRow{Format::github, "github", false, ""},
    FormatRow{Format::xlsx,   "xlsx",   true,  ".xlsx", true},
};
// clang-format on
static_assert(in_enum_order(kFormats));
inline std::string_view format_name(Format f) { return name_of(kFormats, f); }
// The format whose extensions hold `extension` (".html", lower case), or nullopt.
std::optional<Format> format_of_extension(std::string_view extension);

// `doc` in a document format; throws std::logic_error for the others, whose
// content is not a document (JSON contracts, GitHub annotations).
std::string render(const Document& doc, Format format, const TextStyle& style);

}  // namespace ritrack
