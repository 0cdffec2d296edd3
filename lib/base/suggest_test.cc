#include "base/suggest.h"

#include <doctest/doctest.h>

using namespace ritrack;

TEST_CASE("near matches are suggested, far ones are not") {
  std::vector<std::string> keys{"indicator", "period", "value", "breakdown", "source"};
  CHECK(closest_match("breakdwon", keys) == "breakdown");
  CHECK(closest_match("Value", keys) == "value");
  CHECK(closest_match("sorce", keys) == "source");
  CHECK(closest_match("colour", keys).empty());
  CHECK(did_you_mean("perod", keys) == "did you mean 'period'?");
  CHECK(did_you_mean("xyz", keys).empty());
}
