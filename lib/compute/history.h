// The audit trail: every entry, what became of it, and what superseded it.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "base/enum_table.h"
#include "base/translate.h"
#include "model/entry.h"
#include "model/entry_list.h"

namespace ritrack {

struct HistoryRow {
  enum class State {
    stands,      // the value in force
    superseded,  // replaced by a later value
    withdrawn,   // replaced by a retraction
    retraction,  // a retraction in force
    reverted,    // a retraction replaced by a later value
  };
  const Entry* entry = nullptr;
  State state = State::stands;
  const Entry* next = nullptr;  // the entry that replaced this one
};

struct HistoryFilter {
  std::string country, indicator;
  std::optional<Period> period;
};

// Rows in journal order (country, then order of recording), filtered.
std::vector<HistoryRow> build_history(const EntryList& entries, const HistoryFilter& filter);

inline constexpr std::array kHistoryStates{
    EnumName<HistoryRow::State>{HistoryRow::State::stands, N_("stands")},
    EnumName<HistoryRow::State>{HistoryRow::State::superseded, N_("superseded")},
    EnumName<HistoryRow::State>{HistoryRow::State::withdrawn, N_("withdrawn")},
    EnumName<HistoryRow::State>{HistoryRow::State::retraction, N_("retraction")},
    EnumName<HistoryRow::State>{HistoryRow::State::reverted, N_("reverted")},
};
static_assert(in_enum_order(kHistoryStates));
// "superseded": the JSON name, and the English of the word shown
inline std::string_view state_name(HistoryRow::State s) { return name_of(kHistoryStates, s); }

}  // namespace ritrack
