// Reads data/framework.yaml into a Framework, reporting every problem.
#pragma once

#include <string_view>

#include "diagnostic.h"
#include "framework.h"

namespace ritrack {

Framework read_framework(std::string_view text, DiagnosticSink& sink);

}  // namespace ritrack
