// One recorded value (or retraction) in a country's journal.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "base/diagnostic.h"
#include "base/period.h"

namespace ritrack {

struct BreakdownPart {
  std::string dimension;  // "sector"
  std::string category;   // "GOB"
  double value = 0;
};

struct Entry {
  std::string country;  // ISO alpha-3 or kRegionalCode
  std::string indicator;
  Period period;
  bool retraction = false;
  double number = 0;  // count, amount, level; flag: 1 for yes, 0 for no
  std::string text;   // text measures: the evidence; retractions: the reason
  std::vector<BreakdownPart> breakdown;
  std::string source, note;
  std::string recorded;  // UTC, "2026-11-22T10:15:00Z"
  std::string by;
  std::shared_ptr<const std::string> file;  // journal it came from (shared by its entries); null for input
  Position pos;                             // of the entry in that journal
};

// Entries about the same thing: a later one supersedes an earlier one.
inline bool same_subject(const Entry& a, const Entry& b) {
  return a.country == b.country && a.indicator == b.indicator && a.period == b.period;
}

}  // namespace ritrack
