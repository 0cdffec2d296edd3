#include "base/number.h"

#include <doctest/doctest.h>

using namespace ritrack;
using namespace ritrack::literals;

TEST_CASE("plain decimals parse") {
  CHECK(*parse_number("28") == 28);
  CHECK(*parse_number("-3") == -3);
  CHECK(*parse_number("0.25") == 0.25_dec);
  CHECK(*parse_number("1000000000000000") == kMaxNumber);
}

TEST_CASE("spreadsheet and YAML oddities are refused") {
  std::string why;
  for (const char* bad : {".nan", "NaN", ".inf", "-.inf", "inf", "0x1F", "1e3", "1,000", "+5", ".5", "5.", "", "-",
                          "12 ", " 12", "1_000"}) {
    CAPTURE(bad);
    CHECK_FALSE(parse_number(bad));
  }
  CHECK_FALSE(parse_number("0x10", &why));
  CHECK(why == "hexadecimal is not accepted");
  CHECK_FALSE(parse_number(".nan", &why));
  CHECK(why == "NaN and infinity are not numbers here");
  CHECK_FALSE(parse_number("-.Inf", &why));
  CHECK(why == "NaN and infinity are not numbers here");
  CHECK_FALSE(parse_number("1e3", &why));
  CHECK(why == "exponents are not accepted");
  CHECK_FALSE(parse_number("1,5", &why));
  CHECK(why == "not a plain decimal number");
  CHECK_FALSE(parse_number("10000000000000001", &why));
  CHECK(why == "out of range (at most 10^15)");
}

TEST_CASE("numbers print without trailing zeros") {
  CHECK(format_number(28) == "28");
  CHECK(format_number(2.5) == "2.5");
  CHECK(format_number(1.0 / 3) == "0.33");
  CHECK(format_number(-0.001) == "0");
  CHECK(format_number(1234567.891, 1) == "1234567.9");
}

TEST_CASE("numbers for people follow their language; for programs they never do") {
  CHECK(format_number_in(Lang::en, 1234567.5) == "1,234,567.5");
  CHECK(format_number_in(Lang::fr, 1234567.5) == "1\u202f234\u202f567,5");
  CHECK(format_number_in(Lang::es, 1234567.5) == "1.234.567,5");
  CHECK(format_number_in(Lang::pt, 1234567.5) == "1.234.567,5");
  CHECK(format_number_in(Lang::es, 1500) == "1500");  // four digits stay together in Spanish
  CHECK(format_number_in(Lang::pt, 1500) == "1.500");
  CHECK(format_number_in(Lang::fr, -0.25) == "-0,25");
  CHECK(format_number_in(Lang::en, 28) == "28");
  CHECK(format_number(1234567.5) == "1234567.5");
}

TEST_CASE("a year is not grouped") { CHECK(format_number_in(Lang::fr, 2031.5, 1, false) == "2031,5"); }
