// What computation and rendering need to know about the data: the framework
// and the countries, without the journals or where they were loaded from.
#pragma once

#include "model/countries.h"
#include "model/framework.h"

namespace ritrack {

struct Model {
  Framework framework;
  CountryList countries;
};

}  // namespace ritrack
