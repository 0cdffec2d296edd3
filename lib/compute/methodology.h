// Progress against targets (spec section 5): achieved share, expected value
// on the straight path, status, gap, paces, projection.
#pragma once

#include <optional>
#include <string_view>

#include "base/enum_table.h"
#include "base/translate.h"
#include "model/framework.h"

namespace ritrack {

enum class Status { no_data, monitored, achieved, on_track, at_risk, off_track };

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
inline constexpr std::array kMethods{EnumName<Method>{Method::linear, "linear"},
                                     EnumName<Method>{Method::cagr, "cagr"}};
static_assert(in_enum_order(kMethods));

struct Assessment {
  Status status = Status::no_data;
  std::optional<Milestone> baseline;  // as used: the indicator's
  std::optional<Milestone> target;    // the target assessed against
  std::optional<double> achieved_pct, expected, gap, required_pace, actual_pace, projected_year, acceleration;
};

// Status thresholds on the ratio of actual to expected progress.
inline constexpr double kOnTrackRatio = 0.95;
inline constexpr double kAtRiskRatio = 0.6;

// `current` is the value C at `as_of` (absent when no data).
Assessment assess(const Indicator& ind, std::optional<double> current, const Period& as_of,
                  Method method = Method::linear);

// The target assessed at `as_of`: the first whose period ends at or after it, else the last.
const Milestone* target_for(const Indicator& ind, const Period& as_of);

}  // namespace ritrack
