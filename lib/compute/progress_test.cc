// The progress fixture (tests/e2e/progress/README.md has the figures by hand).
#include "compute/progress.h"

#include <doctest/doctest.h>

#include "compute/gaps.h"
#include "testing/fixtures.h"
#include "testing/makers.h"

using namespace ritrack;
using namespace ritrack::literals;

static Dataset fixture() { return testing::load_fixture("tests/fixtures/progress"); }

TEST_CASE("rows per result with the hand-computed values") {
  Dataset data = fixture();
  Ledger ledger(data.framework, data.entries);
  ProgressOptions o;
  o.as_of = {2019, 4};
  ProgressReport r = build_progress(data, ledger, o);
  REQUIRE(r.results.size() == 2);
  CHECK(r.members_named == 3);  // PER, BRA and CHL (from 2018-Q3); ARG is not a member
  const ProgressRow& actions = r.results[0].rows[0];
  CHECK(*actions.value.value == 22);
  CHECK(actions.assessment.status == Status::on_track);
  CHECK(actions.trend.size() == 8);
  CHECK_FALSE(actions.trend[3]);  // 2018-Q4: nothing after the baseline yet
  CHECK(*actions.trend[7] == 22);
  const ProgressRow& members = r.results[1].rows[0];
  CHECK(*members.assessment.achieved_pct == doctest::Approx(60));
  auto counts = count_by_status(r);
  CHECK(counts[1].status == Status::on_track);
  CHECK(counts[1].indicators == 3);
}

TEST_CASE("trend periods follow the cadence and end at the reporting period") {
  Indicator annual;
  annual.cadence = Cadence::annual;
  auto periods = trend_periods(annual, {2019, 2}, 3);
  CHECK(periods == std::vector<Period>{{2016, 0}, {2017, 0}, {2018, 0}});
  Indicator quarterly;
  quarterly.cadence = Cadence::quarterly;
  CHECK(trend_periods(quarterly, {2019, 1}, 2) == std::vector<Period>{{2018, 4}, {2019, 1}});
}

TEST_CASE("targets per category: each assessed on its part; achieved only when all are") {
  Model model = testing::small_model();  // 1.2: count, regional, quarterly, sector GOB/EMP
  Indicator& ind = model.framework.indicators[1];
  Milestone baseline{{2018, 4}, 2, "test", {}};
  ind.baseline = baseline;
  baseline.value = 1;
  ind.category_targets = {{"sector", "GOB", baseline, {Milestone{{2020, 4}, 2, "test", {}}}, {}, 1},
                          {"sector", "EMP", baseline, {Milestone{{2020, 4}, 4, "test", {}}}, {}, 1}};
  auto entry = [](Period p, double gob, double emp) {
    Entry e = testing::value_entry("RI", "1.2", p, gob + emp);
    e.breakdown = {{"sector", "GOB", Decimal::from_double(gob)}, {"sector", "EMP", Decimal::from_double(emp)}};
    return e;
  };
  std::vector<Entry> entries{entry({2019, 4}, 2, 3)};
  Ledger ledger(model.framework, entries);
  ProgressOptions o;
  o.as_of = {2019, 4};
  ProgressRow row = build_progress(model, ledger, o).results[0].rows[1];
  REQUIRE(row.categories.size() == 2);
  CHECK(row.categories[0].targets == &model.framework.indicators[1].category_targets[0]);
  CHECK(*row.categories[0].current == 2);
  CHECK(row.categories[0].assessment.status == Status::achieved);  // GOB: 2 of 2
  // EMP: B = 1, T = 4 by 2021.0, at t = 2020.0 E = 2.5; (3 - 1) / (2.5 - 1) = 1.33
  CHECK(row.categories[1].assessment.status == Status::on_track);
  CHECK(*row.categories[1].assessment.achieved_pct == doctest::Approx(200.0 / 3));
  CHECK(row.assessment.status == Status::on_track);  // not all achieved: the most urgent of the others

  std::vector<Entry> later{entry({2019, 4}, 2, 3), entry({2020, 2}, 2, 4)};
  Ledger ledger2(model.framework, later);
  o.as_of = {2020, 2};
  CHECK(build_progress(model, ledger2, o).results[0].rows[1].assessment.status == Status::achieved);

  std::vector<Entry> no_parts{testing::value_entry("RI", "1.2", {2019, 4}, 5)};
  Ledger ledger3(model.framework, no_parts);
  o.as_of = {2019, 4};
  ProgressRow unknown = build_progress(model, ledger3, o).results[0].rows[1];
  CHECK_FALSE(unknown.categories[0].current);  // no breakdown: no part to assess
  CHECK(unknown.assessment.status == Status::no_data);
}

TEST_CASE("targets per country: assessed on the country's value from its value at the baseline period") {
  Model model = testing::small_model();  // 1.1: flag, country, annual
  Indicator& ind = model.framework.indicators[0];
  ind.measure = Measure::count;  // a stock each country records
  ind.baseline = Milestone{{2018, 0}, 3, "test", {}};
  ind.category_targets = {
      {std::string(kCountryDimension), "PER", std::nullopt, {Milestone{{2020, 0}, 5, "test", {}}}, {}, 1},
      {std::string(kCountryDimension), "BRA", std::nullopt, {Milestone{{2020, 0}, 4, "test", {}}}, {}, 1}};
  std::vector<Entry> entries{testing::value_entry("PER", "1.1", {2018, 0}, 1),
                             testing::value_entry("PER", "1.1", {2019, 0}, 3),
                             testing::value_entry("BRA", "1.1", {2019, 0}, 4)};
  Ledger ledger(model.framework, entries);
  ProgressOptions o;
  o.as_of = {2019, 0};  // t = 2020.0, tb = 2019.0, tT = 2021.0
  ProgressRow row = build_progress(model, ledger, o).results[0].rows[0];
  REQUIRE(row.categories.size() == 2);
  // PER: B = 1 (its 2018 value), C = 3, T = 5, E = 1 + 4 × 1/2 = 3: 50 %, on track.
  CHECK(*row.categories[0].current == 3);
  CHECK(*row.categories[0].assessment.achieved_pct == doctest::Approx(50));
  CHECK(row.categories[0].assessment.status == Status::on_track);
  // BRA: no value at the baseline period, a stock: no baseline; C = 4 meets T.
  CHECK(row.categories[1].assessment.status == Status::achieved);
  CHECK(row.assessment.status == Status::on_track);  // no whole target: the countries' decide

  o.country = "PER";  // PER's own report is assessed against PER's target
  ProgressRow per = build_progress(model, ledger, o).results[0].rows[0];
  CHECK(per.assessment.target->value == 5);
  CHECK(per.assessment.baseline->value == 1);
}
