#include "compute/progress.h"

#include <algorithm>

#include "base/translate.h"

namespace ritrack {

std::vector<Period> trend_periods(const Indicator& ind, const Period& as_of, size_t n) {
  Period last = reporting_period(ind, as_of);
  std::vector<Period> out(n);
  for (size_t i = 0; i < n; ++i) {
    out[n - 1 - i] = last;
    if (last.is_year())
      --last.year;
    else if (--last.quarter == 0)
      last = Period{last.year - 1, 4};
  }
  return out;
}

// A country's baseline for its own targets: its value at the indicator's
// baseline period (a flow it had not reported by then starts from 0). None
// without a regional baseline, or a stock it had not reported.
static std::optional<Milestone> country_baseline(const AggregateQuery& q, const Indicator& ind,
                                                 const std::string& country) {
  if (!ind.baseline) return std::nullopt;
  std::optional<Decimal> value = country_value(q, ind, country, ind.baseline->period).value;
  if (!value && ind.accumulate == Accumulate::flow) value = 0;
  if (!value) return std::nullopt;
  return Milestone{ind.baseline->period, *value, "", tr("the country's value at the indicator's baseline period")};
}

// Each category target assessed as an indicator of its own: the category's
// part of the baseline and of the current value, against its targets.
static std::vector<CategoryProgress> assess_categories(const AggregateQuery& q, const Indicator& ind,
                                                       const AggregateValue& value, const ProgressOptions& options) {
  std::vector<CategoryProgress> out;
  for (const CategoryTargets& c : ind.category_targets) {
    CategoryProgress p{&c, std::nullopt, {}};
    if (c.for_country()) p.current = country_value(q, ind, c.category, options.as_of).value;
    for (const BreakdownPart& part : value.breakdown)
      if (part.dimension == c.dimension && part.category == c.category) p.current = part.value;
    Indicator one = ind;
    one.baseline = c.for_country() ? country_baseline(q, ind, c.category) : c.baseline;
    one.targets = c.targets;
    p.assessment = assess(one, p.current, options.as_of, options.method);
    out.push_back(std::move(p));
  }
  return out;
}

// Achieved when every target is; otherwise the most urgent status among the
// targets not achieved (no data counts: a target without a value is open).
static Status combined_status(const ProgressRow& row) {
  std::vector<Status> statuses;
  if (!row.indicator->targets.empty()) statuses.push_back(row.assessment.status);
  for (const CategoryProgress& c : row.categories) statuses.push_back(c.assessment.status);
  bool all_achieved = std::all_of(statuses.begin(), statuses.end(), [](Status s) { return s == Status::achieved; });
  if (all_achieved) return Status::achieved;
  Status worst = Status::monitored;
  for (Status s : statuses)
    if (s != Status::achieved && row_of(kStatuses, s).urgency < row_of(kStatuses, worst).urgency) worst = s;
  return worst;
}

static AggregateValue value_at(const AggregateQuery& q, const Indicator& ind, const ProgressOptions& o,
                               const Period& at) {
  return o.country.empty() ? regional_value(q, ind, at) : country_value(q, ind, o.country, at);
}

// Each resource unit as an indicator of its own, without baseline or targets
// (they are in money): its regional total or the country's.
static std::vector<OwnUnitValue> own_unit_values(const AggregateQuery& q, const Indicator& ind,
                                                 const ProgressOptions& o) {
  std::vector<OwnUnitValue> out;
  if (!kind_of(ind.measure).unit) return out;
  for (const ResourceUnitRow& unit : kResourceUnits) {
    Indicator own = ind;
    own.id = Ledger::own_unit_series(ind.id, unit.name);
    own.baseline.reset();
    own.targets.clear();
    own.category_targets.clear();
    if (auto value = value_at(q, own, o, o.as_of).value) out.push_back({unit.name, *value});
  }
  return out;
}

ProgressReport build_progress(const Model& model, const Ledger& ledger, const ProgressOptions& options) {
  ProgressReport report{options, {}, model.countries.members(options.as_of).size(), model.framework.illustrative};
  AggregateQuery q{model.framework, model.countries, ledger};
  AggregateQuery trend{model.framework, model.countries, ledger, true};
  for (const Result& result : model.framework.results) {
    if (options.result != 0 && result.id != options.result) continue;
    ResultProgress block{&result, {}};
    for (const std::string& id : result.indicators) {
      const Indicator& ind = *model.framework.find_indicator(id);
      if (!options.country.empty() && ind.scope != Scope::country) continue;
      ProgressRow row;
      row.indicator = &ind;
      row.value = value_at(q, ind, options, options.as_of);
      // Baselines and targets are regional: one country's figures are monitored, never
      // measured against them.
      Indicator assessed = ind;
      if (!options.country.empty()) {
        // ... except the country's own targets, where the framework sets them.
        assessed.targets.clear();
        assessed.baseline.reset();
        assessed.category_targets.clear();
        for (const CategoryTargets& c : ind.category_targets)
          if (c.for_country() && c.category == options.country) {
            assessed.targets = c.targets;
            assessed.baseline = country_baseline(q, ind, c.category);
          }
      }
      // Text evidence is never summed: with some, the indicator is monitored.
      std::optional<Decimal> current = row.value.value;
      if (ind.measure == Measure::text && !row.value.evidence.empty()) current = Decimal(row.value.evidence.size());
      row.assessment = assess(assessed, current, options.as_of, options.method);
      // The rows point at the framework's targets, not at the copy above.
      if (!assessed.category_targets.empty() && ind.measure != Measure::text) {
        row.categories = assess_categories(q, ind, row.value, options);
        row.assessment.status = combined_status(row);
      }
      row.own_units = own_unit_values(q, ind, options);
      if (ind.measure != Measure::text)
        for (const Period& p : trend_periods(ind, options.as_of, options.trend_points))
          row.trend.push_back(value_at(trend, ind, options, p).value);
      block.rows.push_back(std::move(row));
    }
    if (!block.rows.empty()) report.results.push_back(std::move(block));
  }
  return report;
}

std::vector<StatusCount> count_by_status(const ProgressReport& report) {
  std::vector<StatusCount> counts;
  for (Status s : {Status::achieved, Status::on_track, Status::at_risk, Status::off_track, Status::not_met,
                   Status::monitored, Status::no_data})
    counts.push_back({s, 0});
  for (const ResultProgress& r : report.results)
    for (const ProgressRow& row : r.rows)
      for (StatusCount& c : counts)
        if (c.status == row.assessment.status) ++c.indicators;
  return counts;
}

std::vector<SeriesPoint> regional_series(const Model& model, const Ledger& ledger, const Indicator& ind,
                                         const Period& as_of, size_t max_points) {
  AggregateQuery q{model.framework, model.countries, ledger, true};
  std::vector<SeriesPoint> points;
  for (const Period& p : trend_periods(ind, as_of, max_points)) {
    if (ind.baseline && p.end_time() < ind.baseline->period.end_time()) continue;
    std::optional<Decimal> v = regional_value(q, ind, p).value;
    if (!ind.baseline && points.empty() && !v) continue;  // nothing before the first value
    points.push_back({p, v});
  }
  return points;
}

}  // namespace ritrack
