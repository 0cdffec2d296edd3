// The progress report as plain data: per result, a row per indicator with its
// value, assessment, trend and reporting coverage. Renderers turn it into text.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "compute/aggregate.h"
#include "compute/ledger.h"
#include "compute/methodology.h"
#include "compute/pledge_status.h"
#include "model/model.h"

namespace ritrack {

// One category's progress towards its own targets (5.5: EMP towards 7).
struct CategoryProgress {
  const CategoryTargets* targets = nullptr;
  std::optional<Decimal> current;  // the category's part of the value; absent when the value has no breakdown
  Assessment assessment;
};

// A resource in its own unit (model/framework.h): staff in persons or FTE,
// technical resources as a count, beside the indicator's money.
struct OwnUnitValue {
  std::string_view unit;
  Decimal value = 0;
};

struct ProgressRow {
  const Indicator* indicator = nullptr;
  AggregateValue value;
  // With category targets, its status is the indicator's as a whole: achieved
  // when every target is, else the most urgent of those not achieved.
  Assessment assessment;
  std::vector<CategoryProgress> categories;
  std::vector<OwnUnitValue> own_units;        // resource indicators: what was recorded in each unit
  std::vector<std::optional<Decimal>> trend;  // value at each reporting period up to as-of, oldest first
  // Action pledges whose measure feeds this indicator, as of the last day of
  // as-of (compute/pledge_status.h: attach_pledges).
  std::vector<PledgeState> pledges;
};

struct ResultProgress {
  const Result* result = nullptr;
  std::vector<ProgressRow> rows;
};

struct ProgressOptions {
  Period as_of;
  int result = 0;       // 0: every result
  std::string country;  // empty: regional values; else that country's, country-scope indicators only
  Method method = Method::linear;
  size_t trend_points = 8;
};

struct ProgressReport {
  ProgressOptions options;
  std::vector<ResultProgress> results;
  size_t members_named = 0;   // member countries countries.yaml names at as-of: what coverage counts over
  bool illustrative = false;  // built from data framework.yaml declares illustrative
};

ProgressReport build_progress(const Model& model, const Ledger& ledger, const ProgressOptions& options);

// The `n` reporting periods of `ind` that end at `as_of`'s reporting period, oldest first.
std::vector<Period> trend_periods(const Indicator& ind, const Period& as_of, size_t n);

// An indicator's regional value at each of its reporting periods from its
// baseline's (or, without one, the first with a value) to as-of's, at most
// `max_points` of them, the latest kept: what a chart draws.
struct SeriesPoint {
  Period period;
  std::optional<Decimal> value;
};
std::vector<SeriesPoint> regional_series(const Model& model, const Ledger& ledger, const Indicator& ind,
                                         const Period& as_of, size_t max_points = 48);

// Indicators by status, over a report's rows.
struct StatusCount {
  Status status;
  int indicators = 0;
};
std::vector<StatusCount> count_by_status(const ProgressReport& report);

}  // namespace ritrack
