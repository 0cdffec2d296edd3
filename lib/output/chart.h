// Charts drawn by ritrack as inline SVG: no script, no external address, so
// the HTML page stays one self-contained file. Colours are the status
// colours of the HTML report (Okabe-Ito), and every bar carries its number
// and every colour its word in the legend.
#pragma once

#include <string>

#include "base/lang.h"
#include "compute/progress.h"

namespace ritrack {

// Per result, a bar of its indicators split by status, with the counts and
// a legend of the statuses that occur.
std::string status_chart_svg(const ProgressReport& report, Lang lang);

}  // namespace ritrack
