// The questions `ritrack record` asks for what its command line left out,
// one at a time, in the user's language, with `<` going back through the
// answers and defaults from the country's previous entries.
#pragma once

#include <string>
#include <vector>

#include "base/lang.h"
#include "base/period.h"
#include "prompter.h"
#include "store/dataset.h"

namespace ritrack::cli {

struct RecordArgs {
  std::string country, indicator, period, value, source, note, by;
  std::vector<std::string> breakdown;
  std::string item, partners, ends;  // item registers
  std::vector<std::string> types;
  std::string currency, unit;
  bool yes = false;
};

// An entry being put together: what the command line gave (never asked),
// the answers so far, and the defaults carried over from the entry recorded
// before it.
struct Draft {
  RecordArgs given;
  Answers answers;  // by question: "country", "breakdown:sector"…
  std::string default_indicator, default_period;
  std::string shown_indicator;  // whose title and allowed values were last shown
};

// Asks each question the draft still needs until none is left, the user
// finishes (`.`) or the input ends.
DraftEnd ask_for_draft(Draft& draft, Dataset& data, const LoadOptions& load, Lang lang, Prompter& prompter);

// What the draft says, command line and answers together.
RecordArgs draft_args(const Draft& draft);

// The next entry's draft once `recorded` is in: the same country, its period
// as the default, the next indicator of the framework.
Draft next_draft(const Draft& done, const Entry& recorded, const Framework& fw);

}  // namespace ritrack::cli
