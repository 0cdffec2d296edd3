// Reads one pledge register (data/pledges/<NAME>.yaml): pledges, their
// progress updates and scale-up plans, appended in order like a journal's
// entries and closed by the same end marker.
#pragma once

#include <string_view>

#include "base/diagnostic.h"
#include "model/model.h"
#include "model/pledge.h"

namespace ritrack {

// The register's pledges with their updates and scale-up plans attached;
// every problem of shape, every broken rule (model/pledge_rules.h) and every
// pledge that is not SMART (a warning) goes to `sink`.
PledgeRegister read_pledges(std::string_view text, const Model& model, std::string_view name, DiagnosticSink& sink);

}  // namespace ritrack
