#include "compute/progress.h"

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

static AggregateValue value_at(const AggregateQuery& q, const Indicator& ind, const ProgressOptions& o,
                               const Period& at) {
  return o.country.empty() ? regional_value(q, ind, at) : country_value(q, ind, o.country, at);
}

ProgressReport build_progress(const Model& model, const Ledger& ledger, const ProgressOptions& options) {
  ProgressReport report{options, {}};
  AggregateQuery q{model.framework, model.countries, ledger};
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
        assessed.targets.clear();
        assessed.baseline.reset();
      }
      // Text evidence is never summed: with some, the indicator is monitored.
      std::optional<double> current = row.value.value;
      if (ind.measure == Measure::text && !row.value.evidence.empty()) current = row.value.evidence.size();
      row.assessment = assess(assessed, current, options.as_of, options.method);
      if (ind.measure != Measure::text)
        for (const Period& p : trend_periods(ind, options.as_of, options.trend_points))
          row.trend.push_back(value_at(q, ind, options, p).value);
      block.rows.push_back(std::move(row));
    }
    if (!block.rows.empty()) report.results.push_back(std::move(block));
  }
  return report;
}

std::vector<StatusCount> count_by_status(const ProgressReport& report) {
  std::vector<StatusCount> counts;
  for (Status s :
       {Status::achieved, Status::on_track, Status::at_risk, Status::off_track, Status::monitored, Status::no_data})
    counts.push_back({s, 0});
  for (const ResultProgress& r : report.results)
    for (const ProgressRow& row : r.rows)
      for (StatusCount& c : counts)
        if (c.status == row.assessment.status) ++c.indicators;
  return counts;
}

}  // namespace ritrack
