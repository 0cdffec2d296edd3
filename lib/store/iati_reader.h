// data/iati.yaml: the Initiative as an IATI activity.
#pragma once

#include <string_view>

#include "base/diagnostic.h"
#include "model/iati.h"

namespace ritrack {

// Keys: identifier, reporting_org and implementing_org ({ref, type, name}),
// description (fr, es, en, pt), status, result_type (IATI codes) and
// source (required like every fact's).
IatiActivity read_iati(std::string_view text, DiagnosticSink& sink);

}  // namespace ritrack
