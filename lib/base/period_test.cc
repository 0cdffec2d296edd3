#include "base/period.h"

#include <doctest/doctest.h>

using namespace ritrack;

TEST_CASE("periods parse in every accepted spelling and print canonically") {
  CHECK(parse_period("2019")->str() == "2019");
  CHECK(parse_period("2019-Q2")->str() == "2019-Q2");
  CHECK(parse_period("2019Q2")->str() == "2019-Q2");
  CHECK(parse_period("2019-q4")->str() == "2019-Q4");
  CHECK(parse_period("0020")->str() == "0020");  // found by fuzz_import
  CHECK(parse_period("0999-Q1")->str() == "0999-Q1");
}

TEST_CASE("malformed periods are refused with a reason") {
  std::string why;
  CHECK_FALSE(parse_period("2019-Q5", &why));
  CHECK(why == "the quarter must be Q1, Q2, Q3 or Q4");
  CHECK_FALSE(parse_period("19-Q1", &why));
  CHECK(why == "a period starts with a four-digit year");
  CHECK_FALSE(parse_period("2019-Q", &why));
  CHECK(why == "a quarter is written YYYY-Qn");
  CHECK_FALSE(parse_period("", &why));
  CHECK_FALSE(parse_period("20190", &why));
  CHECK_FALSE(parse_period("2019-Q12", &why));
}

TEST_CASE("the quarter holding a time point, for projected dates") {
  CHECK(period_at(2020.818).str() == "2020-Q4");
  CHECK(period_at(2021.0).str() == "2020-Q4");  // the end of 2020
  CHECK(period_at(2021.01).str() == "2021-Q1");
  CHECK(period_at(2024.5).str() == "2024-Q2");
  CHECK(period_at(2024.51).str() == "2024-Q3");
}

TEST_CASE("a period's time point is its end") {
  CHECK(parse_period("2019-Q2")->end_time() == doctest::Approx(2019.5));
  CHECK(parse_period("2019")->end_time() == doctest::Approx(2020.0));
  CHECK(parse_period("2019-Q4")->end_time() == doctest::Approx(2020.0));
}

TEST_CASE("periods order by end time, the year after its last quarter") {
  CHECK(*parse_period("2019-Q1") < *parse_period("2019-Q2"));
  CHECK(*parse_period("2019-Q4") < *parse_period("2019"));
  CHECK(*parse_period("2019") < *parse_period("2020-Q1"));
  CHECK(quarter_of(2026, 11) == Period{2026, 4});
}
