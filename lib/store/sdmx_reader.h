// data/sdmx.yaml: the SDMX dataflow and codes of an SDMX-CSV export.
#pragma once

#include <string_view>

#include "base/diagnostic.h"
#include "model/sdmx.h"

namespace ritrack {

// Keys: structure {agency, id, version} (required), areas,
// indicator_prefix, indicators, dimensions and units (maps of codes), and
// source (where the codes come from, required like every fact's).
SdmxStructure read_sdmx(std::string_view text, DiagnosticSink& sink);

}  // namespace ritrack
