// The progress fixture (tests/e2e/progress/README.md has the figures by hand).
#include "compute/progress.h"

#include <doctest/doctest.h>

#include "compute/gaps.h"
#include "testing/fixtures.h"

using namespace ritrack;

static Dataset fixture() { return testing::load_fixture("tests/fixtures/progress"); }

TEST_CASE("rows per result with the hand-computed values") {
  Dataset data = fixture();
  Ledger ledger(data.entries);
  ProgressOptions o;
  o.as_of = {2019, 4};
  ProgressReport r = build_progress(data, ledger, o);
  REQUIRE(r.results.size() == 2);
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
