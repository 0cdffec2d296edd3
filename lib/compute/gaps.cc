#include "compute/gaps.h"

#include <algorithm>
#include <limits>

namespace ritrack {

static int urgency_rank(Status s) { return row_of(kStatuses, s).urgency; }

// Not moving (no positive pace) is the most urgent: no acceleration can be computed.
static double acceleration_key(const Assessment& a) {
  if (!a.actual_pace || *a.actual_pace <= 0) return std::numeric_limits<double>::infinity();
  return a.acceleration.value_or(0);
}

GapsReport build_gaps(const Model& model, const ProgressReport& progress) {
  GapsReport gaps;
  gaps.as_of = progress.options.as_of;
  gaps.illustrative = progress.illustrative;
  for (const ResultProgress& r : progress.results)
    for (const ProgressRow& row : r.rows)
      if (row.assessment.target && urgency_rank(row.assessment.status) < 4) gaps.behind.push_back(&row);
  std::stable_sort(gaps.behind.begin(), gaps.behind.end(), [](const ProgressRow* a, const ProgressRow* b) {
    const Assessment &x = a->assessment, &y = b->assessment;
    if (urgency_rank(x.status) != urgency_rank(y.status)) return urgency_rank(x.status) < urgency_rank(y.status);
    if (acceleration_key(x) != acceleration_key(y)) return acceleration_key(x) > acceleration_key(y);
    return x.target->period < y.target->period;
  });

  for (const Country* country : model.countries.members(gaps.as_of)) {
    ReportingGap gap{country->code, {}, {}};
    for (const ResultProgress& r : progress.results)
      for (const ProgressRow& row : r.rows) {
        const Coverage& c = row.value.coverage;
        auto has = [&](const std::vector<std::string>& list) {
          return std::find(list.begin(), list.end(), country->code) != list.end();
        };
        if (has(c.carried)) gap.carried.push_back(row.indicator->id);
        if (has(c.missing)) gap.missing.push_back(row.indicator->id);
      }
    if (!gap.carried.empty() || !gap.missing.empty()) gaps.reporting.push_back(std::move(gap));
  }
  return gaps;
}

}  // namespace ritrack
