// Reads rates.yaml: exchange rates, each dated and with its source.
#pragma once

#include <string_view>

#include "base/diagnostic.h"
#include "model/rates.h"

namespace ritrack {

ExchangeRates read_rates(std::string_view text, DiagnosticSink& sink);

}  // namespace ritrack
