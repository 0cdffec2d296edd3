// Hand-computed cases for spec section 5. Times are period ends in years:
// 2018 -> 2019.0, 2018-Q4 -> 2019.0, 2019-Q2 -> 2019.5.
#include "compute/methodology.h"

#include <doctest/doctest.h>

using namespace ritrack;
using namespace ritrack::literals;
using doctest::Approx;

static Indicator indicator(Period bp, Decimal b, Period tp, Decimal t, Direction d = Direction::increase) {
  Indicator ind;
  ind.id = "9.9";
  ind.direction = d;
  ind.baseline = Milestone{bp, b, "test", {}};
  ind.targets.push_back(Milestone{tp, t, "test", {}});
  return ind;
}

TEST_CASE("increasing indicator behind the straight path") {
  // B=10 at 2019.0, T=30 at 2023.0, t=2021.0, C=18.
  Indicator ind = indicator({2018, 0}, 10, {2022, 0}, 30);
  Assessment a = assess(ind, 18, {2020, 0});
  CHECK(*a.achieved_pct == Approx(40));  // 100 * 8 / 20
  CHECK(*a.expected == Approx(20));      // 10 + 20 * (2/4)
  CHECK(a.status == Status::at_risk);    // 8 / 10 = 0.8
  CHECK(*a.gap == 12);
  CHECK(*a.required_pace == Approx(6));      // 12 / 2 years
  CHECK(*a.actual_pace == Approx(4));        // 8 / 2 years
  CHECK(*a.projected_year == Approx(2024));  // 2021 + 12 / 4
  CHECK(*a.acceleration == Approx(1.5));
}

TEST_CASE("status thresholds at 0.95 and 0.6 of the expected progress") {
  Indicator ind = indicator({2018, 0}, 10, {2022, 0}, 30);
  CHECK(assess(ind, 19.6_dec, {2020, 0}).status == Status::on_track);  // 9.6 / 10
  CHECK(assess(ind, 19.4_dec, {2020, 0}).status == Status::at_risk);   // 9.4 / 10
  CHECK(assess(ind, 16, {2020, 0}).status == Status::at_risk);         // 6 / 10
  CHECK(assess(ind, 15.9_dec, {2020, 0}).status == Status::off_track);
}

TEST_CASE("regression is off track with no projection") {
  Indicator ind = indicator({2018, 0}, 10, {2022, 0}, 30);
  Assessment a = assess(ind, 9, {2020, 0});
  CHECK(a.status == Status::off_track);
  CHECK(*a.actual_pace == Approx(-0.5));
  CHECK_FALSE(a.projected_year);
  CHECK_FALSE(a.acceleration);
}

TEST_CASE("values past the target are achieved") {
  Indicator ind = indicator({2018, 0}, 10, {2022, 0}, 30);
  Assessment a = assess(ind, 31, {2020, 0});
  CHECK(a.status == Status::achieved);
  CHECK(*a.achieved_pct == Approx(105));
  CHECK(*a.gap == 0);
  CHECK_FALSE(a.required_pace);
  CHECK_FALSE(a.projected_year);
}

TEST_CASE("target equal to baseline") {
  Indicator ind = indicator({2018, 0}, 5, {2022, 0}, 5);
  Assessment met = assess(ind, 5, {2020, 0});
  CHECK(met.status == Status::achieved);
  CHECK(*met.achieved_pct == 100);
  Assessment missed = assess(ind, 4, {2020, 0});
  CHECK(*missed.achieved_pct == 0);
  CHECK(missed.status == Status::off_track);  // moved against the direction
}

TEST_CASE("zero baseline, quarterly periods") {
  // B=0 at 2019.0, T=40 at 2021.0, t=2020.0, C=20.
  Indicator ind = indicator({2018, 4}, 0, {2020, 4}, 40);
  Assessment a = assess(ind, 20, {2019, 4});
  CHECK(*a.achieved_pct == Approx(50));
  CHECK(*a.expected == Approx(20));
  CHECK(a.status == Status::on_track);
  CHECK(*a.required_pace == Approx(20));
  CHECK(*a.actual_pace == Approx(20));
  CHECK(*a.projected_year == Approx(2021));
  CHECK(*a.acceleration == Approx(1));
}

TEST_CASE("decreasing indicator") {
  // B=100 at 2019.0, T=60 at 2023.0, t=2021.0, C=85.
  Indicator ind = indicator({2018, 0}, 100, {2022, 0}, 60, Direction::decrease);
  Assessment a = assess(ind, 85, {2020, 0});
  CHECK(*a.achieved_pct == Approx(37.5));  // 100 * -15 / -40
  CHECK(*a.expected == Approx(80));
  CHECK(a.status == Status::at_risk);  // -15 / -20 = 0.75
  CHECK(*a.gap == 25);
  CHECK(*a.required_pace == Approx(12.5));
  CHECK(*a.actual_pace == Approx(7.5));  // signed by direction: a fall is progress
  CHECK(*a.projected_year == Approx(2021 + 25 / 7.5));
  CHECK(assess(ind, 55, {2020, 0}).status == Status::achieved);
  CHECK(assess(ind, 101, {2020, 0}).status == Status::off_track);
}

TEST_CASE("as of a period before the baseline") {
  // B=10 at 2020.0, t=2019.5: nothing is expected yet.
  Indicator ind = indicator({2019, 0}, 10, {2021, 0}, 20);
  Assessment same = assess(ind, 10, {2019, 2});
  CHECK(*same.expected == Approx(10));
  CHECK(same.status == Status::on_track);
  CHECK_FALSE(same.actual_pace);
  CHECK(assess(ind, 9, {2019, 2}).status == Status::off_track);
}

TEST_CASE("no data, no target") {
  Indicator ind = indicator({2018, 0}, 10, {2022, 0}, 30);
  CHECK(assess(ind, std::nullopt, {2020, 0}).status == Status::no_data);
  ind.targets.clear();
  Assessment a = assess(ind, 12, {2020, 0});
  CHECK(a.status == Status::monitored);
  CHECK_FALSE(a.achieved_pct);  // never a fake status or figure
}

TEST_CASE("the target is the first ending at or after the as-of period, else the last") {
  Indicator ind = indicator({2017, 0}, 0, {2021, 0}, 30);
  ind.targets.push_back(Milestone{{2025, 0}, 50, "test", {}});
  CHECK(target_for(ind, {2021, 0})->value == 30);
  CHECK(target_for(ind, {2022, 1})->value == 50);
  CHECK(target_for(ind, {2027, 0})->value == 50);
}

TEST_CASE("CAGR method on fractional years") {
  // B=10 at 2019.0, T=40 at 2023.0. At t=2021.0, C=20: actual 2^(1/2)-1 = required 4^(1/4)-1.
  Indicator ind = indicator({2018, 0}, 10, {2022, 0}, 40);
  CHECK(assess(ind, 20, {2020, 0}, Method::cagr).status == Status::on_track);
  CHECK(assess(ind, 20, {2020, 0}, Method::linear).status == Status::at_risk);  // 10 / 15
  // At t=2020.5 (2020-Q2): actual 2^(1/1.5)-1 = 0.587 against 0.414 required.
  CHECK(assess(ind, 20, {2020, 2}, Method::cagr).status == Status::on_track);
  // 13 at 2021.0: (1.3^(1/2)-1) / 0.414 = 0.34.
  CHECK(assess(ind, 13, {2020, 0}, Method::cagr).status == Status::off_track);
}

// Issue 16: the boundaries, exactly (worked by hand in tests/e2e/progress/README.md).
TEST_CASE("a ratio of exactly 0.6 is at risk, a billionth less is off track") {
  // B=1 at 2019.0, T=3 at 2022.0; at 2021-Q2 (2021.5) 10 of 12 quarters: E = 1 + 2 * 10/12 = 8/3.
  // R = (2 - 1) / (8/3 - 1) = 3/5, which binary floating point puts below 0.6.
  Indicator ind = indicator({2018, 0}, 1, {2021, 0}, 3);
  Assessment a = assess(ind, 2, {2021, 2});
  CHECK(a.status == Status::at_risk);
  CHECK(*a.expected == Approx(2.6666667));
  CHECK(assess(ind, 1.999999999_dec, {2021, 2}).status == Status::off_track);
}

TEST_CASE("a ratio of exactly 0.95 is on track, a billionth less at risk") {
  // B=0 at 2019.0, T=20 at 2023.0; at 2021.0 E = 10.
  Indicator ind = indicator({2018, 0}, 0, {2022, 0}, 20);
  CHECK(assess(ind, 9.5_dec, {2020, 0}).status == Status::on_track);
  CHECK(assess(ind, 9.499999999_dec, {2020, 0}).status == Status::at_risk);
  // The same for a decreasing indicator: B=20, T=0, E=10; 10.5 is 9.5 of 10 down.
  Indicator down = indicator({2018, 0}, 20, {2022, 0}, 0, Direction::decrease);
  CHECK(assess(down, 10.5_dec, {2020, 0}).status == Status::on_track);
  CHECK(assess(down, 10.500000001_dec, {2020, 0}).status == Status::at_risk);
}

TEST_CASE("0.1 + 0.2 against a target of 0.3 is achieved, gap 0, in every method") {
  Indicator ind = indicator({2018, 0}, 0, {2022, 0}, 0.3_dec);
  for (Method m : {Method::linear, Method::cagr}) {
    Assessment a = assess(ind, 0.1_dec + 0.2_dec, {2020, 0}, m);
    CHECK(a.status == Status::achieved);
    CHECK(*a.gap == 0);
    CHECK(*a.achieved_pct == 100);
  }
  Assessment short_by_a_cent = assess(ind, 0.29_dec, {2022, 0});
  CHECK(*short_by_a_cent.gap == 0.01_dec);
  CHECK(short_by_a_cent.status != Status::achieved);
}

TEST_CASE("cagr replaces a zero target by 0.001 and says so; linear needs no replacement") {
  // Eliminating: B=100 at 2019.0, T=0 at 2023.0, C=50 at 2021.0: halfway, on the straight path.
  CHECK(kCagrZero == 0.001_dec);
  Indicator ind = indicator({2018, 0}, 100, {2022, 0}, 0, Direction::decrease);
  Assessment linear = assess(ind, 50, {2020, 0});
  CHECK(linear.status == Status::on_track);
  CHECK_FALSE(linear.zero_replaced);
  // Growth from 100 to 0.001 in 4 years needs -94.4 % a year; halving in 2 is -29.3 %: R = 0.31.
  Assessment cagr = assess(ind, 50, {2020, 0}, Method::cagr);
  CHECK(cagr.status == Status::off_track);
  CHECK(cagr.method == Method::cagr);
  CHECK(cagr.zero_replaced);
  CHECK(assess(ind, 0, {2020, 0}, Method::cagr).status == Status::achieved);  // met: no rate needed
  // A zero baseline too: from 0.001, 20 in 2 years against 40 in 4: R = 140.4 / 13.1.
  Indicator up = indicator({2018, 0}, 0, {2022, 0}, 40);
  Assessment from_zero = assess(up, 20, {2020, 0}, Method::cagr);
  CHECK(from_zero.zero_replaced);
  CHECK(from_zero.status == Status::on_track);  // R > 1
}

TEST_CASE("without a baseline only achieved or not met, with a gap and no pace") {
  Indicator ind = indicator({2018, 0}, 0, {2022, 0}, 10);
  ind.baseline.reset();
  Assessment a = assess(ind, 4, {2020, 0});
  CHECK(a.status == Status::not_met);
  CHECK(*a.gap == 6);
  CHECK_FALSE(a.required_pace);  // a gap, and no pace of any kind
  CHECK_FALSE(a.achieved_pct);
  CHECK_FALSE(a.expected);
  CHECK_FALSE(a.actual_pace);
  CHECK_FALSE(a.projected_year);
  CHECK(assess(ind, 10, {2020, 0}).status == Status::achieved);
  CHECK(assess(ind, 4, {2020, 0}, Method::cagr).status == Status::not_met);
}

// Open SDG's own example series (sdg-build, tests/assets/progress-calculation:
// indicator 3-3-3, total, male and female; direction negative, target 0, base
// year 2015, current 2019, target year 2030). Their figures come from their
// formulas (ProgressMeasure_test.py, methodology_2): cagr_o = (y_2019 /
// y_2015)^(1/4) - 1, cagr_r = (0.001 / y_2015)^(1/15) - 1, R = cagr_o / cagr_r;
// R < 0 is their "negative progress" (deterioration), our off track.
TEST_CASE("cagr reproduces Open SDG's example series") {
  struct Series {
    const char* name;
    Decimal base, current;
    double their_ratio;
  };
  for (const Series& x :
       {Series{"3-3-3 total", 1.55_dec, 1.82_dec, -0.105788}, Series{"3-3-3 male", 1.94_dec, 2.35_dec, -0.123890},
        Series{"3-3-3 female", 1.16_dec, 1.28_dec, -0.066396}}) {
    CAPTURE(x.name);
    Indicator ind = indicator({2015, 0}, x.base, {2030, 0}, 0, Direction::decrease);
    Assessment a = assess(ind, x.current, {2019, 0}, Method::cagr);
    CHECK(*a.ratio == Approx(x.their_ratio).epsilon(1e-5));
    CHECK(a.status == Status::off_track);
    CHECK(a.zero_replaced);  // their target 0 is 0.001 too
  }
}
