// Reads countries.yaml: the country list, membership and focal points.
#pragma once

#include <string_view>

#include "base/diagnostic.h"
#include "model/countries.h"

namespace ritrack {

CountryList read_countries(std::string_view text, DiagnosticSink& sink);

}  // namespace ritrack
