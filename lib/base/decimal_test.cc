#include "base/decimal.h"

#include <doctest/doctest.h>

using namespace ritrack;

namespace {
Decimal d(const char* text) { return *Decimal::parse(text); }
}  // namespace

TEST_CASE("decimals parse exactly and print shortest") {
  CHECK(d("28").str() == "28");
  CHECK(d("-3").str() == "-3");
  CHECK(d("0.25").str() == "0.25");
  CHECK(d("0.000000001").str() == "0.000000001");
  CHECK(d("123456789762.125").str() == "123456789762.125");
  CHECK(d("-0").str() == "0");
  CHECK(d("2.500").str() == "2.5");
  CHECK(d("1000000000000000").str() == "1000000000000000");
}

TEST_CASE("what is not a plain decimal with at most nine places is refused") {
  for (const char* bad : {"", "-", ".5", "5.", "+5", "1e3", "1,5", "0.0000000001", "1 000", "0x10", "12 "}) {
    CAPTURE(bad);
    CHECK_FALSE(Decimal::parse(bad));
  }
}

TEST_CASE("sums are exact: 0.1 + 0.2 is 0.3") {
  CHECK(d("0.1") + d("0.2") == d("0.3"));
  CHECK((d("0.1") + d("0.2")).str() == "0.3");
  CHECK(d("0.3") - d("0.1") - d("0.2") == 0);
  Decimal cents = 0;
  for (int i = 0; i < 1000; ++i) cents += d("0.01");
  CHECK(cents == 10);
}

TEST_CASE("comparison, sign and absolute value") {
  CHECK(d("2.5") > d("2.499999999"));
  CHECK(d("-1") < 0);
  CHECK(d("-1.5").abs() == d("1.5"));
  CHECK(d("-1.5").sign() == -1);
  CHECK(Decimal(0).sign() == 0);
  CHECK(Decimal(7) == d("7.0"));
}

TEST_CASE("rounding for people is half away from zero, on the exact value") {
  CHECK(d("2.675").rounded_str(2) == "2.68");  // 2.675 as a double is 2.67499…
  CHECK(d("0.125").rounded_str(2) == "0.13");
  CHECK(d("-0.125").rounded_str(2) == "-0.13");
  CHECK(d("-0.001").rounded_str(2) == "0");
  CHECK(d("1.10").rounded_str(2) == "1.1");
  CHECK(d("999.996").rounded_str(2) == "1000");
  CHECK(d("12").rounded_str(0) == "12");
}

TEST_CASE("doubles convert to the nearest billionth and back") {
  CHECK(Decimal::from_double(0.1) == d("0.1"));
  CHECK(Decimal::from_double(-2.666666667) == d("-2.666666667"));
  CHECK(Decimal::from_double(1e15) == d("1000000000000000"));
  CHECK(d("0.1").to_double() == 0.1);
  CHECK(d("123456789762.125").to_double() == 123456789762.125);
  CHECK(d("-7.3").to_double() == -7.3);
}

TEST_CASE("a product with a rate is rounded to the nearest billionth") {
  CHECK(d("100").times(d("1.12")) == d("112"));
  CHECK(d("0.1").times(d("0.1")) == d("0.01"));
  CHECK(d("0.5").times(d("0.000000001")) == d("0.000000001"));  // half away from zero
  CHECK(d("-0.5").times(d("0.000000001")) == d("-0.000000001"));
  CHECK(d("-3").times(d("1.5")) == d("-4.5"));
  CHECK(d("1000000000000000").times(d("4000.123456789")) == d("4000123456789000000"));
  // 10^15 times 10^15 overflows the billionths: it saturates instead of wrapping.
  CHECK(d("1000000000000000").times(d("1000000000000000")) > d("1000000000000000"));
  CHECK(d("-1000000000000000").times(d("1000000000000000")) < 0);
}

TEST_CASE("ratios compare with thresholds exactly") {
  // (C - B) / (E - B) = 1.6 / 2.6666… = 0.6 exactly, written as cross-products.
  CHECK(ratio_at_least(3, 5, 3, 5));
  CHECK_FALSE(ratio_at_least(3, 5, 3 * 1'000'000'000LL + 1, 5'000'000'000LL));
  CHECK(ratio_at_least(-19, -20, 19, 20));  // both negative: a decreasing target
  CHECK_FALSE(ratio_at_least(-18, -20, 19, 20));
  CHECK(ratio_at_least(19, 20, 19, 20));
}
