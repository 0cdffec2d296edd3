#include "model/countries.h"

#include <doctest/doctest.h>

using namespace ritrack;

TEST_CASE("membership from a period on, until it is left") {
  Country c;
  c.code = "PER";
  c.membership = Membership{{2014, 4}, true, Period{2020, 0}, "s"};
  CHECK_FALSE(c.is_member({2014, 3}));
  CHECK(c.is_member({2014, 4}));
  CHECK(c.is_member({2020, 0}));
  CHECK_FALSE(c.is_member({2021, 1}));
  Country never;
  never.code = "ARG";
  CHECK_FALSE(never.is_member({2020, 0}));
}
