#include "store/journal_format.h"

#include "base/file_system.h"

#include <algorithm>
#include <charconv>

#include <fmt/format.h>

#include "base/escape.h"

namespace ritrack {

static constexpr std::string_view kMarkerPrefix = "# ritrack: end of journal, ";

std::string end_marker(size_t entries) {
  return fmt::format("{}{} {}", kMarkerPrefix, entries, entries == 1 ? "entry" : "entries");
}

std::optional<EndMarker> find_end_marker(std::string_view text) {
  size_t end = text.size();
  while (end > 0 && (text[end - 1] == '\n' || text[end - 1] == '\r' || text[end - 1] == ' ')) --end;
  size_t start = text.rfind('\n', end == 0 ? 0 : end - 1);
  start = start == std::string_view::npos ? 0 : start + 1;
  std::string_view line = text.substr(start, end - start);
  if (!line.starts_with(kMarkerPrefix)) return std::nullopt;
  std::string_view rest = line.substr(kMarkerPrefix.size());
  size_t n = 0;
  auto [ptr, ec] = std::from_chars(rest.data(), rest.data() + rest.size(), n);
  std::string_view word(ptr, rest.data() + rest.size() - ptr);
  if (ec != std::errc() || (word != " entries" && word != " entry")) return std::nullopt;
  return EndMarker{n, start};
}

size_t entries_to_expect(std::string_view text) {
  // No entry takes fewer bytes than this ("  - indicator: ..." alone is longer).
  constexpr size_t kMinEntryBytes = 64;
  auto marker = find_end_marker(text);
  return marker ? std::min(marker->entries, text.size() / kMinEntryBytes) : 0;
}

int EndMarker::line_in(std::string_view text) const {
  return static_cast<int>(1 + std::count(text.begin(), text.begin() + static_cast<ptrdiff_t>(offset), '\n'));
}

std::string yaml_quote(std::string_view text) { return yaml_string(text); }

// In the journal, text is quoted and numbers carry no unit.
static std::string journal_value(const Entry& e, Measure measure) {
  if (kind_of(measure).numeric) return e.number.str();  // exact: every decimal the entry has
  if (measure == Measure::flag) return e.number == 1 ? "yes" : "no";
  return yaml_quote(e.text);
}

std::string format_entry(const Entry& e, Measure measure) {
  std::string out = fmt::format("  - indicator: {}\n    period: {}\n", yaml_quote(e.indicator), e.period.str());
  if (!e.item.empty()) out += fmt::format("    item: {}\n", yaml_quote(e.item));
  if (e.retraction) {
    out += fmt::format("    retract: {}\n", yaml_quote(e.text));
    if (!e.unit.empty()) out += fmt::format("    unit: {}\n", e.unit);  // it withdraws that unit's value
  } else {
    out += fmt::format("    value: {}\n", journal_value(e, measure));
    if (!e.currency.empty()) out += fmt::format("    currency: {}\n", e.currency);
    if (!e.unit.empty()) out += fmt::format("    unit: {}\n", e.unit);
    if (!e.item.empty()) {
      std::string types;
      for (const BreakdownPart& t : e.breakdown)
        types += fmt::format("{}{}: {}", types.empty() ? "" : ", ", t.dimension, yaml_quote(t.category));
      if (!types.empty()) out += fmt::format("    types: {{{}}}\n", types);
      if (!e.partners.empty()) out += fmt::format("    partners: {}\n", yaml_quote(e.partners));
      if (e.ends) out += fmt::format("    ends: {}\n", e.ends->str());
    } else if (!e.breakdown.empty()) {
      out += "    breakdown:\n";
      for (std::span<const BreakdownPart> group : by_dimension(e.breakdown)) {
        std::string parts;
        for (const BreakdownPart& p : group)
          parts += fmt::format("{}{}: {}", parts.empty() ? "" : ", ", p.category, p.value.str());
        out += fmt::format("      {}: {{{}}}\n", group.front().dimension, parts);
      }
    }
    out += fmt::format("    source: {}\n", yaml_quote(e.source));
  }
  if (!e.note.empty()) out += fmt::format("    note: {}\n", yaml_quote(e.note));
  out += fmt::format("    recorded: {}\n    by: {}\n", e.recorded, yaml_quote(e.by));
  return out;
}

std::string new_journal(std::string_view code, std::string_view name) {
  return fmt::format(
      "# ritrack journal for {} ({}). Append-only: record with 'ritrack record';\n"
      "# a later entry for the same indicator and period supersedes an earlier one.\n"
      "country: {}\nentries:\n{}\n",
      code, name, code, end_marker(0));
}

std::string append_entries(std::string_view old_text, std::string_view formatted, size_t entries_after) {
  auto marker = find_end_marker(old_text);
  std::string_view kept = marker ? old_text.substr(0, marker->offset) : old_text;
  std::string marker_line = end_marker(entries_after);
  std::string out;
  out.reserve(kept.size() + 1 + formatted.size() + marker_line.size() + 1);
  detail::prefault(out.data(), out.capacity());
  out += kept;
  if (!out.empty() && out.back() != '\n') out += '\n';
  out += formatted;
  out += marker_line;
  out += '\n';
  return out;
}

}  // namespace ritrack
