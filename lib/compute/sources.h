// The sources a report's figures rest on, for its provenance footer.
#pragma once

#include <string>
#include <vector>

#include "compute/ledger.h"
#include "compute/pledge_status.h"
#include "compute/progress.h"
#include "model/countries.h"
#include "model/plan.h"

namespace ritrack {

// For each indicator in `report`: the sources of its baseline and targets,
// of the entries that make its value at as-of (each contributing country's
// standing entry and the items an item count counts), of the exchange rates
// that converted it, and of the memberships a member count rests on.
// Distinct, in order of first use, result by result; empty sources are
// left out.
std::vector<std::string> sources_of(const ProgressReport& report, const Ledger& ledger, const CountryList& countries);

// The plans' own sources and their resources' (needed, available,
// committed), distinct, in file order.
std::vector<std::string> sources_of(const std::vector<const Plan*>& plans);

// The pledges' sources and their updates' evidence, distinct, in order.
std::vector<std::string> sources_of(const std::vector<PledgeState>& pledges);

}  // namespace ritrack
