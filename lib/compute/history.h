// The audit trail: every entry, what became of it, and what superseded it.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "base/enum_table.h"
#include "model/entry.h"

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
std::vector<HistoryRow> build_history(const std::vector<Entry>& entries, const HistoryFilter& filter);

inline constexpr std::array kHistoryStates{
    EnumName<HistoryRow::State>{HistoryRow::State::stands, "stands"},
    EnumName<HistoryRow::State>{HistoryRow::State::superseded, "superseded"},
    EnumName<HistoryRow::State>{HistoryRow::State::withdrawn, "withdrawn"},
    EnumName<HistoryRow::State>{HistoryRow::State::retraction, "retraction"},
    EnumName<HistoryRow::State>{HistoryRow::State::reverted, "reverted"},
};
static_assert(in_enum_order(kHistoryStates));
// "superseded", as in the key of labels
inline std::string_view state_name(HistoryRow::State s) { return name_of(kHistoryStates, s); }

}  // namespace ritrack
