#include "base/date.h"

#include <doctest/doctest.h>

using namespace ritrack;

TEST_CASE("dates are exactly YYYY-MM-DD and exist") {
  CHECK(parse_date("2021-12-30")->str() == "2021-12-30");
  CHECK(parse_date("2020-02-29"));
  CHECK_FALSE(parse_date("2021-02-29"));
  CHECK_FALSE(parse_date("1900-02-29"));
  CHECK(parse_date("2000-02-29"));
  CHECK_FALSE(parse_date("2021-13-01"));
  CHECK_FALSE(parse_date("2021-04-31"));
  CHECK_FALSE(parse_date("2021-1-30"));
  CHECK_FALSE(parse_date("30/12/2021"));
  CHECK_FALSE(parse_date("2021-12-30T00:00"));
  CHECK(*parse_date("2021-06-30") < *parse_date("2021-12-01"));
}

TEST_CASE("a period's first and last days") {
  CHECK(first_day(Period{2019, 2}).str() == "2019-04-01");
  CHECK(last_day(Period{2019, 2}).str() == "2019-06-30");
  CHECK(first_day(Period{2019, 0}).str() == "2019-01-01");
  CHECK(last_day(Period{2019, 0}).str() == "2019-12-31");
  CHECK(last_day(Period{2020, 1}).str() == "2020-03-31");
}
