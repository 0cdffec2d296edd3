#include "compute/cross_checks.h"

#include <doctest/doctest.h>

#include "testing/makers.h"

using namespace ritrack;
using ritrack::testing::make_indicator;
using ritrack::testing::value_entry;

namespace {

std::vector<StandingValue> series_of(const std::vector<Entry>& entries) {
  std::vector<StandingValue> out;
  for (const Entry& e : entries) out.emplace_back(e);
  return out;
}

}  // namespace

TEST_CASE("plausibility: an outlier by z-score and an order of magnitude off") {
  Indicator flow = make_indicator("1.10", Measure::count, Scope::country, Cadence::annual, Accumulate::flow);
  std::vector<Entry> history{value_entry("PER", "1.10", {2017, 0}, 3), value_entry("PER", "1.10", {2018, 0}, 8),
                             value_entry("PER", "1.10", {2019, 0}, 5)};
  auto series = series_of(history);
  auto problem = plausibility_problem(flow, series, {2020, 0}, 9999999);
  REQUIRE(problem);
  CHECK(problem->code == DiagnosticCode::implausible_value);
  CHECK_FALSE(plausibility_problem(flow, series, {2020, 0}, 12));  // z > 3 but not ten times the largest
  CHECK_FALSE(plausibility_problem(flow, series, {2020, 0}, 0));   // a flow falling to nothing is a quiet year
  // The value for the period itself is left out: a correction is judged against the others.
  CHECK_FALSE(plausibility_problem(flow, series_of({history[0], history[1]}), {2020, 0}, 9999999));
  Indicator stock = make_indicator("4.3", Measure::count, Scope::country, Cadence::annual, Accumulate::stock);
  std::vector<Entry> mechanisms{value_entry("PER", "4.3", {2017, 0}, 500), value_entry("PER", "4.3", {2018, 0}, 520),
                                value_entry("PER", "4.3", {2019, 0}, 510)};
  CHECK(plausibility_problem(stock, series_of(mechanisms), {2020, 0}, 5));  // a stock losing two digits
  CHECK_FALSE(plausibility_problem(stock, series_of(mechanisms), {2020, 0}, 480));
  Indicator flag = make_indicator("1.6", Measure::flag);
  CHECK_FALSE(plausibility_problem(flag, series, {2020, 0}, 1));  // only counts and amounts
}

TEST_CASE("cross checks: implausible values and member counts that disagree with countries.yaml") {
  Model model = ritrack::testing::small_model();  // PER and BRA, members from 2014-Q4
  Indicator members = make_indicator("1.3", Measure::count, Scope::regional, Cadence::quarterly);
  members.counts_members = true;
  model.framework.indicators.push_back(members);
  std::vector<Entry> entries{value_entry("RI", "1.3", {2018, 2}, 5), value_entry("RI", "1.3", {2019, 1}, 2),
                             value_entry("RI", "1.3", {2019, 4}, 4)};
  Ledger ledger(model.framework, entries);
  std::vector<EntryProblem> problems = cross_checks(model, ledger);
  REQUIRE(problems.size() == 1);  // one per indicator, at the latest value that disagrees
  CHECK(problems[0].entry == &entries[2]);
  CHECK(problems[0].problem.code == DiagnosticCode::members_disagree);
  CHECK(problems[0].problem.message ==
        "indicator 1.3 records 4 member countries for 2019-Q4, but countries.yaml names 2 (and differs for 2018-Q2)");
}

TEST_CASE("cross checks of one journal: warnings placed at their entries in its file") {
  Model model = ritrack::testing::small_model();
  Indicator members = make_indicator("1.3", Measure::count, Scope::regional, Cadence::quarterly);
  members.counts_members = true;
  model.framework.indicators.push_back(members);
  std::vector<Entry> entries{value_entry("RI", "1.3", {2019, 1}, 2), value_entry("RI", "1.3", {2019, 4}, 4)};
  entries[1].pos = Position{12, 5};
  Diagnostics found = cross_check_journal(model, entries, "data/values/RI.yaml");
  REQUIRE(found.size() == 1);
  CHECK(found[0].file == "data/values/RI.yaml");
  CHECK(found[0].pos.line == 12);
  CHECK(found[0].severity == Severity::warning);
  CHECK(found[0].code == DiagnosticCode::members_disagree);
  CHECK(cross_check_journal(model, {}, "data/values/RI.yaml").empty());
}
