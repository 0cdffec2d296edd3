// Action pledges as documents (every report format renders them) and as
// JSON ("ritrack.pledges/1"): the list, one pledge's card, and the report.
#pragma once

#include <string>
#include <vector>

#include "base/lang.h"
#include "compute/pledge_status.h"
#include "compute/progress.h"
#include "output/document.h"
#include "output/provenance.h"

namespace ritrack {

// One row per pledge: id, stakeholder, type, country, deadline, status,
// progress, latest news.
Table pledge_table(const std::vector<PledgeState>& states, Lang lang);

// Everything about one pledge: its fields, then its updates and scale-up plan.
void add_pledge_card(Document& doc, const PledgeState& state, Lang lang);

// Counts by stakeholder type and status; pledges past their deadline
// without a final update; pledges silent for more than a quarter; progress
// towards each measurable target.
void add_pledge_report(Document& doc, const PledgeReport& report, Lang lang);

// Under each indicator that Action pledges feed, those pledges (the
// quarterly report): nothing when no pledge names an indicator.
void add_pledges_by_indicator(Document& doc, const ProgressReport& report, Lang lang);

// {"schema":"ritrack.pledges/1","as_of":"2021-07-15","counts":[...],"pledges":[...]}
// With `provenance`, its object ends the document (output/provenance.h).
std::string pledge_report_json(const PledgeReport& report, const Provenance* provenance = nullptr);

}  // namespace ritrack
