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

// Calls `on_entry` for each valid entry, in file order, and reports every
// invalid one. Entries are not kept here, so memory does not grow with the file.
void read_journal(std::string_view text, const JournalContext& context, DiagnosticSink& sink,
                  const std::function<void(Entry&&)>& on_entry);

// Reports a missing end marker, or one whose count differs from `items`.
// `items` is unknown (nullopt) when the file could not be parsed.
void check_end_marker(std::string_view text, std::optional<size_t> items, DiagnosticSink& sink);

}  // namespace ritrack
