// Reads one country's journal (data/values/<CODE>.yaml) entry by entry.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <string_view>

#include "base/diagnostic.h"
#include "model/entry.h"
#include "model/entry_rules.h"
#include "model/model.h"

namespace ritrack {

struct JournalContext {
  const Model& model;
  Period today;      // periods that start after it are refused as future
  std::string code;  // the journal's code, from its file name (already allowlisted)
};

// Where a journal ends, for reading only what is appended to it later: a
// journal grows by new entries written over its end marker
// (store/journal_format.h: append_entries), so when its bytes before the
// old marker are unchanged, only the bytes from there on are new.
struct JournalEnd {
  size_t items = 0;          // entries in the file, valid or not
  size_t marker_offset = 0;  // where the end marker's line starts
  int marker_line = 0;       // its line, 1-based
  // The journal has no problem of its own (only, perhaps, in its entries),
  // and is laid out as ritrack writes it: `entries:` its last key at the
  // start of a line, a block list indented by two. Only then does reading
  // its new bytes alone find what reading the whole file would.
  bool appendable = false;
};

// Calls `on_entry` for each valid entry, in file order, and reports every
// invalid one. Entries are not kept here, so memory does not grow with the
// file. `end`, when given, receives where the journal ends. A journal laid
// out as ritrack writes it is read line by line (store/journal_scan.h), any
// other by the YAML parser: the same entries and problems either way.
void read_journal(std::string_view text, const JournalContext& context, DiagnosticSink& sink,
                  const std::function<void(Entry&&)>& on_entry, JournalEnd* end = nullptr);

// Reads what was appended to a journal that ended at `before` (appendable):
// `text` is the whole journal now, whose bytes before before.marker_offset
// the caller has found unchanged. Reports and calls `on_entry` exactly as
// read_journal on `text` would for the new entries, and checks the new end
// marker. Nullopt when the new bytes cannot be read alone (they change the
// layout, or do not parse): then read the whole journal, and drop whatever
// this reported.
std::optional<JournalEnd> read_journal_tail(std::string_view text, const JournalEnd& before,
                                            const JournalContext& context, DiagnosticSink& sink,
                                            const std::function<void(Entry&&)>& on_entry);

namespace detail {
// read_journal by the YAML parser alone, never by the fast path for a
// journal laid out as ritrack writes it (store/journal_scan.h): what that
// path must match, for the tests that compare them.
void read_journal_parsed(std::string_view text, const JournalContext& context, DiagnosticSink& sink,
                         const std::function<void(Entry&&)>& on_entry, JournalEnd* end = nullptr);
}  // namespace detail

// Reports a missing end marker, or one whose count differs from `items`.
// `items` is unknown (nullopt) when the file could not be parsed.
void check_end_marker(std::string_view text, std::optional<size_t> items, DiagnosticSink& sink);

}  // namespace ritrack
