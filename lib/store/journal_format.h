// How entries are written into a journal, and the end marker ritrack keeps
// on its last line so that a journal cut short is detected, not read as
// fewer entries.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "model/entry.h"
#include "model/framework.h"

namespace ritrack {

// "# ritrack: end of journal, 3 entries"
std::string end_marker(size_t entries);

struct EndMarker {
  size_t entries = 0;  // the count it states
  size_t offset = 0;   // where its line starts in the text
  // Its line, 1-based: counted only when a diagnostic needs it, not on
  // every load (a scan of the whole journal).
  int line_in(std::string_view text) const;
};

// The marker on the journal's last non-empty line, or nullopt. Reads the
// text from its end: a journal's bytes are not scanned.
std::optional<EndMarker> find_end_marker(std::string_view text);

// The entries to make room for before reading `text`: what its end marker
// counts, but no more than its bytes could hold (a marker may lie); 0
// without one.
size_t entries_to_expect(std::string_view text);

// One entry as YAML, indented to sit under `entries:`; the measure says how
// its value is written (flags as yes/no, text quoted, numbers plain).
std::string format_entry(const Entry& e, Measure measure);

// A new journal's text: header comment, `country:`, `entries:` and the marker.
std::string new_journal(std::string_view code, std::string_view name);

// `old_text` with `formatted` (format_entry's text for one or more entries)
// appended: every byte before the old marker stays as it was; the marker is
// rewritten to count `entries_after`. One pass, however many entries.
std::string append_entries(std::string_view old_text, std::string_view formatted, size_t entries_after);
inline std::string append_entry(std::string_view old_text, const Entry& entry, Measure measure, size_t entries_after) {
  return append_entries(old_text, format_entry(entry, measure), entries_after);
}

// YAML double-quoted scalar (escapes quotes, backslashes and controls).
std::string yaml_quote(std::string_view text);

}  // namespace ritrack
