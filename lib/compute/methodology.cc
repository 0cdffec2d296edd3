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
int sign(const Indicator& ind) { return ind.direction == Direction::increase ? 1 : -1; }

// R = a / b against the thresholds, exactly.
Status status_from_ratio(Int128 a, Int128 b) {
  if (ratio_at_least(a, b, kOnTrackRatio.num, kOnTrackRatio.den)) return Status::on_track;
  if (ratio_at_least(a, b, kAtRiskRatio.num, kAtRiskRatio.den)) return Status::at_risk;
  return Status::off_track;
}

// R = actual / required compound annual growth rate, as Open SDG computes it
// (per year: a ratio of quarterly rates would differ). Growth from or to
// zero is undefined: kCagrZero stands in. Nullopt when no growth is
// required even so (a baseline and target both zero).
std::optional<double> cagr_ratio(Decimal b, Decimal c, Decimal tv, int elapsed, int span, bool& zero_replaced) {
  for (Decimal* v : {&b, &c, &tv})
    if (v->sign() <= 0) *v = kCagrZero, zero_replaced = true;
  double actual = std::pow(c.to_double() / b.to_double(), 4.0 / elapsed) - 1;
  double required = std::pow(tv.to_double() / b.to_double(), 4.0 / span) - 1;
  if (required == 0) return std::nullopt;
  return actual / required;
}

Status status_from_cagr(double r) {
  if (r >= static_cast<double>(kOnTrackRatio.num) / kOnTrackRatio.den) return Status::on_track;
  if (r >= static_cast<double>(kAtRiskRatio.num) / kAtRiskRatio.den) return Status::at_risk;
  return Status::off_track;
}

}  // namespace

Assessment assess(const Indicator& ind, std::optional<Decimal> current, const Period& as_of, Method method) {
  Assessment a;
  a.method = method;
  a.baseline = ind.baseline;
  if (const Milestone* t = target_for(ind, as_of)) a.target = *t;
  if (!current) return a;  // no_data
  if (!a.target) {
    a.status = Status::monitored;
    return a;
  }
  const Decimal c = *current, tv = a.target->value;
  const int s = sign(ind);
  const bool achieved = s * (c - tv).sign() >= 0;
  a.gap = achieved ? Decimal(0) : (tv - c).abs();
  if (!ind.baseline) {
    // No path to measure progress on: only whether the target is met, and by how much not.
    a.status = achieved ? Status::achieved : Status::not_met;
    return a;
  }
  const int t = as_of.end_quarter(), tt = a.target->period.end_quarter();
  if (!achieved && tt > t) a.required_pace = a.gap->to_double() / ((tt - t) / 4.0);
  const Decimal b = ind.baseline->value;
  const int tb = ind.baseline->period.end_quarter();

  a.achieved_pct = tv == b ? (achieved ? 100.0 : 0.0) : 100.0 * (c - b).to_double() / (tv - b).to_double();
  // Share of the way from baseline to target that time has covered: elapsed / span quarters.
  const int span = tt > tb ? tt - tb : 1, elapsed = tt > tb ? std::clamp(t - tb, 0, span) : 1;
  a.expected = b.to_double() + (tv - b).to_double() * elapsed / span;

  if (t > tb) a.actual_pace = s * (c - b).to_double() / ((t - tb) / 4.0);
  if (!achieved && a.actual_pace && *a.actual_pace > 0) {
    a.projected_year = as_of.end_time() + a.gap->to_double() / *a.actual_pace;
    if (a.required_pace) a.acceleration = *a.required_pace / *a.actual_pace;
  }

  // Where no progress is expected (at or before the baseline, or no growth
  // required), only moving backwards is off track.
  const Status by_direction = s * (c - b).sign() < 0 ? Status::off_track : Status::on_track;
  if (achieved) {
    a.status = Status::achieved;
  } else if (elapsed == 0 || tv == b) {
    a.status = by_direction;
  } else if (method == Method::cagr) {
    a.ratio = cagr_ratio(b, c, tv, t - tb, span, a.zero_replaced);
    a.status = a.ratio ? status_from_cagr(*a.ratio) : by_direction;
  } else {
    // R = (C - B) / (E - B) with E - B = (T - B) * elapsed / span: decided exactly, shown approximately.
    a.ratio = (c - b).to_double() * span / ((tv - b).to_double() * elapsed);
    a.status = status_from_ratio((c - b).units() * span, (tv - b).units() * elapsed);
  }
  return a;
}

}  // namespace ritrack
