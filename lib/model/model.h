// What computation and rendering need to know about the data: the framework,
// the countries, the exchange rates and the SDMX and IATI codes, without the journals
// or where they were loaded from.
#pragma once

#include "model/countries.h"
#include "model/framework.h"
#include "model/iati.h"
#include "model/rates.h"
#include "model/sdmx.h"

namespace ritrack {

struct Model {
  Framework framework;
  CountryList countries;
  ExchangeRates rates;
  SdmxStructure sdmx;                // data/sdmx.yaml, or the defaults
  std::optional<IatiActivity> iati;  // data/iati.yaml: who publishes the Initiative in IATI
};

}  // namespace ritrack
