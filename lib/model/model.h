// What computation and rendering need to know about the data: the framework,
// the countries and the exchange rates, without the journals or where they
// were loaded from.
#pragma once

#include "model/countries.h"
#include "model/framework.h"
#include "model/rates.h"

namespace ritrack {

struct Model {
  Framework framework;
  CountryList countries;
  ExchangeRates rates;
};

}  // namespace ritrack
