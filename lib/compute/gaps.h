// The gap summary as plain data: indicators behind their targets, most urgent
// first, and member countries that have not reported for the period.
#pragma once

#include <string>
#include <vector>

#include "compute/progress.h"

namespace ritrack {

struct ReportingGap {
  std::string country;
  std::vector<std::string> carried;  // indicators with only an earlier value
  std::vector<std::string> missing;  // indicators with no value for the period (stocks: none at all)
};

struct GapsReport {
  Period as_of;
  std::vector<const ProgressRow*> behind;  // rows of `progress`, most urgent first
  std::vector<ReportingGap> reporting;     // member countries, in list order
  bool illustrative = false;               // as the progress report it comes from
};

// Rows with a target that is not achieved, ordered by urgency: off track,
// at risk, on track, no data; within each, those not moving first, then the
// largest acceleration needed, then the nearest target.
GapsReport build_gaps(const Model& model, const ProgressReport& progress);

}  // namespace ritrack
