// The rules an operational plan must meet, as a list of small checks each
// reporting its own problems: results, indicators, countries and sectors
// that exist, activities inside the plan's years, resources in a unit that
// fits their type, ids given once.
#pragma once

#include <vector>

#include "base/diagnostic.h"
#include "model/model.h"
#include "model/plan.h"

namespace ritrack {

// Gives each activity its status updates and commitments (in file order; a
// commitment counts with the activity's available resources); reports an
// activity id given twice, and an entry for an id the plan does not hold.
void attach_to_activities(Plan& plan, std::vector<ActivityUpdate> updates, std::vector<Commitment> commitments,
                          DiagnosticSink& sink);

// Every rule, on the whole plan.
void check_plan(const Model& model, const Plan& plan, DiagnosticSink& sink);

}  // namespace ritrack
