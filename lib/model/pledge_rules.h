// The rules a pledge must meet, as a list of small checks each reporting
// its own problems (beancount's ops/validation.py): the form's limits, a
// deadline inside the year of action, a stakeholder and indicator that
// exist, a scale-up within 2025; and a warning when a pledge is not SMART.
#pragma once

#include <vector>

#include "base/diagnostic.h"
#include "model/model.h"
#include "model/pledge.h"

namespace ritrack {

// Gives each pledge its updates (in file order) and latest scale-up plan;
// reports a pledge id given twice, and an update or plan for an id the
// register does not hold.
void attach_to_pledges(PledgeRegister& reg, std::vector<PledgeUpdate> updates, std::vector<ScaleUp> scale_ups,
                       DiagnosticSink& sink);

// Every rule, on one pledge.
void check_pledge(const Model& model, const Pledge& pledge, DiagnosticSink& sink);

// What keeps a pledge from being SMART, in words ("no deadline"): empty
// when it is specific, measurable and dated. Seed 004: "spécifique,
// mesurable, atteignable, réaliste et temporellement définie".
std::vector<std::string> smart_gaps(const Pledge& pledge);

}  // namespace ritrack
