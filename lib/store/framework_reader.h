// Reads data/framework.yaml into a Framework, reporting every problem.
#pragma once

#include <string_view>

#include "base/diagnostic.h"
#include "model/framework.h"

namespace ritrack {

Framework read_framework(std::string_view text, DiagnosticSink& sink);

}  // namespace ritrack
