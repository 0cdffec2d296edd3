// The progress report as JSON, schema "ritrack.progress/1" (README, "JSON output").
#pragma once

#include <string>

#include "compute/gaps.h"
#include "compute/progress.h"
#include "output/provenance.h"

namespace ritrack {

// With `provenance`, its object ends the document (output/provenance.h).
std::string progress_json(const ProgressReport& report, Lang lang, const Provenance* provenance = nullptr);
// One indicator's object of "indicators" in "ritrack.progress/1", written
// as the next value (a site's data file for the indicator holds it).
void write_progress_row(JsonWriter& json, const ProgressRow& row, const ProgressOptions& o, Lang lang);
// Schema "ritrack.gaps/1".
std::string gaps_json(const GapsReport& gaps, const Provenance* provenance = nullptr);

}  // namespace ritrack
