// `ritrack export --to iati`: the Initiative as one IATI 2.03 activity
// (data/iati.yaml) whose results and indicators are the framework's, with
// their baselines, and periods holding targets and the values that stand.
#pragma once

#include <optional>
#include <string>

#include "compute/export_rows.h"
#include "compute/ledger.h"
#include "model/framework.h"
#include "model/iati.h"

namespace ritrack {

// An iati-activities document valid against the 2.03 activity schema:
// - indicator measure from its measure kind (kIatiMeasures), ascending
//   from its direction, aggregation-status from whether values add up;
// - a reference (vocabulary 99, the reporting organisation's) with its id;
// - baselines and targets from the framework, per category and per country
//   as dimensions; actuals from the ledger (item registers counted, other
//   currencies converted), one per country (dimension "country") and one
//   per breakdown part;
// - comments from sources and notes, and a document link for each source
//   that holds a web address.
// Titles are in the four languages (narratives with xml:lang; English is
// the activity's default). `stamp` (an ISO 8601 UTC time) adds
// generated-datetime and last-updated-datetime; without it, the same data
// gives the same bytes.
std::string export_iati(const Framework& framework, const IatiActivity& activity, const Ledger& ledger,
                        const ExportFilter& filter, const std::optional<std::string>& stamp);

}  // namespace ritrack
