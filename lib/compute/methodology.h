// Progress against targets (spec section 5): achieved share, expected value
// on the straight path, status, gap, paces, projection.
#pragma once

#include <optional>
#include <string_view>

#include "base/enum_table.h"
#include "base/translate.h"
#include "model/framework.h"

namespace ritrack {

enum class Status { no_data, monitored, achieved, not_met, on_track, at_risk, off_track };

struct StatusRow {
  Status value;
  std::string_view name;   // as in JSON: "on_track"
  std::string_view label;  // for people, the key of its translations: "on track"
  int urgency;             // gaps lists the lowest first; statuses gaps never lists come last
};
// clang-format off
inline constexpr std::array kStatuses{
    //        value              name          label         urgency
    StatusRow{Status::no_data,   "no_data",    N_("no data"),  3},
    StatusRow{Status::monitored, N_("monitored"), "monitored",  4},
    StatusRow{Status::achieved,  N_("achieved"), "achieved",   4},
    // A target and no baseline: no path to measure the pace on, only the gap.
    StatusRow{Status::not_met,   "not_met",    N_("not met"),  2},
    StatusRow{Status::on_track,  "on_track",   N_("on track"), 2},
    StatusRow{Status::at_risk,   "at_risk",    N_("at risk"), 1},
    StatusRow{Status::off_track, "off_track",  N_("off track"), 0},
};
// clang-format on
static_assert(in_enum_order(kStatuses));
inline std::string_view status_name(Status s) { return name_of(kStatuses, s); }

enum class Method {
  linear,  // (C - B) / (E - B) against the straight path from baseline to target
  cagr,    // actual / required compound growth rate (UN SDG progress chart style)
};
inline constexpr std::array kMethods{
    EnumLabel<Method>{Method::linear, "linear", N_("linear: the straight path from baseline to target")},
    EnumLabel<Method>{Method::cagr, "cagr", N_("CAGR: actual against required compound annual growth")}};
static_assert(in_enum_order(kMethods));

struct Assessment {
  Status status = Status::no_data;
  Method method = Method::linear;     // what produced the status
  bool zero_replaced = false;         // cagr: a zero value stood in for by kCagrZero
  std::optional<Milestone> baseline;  // as used: the indicator's
  std::optional<Milestone> target;    // the target assessed against
  std::optional<Decimal> gap;         // exact: |target - current|, 0 once achieved
  // Shares, paces and projections divide by time: approximate by nature.
  std::optional<double> achieved_pct, expected, required_pace, actual_pace, projected_year, acceleration;
  std::optional<double> ratio;  // R, of the method, when a ratio decided the status
};

// Status thresholds on the ratio R of actual to expected progress, as
// fractions so that R is compared exactly: R >= 19/20 on track, R >= 3/5 at risk.
struct Fraction {
  long num, den;
};
inline constexpr Fraction kOnTrackRatio{19, 20};
inline constexpr Fraction kAtRiskRatio{3, 5};

// What `--method cagr` computes with in place of a zero baseline, value or
// target, where a growth rate is undefined: Open SDG's choice, for figures
// that compare with theirs (README, "Methodology").
inline constexpr Decimal kCagrZero = Decimal::from_units(Decimal::kScale / 1000);  // 0.001

// `current` is the value C at `as_of` (absent when no data).
Assessment assess(const Indicator& ind, std::optional<Decimal> current, const Period& as_of,
                  Method method = Method::linear);

// The target assessed at `as_of`: the first whose period ends at or after it, else the last.
const Milestone* target_for(const Indicator& ind, const Period& as_of);

}  // namespace ritrack
