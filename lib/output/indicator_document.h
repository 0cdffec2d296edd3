// One indicator as a document: what `show` prints and what a site's page
// for the indicator holds (output/site.h).
#pragma once

#include <vector>

#include "base/lang.h"
#include "compute/progress.h"
#include "model/framework.h"
#include "output/document.h"

namespace ritrack {

// The indicator's metadata, a field a row: its result, measure (how its
// values are typed), scope, accumulation, direction, cadence, breakdowns,
// scale, baseline and targets with their sources, means of verification and
// notes, and the French original where the language is another.
Table indicator_fields(const Indicator& ind, const Framework& fw, Lang lang);

// A document titled with the indicator's id and title, holding its fields.
Document describe_indicator(const Indicator& ind, const Framework& fw, Lang lang);

// Adds the indicator's chart (output/chart.h) with its caption, when there
// is something numeric to draw.
void add_indicator_chart(Blocks& blocks, const Indicator& ind, const std::vector<SeriesPoint>& series,
                         const Period& as_of, Lang lang);

}  // namespace ritrack
