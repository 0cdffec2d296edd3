// The progress report as JSON, schema "ritrack.progress/1" (README, "JSON output").
#pragma once

#include <string>

#include "compute/gaps.h"
#include "compute/progress.h"

namespace ritrack {

std::string progress_json(const ProgressReport& report, Lang lang);
// Schema "ritrack.gaps/1".
std::string gaps_json(const GapsReport& gaps);

}  // namespace ritrack
