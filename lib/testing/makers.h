// Test-only makers for the model: entries and indicators with the fields a
// test is about, the rest left at their defaults.
#pragma once

#include <string>

#include "model/entry.h"
#include "model/framework.h"
#include "model/model.h"

namespace ritrack::testing {

// A value (or, with `retraction`, a retraction) recorded by `country`.
Entry value_entry(std::string country, std::string indicator, Period period, double number = 0,
                  bool retraction = false);

// An indicator of result 1 with the given typing.
Indicator make_indicator(std::string id, Measure measure, Scope scope = Scope::country,
                         Cadence cadence = Cadence::annual, Accumulate accumulate = Accumulate::stock);

// A small model: result 1 with 1.1 (flag, country, annual) and 1.2 (count,
// regional, quarterly, broken down by sector GOB/EMP); countries PER and BRA,
// members from 2014-Q4.
Model small_model();

}  // namespace ritrack::testing
