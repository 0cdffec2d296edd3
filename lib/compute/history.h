// The audit trail: every entry, what became of it, and what superseded it.
#pragma once

#include <optional>
#include <string>
#include <vector>

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

std::string_view state_name(HistoryRow::State s);  // "superseded", as in the key of labels

}  // namespace ritrack
