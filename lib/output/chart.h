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

// One indicator over time: the recorded (regional) values, the baseline,
// the targets, the expected path from the baseline through each target, and
// a line at as-of. Empty when there is nothing numeric to draw.
std::string indicator_chart_svg(const Indicator& ind, const std::vector<SeriesPoint>& series, const Period& as_of,
                                Lang lang);

}  // namespace ritrack
