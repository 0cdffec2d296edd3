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

TEST_CASE("typed text folds to lower case without accents") {
  CHECK(fold_for_matching("Pérou") == "perou");
  CHECK(fold_for_matching("PERÚ") == "peru");
  CHECK(fold_for_matching("São Tomé") == "sao tome");
  CHECK(fold_for_matching("Institucionalizada") == "institucionalizada");
  CHECK(fold_for_matching("Çà ñ") == "ca n");
  CHECK(fold_for_matching("日本") == "日本");  // other scripts pass through
}
