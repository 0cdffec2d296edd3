// Typed reads shared by the appended registers (pledges, plans): dates,
// years, a value from an enumeration's table, and the provenance every
// appended entry carries (recorded, by). Problems go to the sink with
// their position, like every read in yaml/yaml_fields.h.
#pragma once

#include <array>
#include <optional>
#include <string>
#include <string_view>

#include "base/date.h"
#include "base/diagnostic.h"
#include "base/enum_table.h"
#include "yaml/yaml_fields.h"

namespace ritrack {

inline Spot spot(const YamlNode& n) { return {n.pos, n.width()}; }

// The node's text, or empty when it is absent (problems reported).
std::string text_or_empty(const YamlNode* node, std::string_view what, DiagnosticSink& sink);

// One of the table's names, as its value; nullopt when absent or unknown (reported).
template <typename Row, size_t N>
std::optional<decltype(Row::value)> read_enum(const YamlNode* node, std::string_view what,
                                              const std::array<Row, N>& rows, DiagnosticSink& sink) {
  if (!node) return std::nullopt;
  auto name = read_choice(node, what, names_of(rows), sink);
  return name ? parse_name(rows, *name) : std::nullopt;
}

std::optional<Date> read_date(const YamlNode* node, std::string_view what, DiagnosticSink& sink);
// A whole year between 1900 and 2100.
std::optional<int> read_year(const YamlNode* node, std::string_view what, DiagnosticSink& sink);

// recorded and by, as every appended entry has them.
void read_provenance(const YamlNode& node, std::string& recorded, std::string& by, DiagnosticSink& sink);

}  // namespace ritrack
