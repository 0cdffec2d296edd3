// Adding an activity's status update or a resource commitment to an
// operational plan (data/plan/<NAME>.yaml), the way pledges are added: the
// plan with the new entry passes the same reader and rules as `check`,
// under the plan's lock, before an atomic write. Nothing is written when
// anything is wrong.
#pragma once

#include <string>

#include "record/recorder.h"
#include "store/dataset.h"

namespace ritrack {

// As typed: text, unchecked (the plan's rules check it).
struct PlanStatusInput {
  std::string activity, date, state, note, by, recorded;
};

struct PlanCommitmentInput {
  std::string activity, date, type, amount, unit, provider, source, note, by, recorded;
};

// The entries as the plan holds them (YAML under `entries:`).
std::string format_plan_status(const PlanStatusInput& s);
std::string format_plan_commitment(const PlanCommitmentInput& c);

// Whether plan `name` would take `entry` as it is now (no lock, nothing
// written): the reasons it would not, and the entry's warnings, in `out`.
bool check_plan_entry(const Dataset& data, const std::string& name, const std::string& entry, Diagnostics& out);

// Appends `entry` to plan `name` of `data.dir`, which must exist. Returns
// false with the reasons in `out` and leaves every file as it was; throws
// IoError when the plan cannot be locked, read or written.
bool append_to_plan(const Dataset& data, const std::string& name, const std::string& entry,
                    const AppendOptions& options, Diagnostics& out);

}  // namespace ritrack
