// The values that stand: for each indicator, country and period, the latest
// entry, unless a later retraction withdrew it. Entries themselves are never
// changed; this is a view over them.
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "model/entry.h"

namespace ritrack {

struct StandingValue {
  const Entry* entry;  // the entry that stands; its supersession history is in history.h
  const Period& period() const { return entry->period; }
  double number() const { return entry->number; }
};

class Ledger {
 public:
  // `entries` must outlive the ledger; their order is the order of recording.
  explicit Ledger(const std::vector<Entry>& entries);

  // Values of `indicator` recorded by `country`, ascending by period.
  const std::vector<StandingValue>& series(std::string_view indicator, std::string_view country) const;
  // Countries (and the regional code) with standing values for `indicator`.
  std::vector<std::string> countries(std::string_view indicator) const;
  // The latest value at or before `at` (by period end), or nullptr.
  const StandingValue* latest(std::string_view indicator, std::string_view country, const Period& at) const;

 private:
  std::map<std::string, std::map<std::string, std::vector<StandingValue>, std::less<>>, std::less<>> by_indicator_;
};

}  // namespace ritrack
