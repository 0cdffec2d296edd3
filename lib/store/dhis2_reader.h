// The DHIS2 mapping file (model/dhis2.h): YAML with the maps data_elements,
// org_units and category_option_combos, as the template writes them.
#pragma once

#include <string_view>

#include "base/diagnostic.h"
#include "model/dhis2.h"

namespace ritrack {

Dhis2Mapping read_dhis2_mapping(std::string_view text, DiagnosticSink& sink);

}  // namespace ritrack
