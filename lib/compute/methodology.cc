#include "compute/methodology.h"

#include <algorithm>
#include <cmath>

namespace ritrack {

const Milestone* target_for(const Indicator& ind, const Period& as_of) {
  if (ind.targets.empty()) return nullptr;
  for (const Milestone& t : ind.targets)
    if (t.period.end_time() >= as_of.end_time()) return &t;
  return &ind.targets.back();
}

namespace {

// +1 when more is better, -1 when less is.
double sign(const Indicator& ind) { return ind.direction == Direction::increase ? 1.0 : -1.0; }

bool meets(const Indicator& ind, double c, double t) { return sign(ind) * (c - t) >= 0; }

Status status_from_ratio(double ratio) {
  if (ratio >= kOnTrackRatio) return Status::on_track;
  if (ratio >= kAtRiskRatio) return Status::at_risk;
  return Status::off_track;
}

// Compound growth ratio; nullopt when undefined (non-positive values).
std::optional<double> cagr_ratio(double b, double c, double t_value, double elapsed, double span) {
  if (b <= 0 || c <= 0 || t_value <= 0 || elapsed <= 0 || span <= 0) return std::nullopt;
  double actual = std::pow(c / b, 1.0 / elapsed) - 1;
  double required = std::pow(t_value / b, 1.0 / span) - 1;
  if (required == 0) return std::nullopt;
  return actual / required;
}

}  // namespace

Assessment assess(const Indicator& ind, std::optional<double> current, const Period& as_of, Method method) {
  Assessment a;
  a.baseline = ind.baseline;
  if (const Milestone* t = target_for(ind, as_of)) a.target = *t;
  if (!current) return a;  // no_data
  if (!a.target) {
    a.status = Status::monitored;
    return a;
  }
  const double c = *current, tv = a.target->value;
  const double t = as_of.end_time(), tt = a.target->period.end_time();
  // Without a baseline the straight path starts at the target's own level and period: only
  // "achieved or not" can be said.
  const double b = ind.baseline ? ind.baseline->value : c;
  const double tb = ind.baseline ? ind.baseline->period.end_time() : t;

  a.achieved_pct = tv == b ? (meets(ind, c, tv) ? 100.0 : 0.0) : 100.0 * (c - b) / (tv - b);
  double share = tt > tb ? std::clamp((t - tb) / (tt - tb), 0.0, 1.0) : 1.0;
  a.expected = b + (tv - b) * share;

  const bool achieved = meets(ind, c, tv);
  a.gap = achieved ? 0.0 : std::fabs(tv - c);
  if (t > tb) a.actual_pace = sign(ind) * (c - b) / (t - tb);
  if (!achieved && tt > t) a.required_pace = *a.gap / (tt - t);
  if (!achieved && a.actual_pace && *a.actual_pace > 0) {
    a.projected_year = t + *a.gap / *a.actual_pace;
    if (a.required_pace) a.acceleration = *a.required_pace / *a.actual_pace;
  }

  if (achieved) {
    a.status = Status::achieved;
  } else if (*a.expected == b) {
    // At or before the baseline nothing is expected yet; only moving backwards is off track.
    a.status = sign(ind) * (c - b) < 0 ? Status::off_track : Status::on_track;
  } else if (method == Method::cagr) {
    auto ratio = cagr_ratio(b, c, tv, t - tb, tt - tb);
    a.status = status_from_ratio(ratio ? *ratio : (c - b) / (*a.expected - b));
  } else {
    a.status = status_from_ratio((c - b) / (*a.expected - b));
  }
  return a;
}

}  // namespace ritrack
