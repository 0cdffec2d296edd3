// Reads one operational plan (data/plan/<NAME>.yaml): its results, products,
// activities and resources, then the status updates and resource
// commitments appended under `entries:` like a journal's, closed by the
// same end marker.
#pragma once

#include <string_view>

#include "base/diagnostic.h"
#include "model/model.h"
#include "model/plan.h"

namespace ritrack {

// The plan with its updates and commitments attached to their activities;
// every problem of shape and every broken rule (model/plan_rules.h) goes to
// `sink`.
Plan read_plan(std::string_view text, const Model& model, std::string_view name, DiagnosticSink& sink);

}  // namespace ritrack
