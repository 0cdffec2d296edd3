// Reads one country's journal (data/values/<CODE>.yaml) entry by entry.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <string_view>

#include "model/countries.h"
#include "base/diagnostic.h"
#include "model/entry.h"
#include "model/framework.h"

namespace ritrack {

struct JournalContext {
  const Framework& framework;
  const CountryList& countries;
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

// Why `period` cannot carry a value of `ind` (outside the horizon, not yet
// started, wrong cadence), with a hint; empty when it can.
struct PeriodProblem {
  DiagnosticCode code;
  std::string message, hint;
};
std::optional<PeriodProblem> period_problem(const Framework& fw, const Indicator* ind, const Period& period,
                                            const Period& today);

// Whether a period starts after `today` (the current quarter is not future).
bool is_future(const Period& period, const Period& today);

}  // namespace ritrack
