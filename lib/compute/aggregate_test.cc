// Aggregation on a hand-made dataset. Members: PER and BRA from 2014-Q4,
// CHL from 2019-Q3; ARG never a member.
#include "compute/aggregate.h"

#include <doctest/doctest.h>

#include "testing/makers.h"

using namespace ritrack;

namespace {

struct Fixture {
  Framework fw;
  CountryList countries;
  std::vector<Entry> entries;

  Fixture() {
    auto member = [](std::string code, Period from) {
      Country c;
      c.code = std::move(code);
      c.memberships = {Membership{from, true, std::nullopt, "test"}};
      return c;
    };
    countries.countries = {member("PER", {2014, 4}), member("BRA", {2014, 4}), member("CHL", {2019, 3})};
    Country arg;
    arg.code = "ARG";
    countries.countries.push_back(arg);
    Scale scale;
    scale.id = "s";
    scale.threshold = 3;
    for (int i = 0; i <= 4; ++i) scale.levels.push_back({i, {}});
    fw.scales.push_back(scale);
  }

  void add(std::string country, std::string ind, Period p, double v, bool retract = false) {
    entries.push_back(testing::value_entry(std::move(country), std::move(ind), p, v, retract));
  }
};

Indicator make(Measure m, Accumulate a, Cadence c = Cadence::annual, Scope s = Scope::country) {
  Indicator ind;
  ind.id = "1.1";
  ind.measure = m;
  ind.accumulate = a;
  ind.cadence = c;
  ind.scope = s;
  if (m == Measure::level) ind.scale = "s";
  return ind;
}

}  // namespace

TEST_CASE("flags count member countries answering yes, latest answer standing") {
  Fixture f;
  Indicator ind = make(Measure::flag, Accumulate::stock);
  f.add("PER", "1.1", {2018, 0}, 1);
  f.add("BRA", "1.1", {2018, 0}, 1);
  f.add("BRA", "1.1", {2019, 0}, 0);  // BRA says no from 2019
  f.add("ARG", "1.1", {2019, 0}, 1);  // not a member: never counted
  Ledger ledger(f.fw, f.entries);
  AggregateQuery q{f.fw, f.countries, ledger};
  AggregateValue v2018 = regional_value(q, ind, {2018, 0});
  CHECK(*v2018.value == 2);
  CHECK(v2018.counted == std::vector<std::string>{"PER", "BRA"});
  AggregateValue v2019 = regional_value(q, ind, {2019, 0});
  CHECK(*v2019.value == 1);
  CHECK(v2019.counted == std::vector<std::string>{"PER"});
  CHECK(v2019.not_counted == std::vector<std::string>{"BRA", "CHL"});
  CHECK(v2019.period == Period{2019, 0});
  // Coverage at 2019: BRA reported 2019, PER carries 2018 forward, CHL (member since 2019-Q3) never reported.
  CHECK(v2019.coverage.reported == std::vector<std::string>{"BRA"});
  CHECK(v2019.coverage.carried == std::vector<std::string>{"PER"});
  CHECK(v2019.coverage.missing == std::vector<std::string>{"CHL"});
}

TEST_CASE("levels count countries at or above the threshold, with the distribution") {
  Fixture f;
  Indicator ind = make(Measure::level, Accumulate::stock);
  f.add("PER", "1.1", {2019, 0}, 4);
  f.add("BRA", "1.1", {2019, 0}, 2);
  f.add("CHL", "1.1", {2019, 0}, 3);
  Ledger ledger(f.fw, f.entries);
  AggregateValue v = regional_value({f.fw, f.countries, ledger}, ind, {2019, 0});
  CHECK(*v.value == 2);
  REQUIRE(v.distribution.size() == 5);
  CHECK(v.distribution[2].countries == 1);
  CHECK(v.distribution[3].countries == 1);
  CHECK(v.distribution[4].countries == 1);
  CHECK(v.distribution[0].countries == 0);
}

TEST_CASE("stocks sum each member's latest value; retracted and superseded entries do not count") {
  Fixture f;
  Indicator ind = make(Measure::count, Accumulate::stock, Cadence::quarterly);
  f.add("PER", "1.1", {2019, 1}, 5);
  f.add("PER", "1.1", {2019, 2}, 9);
  f.add("PER", "1.1", {2019, 2}, 7);  // supersedes 9
  f.add("BRA", "1.1", {2019, 1}, 3);
  f.add("BRA", "1.1", {2019, 2}, 4);
  f.add("BRA", "1.1", {2019, 2}, 0, true);  // retracts BRA's 4: its 3 is carried
  Ledger ledger(f.fw, f.entries);
  AggregateValue v = regional_value({f.fw, f.countries, ledger}, ind, {2019, 2});
  CHECK(*v.value == 10);  // 7 + 3
  CHECK(v.coverage.reported == std::vector<std::string>{"PER"});
  CHECK(v.coverage.carried == std::vector<std::string>{"BRA"});
}

TEST_CASE("flows add the values of periods after the baseline, while the country is a member") {
  Fixture f;
  Indicator ind = make(Measure::count, Accumulate::flow, Cadence::quarterly);
  ind.baseline = Milestone{{2018, 4}, 10, "test", {}};
  f.add("PER", "1.1", {2018, 4}, 4);  // at the baseline: already inside B
  f.add("PER", "1.1", {2019, 1}, 2);
  f.add("BRA", "1.1", {2019, 2}, 3);
  f.add("CHL", "1.1", {2019, 2}, 5);  // before CHL joined (2019-Q3): not counted
  f.add("CHL", "1.1", {2019, 3}, 1);
  f.add("PER", "1.1", {2019, 4}, 6);  // after the as-of period
  Ledger ledger(f.fw, f.entries);
  AggregateQuery q{f.fw, f.countries, ledger};
  CHECK(*regional_value(q, ind, {2019, 3}).value == 16);  // 10 + 2 + 3 + 1
  CHECK(regional_value(q, ind, {2019, 3}).period == Period{2019, 3});
  CHECK(*regional_value(q, ind, {2019, 1}).value == 12);
  CHECK_FALSE(regional_value(q, ind, {2018, 4}).value);  // nothing after the baseline yet
  // A flow is not carried: PER reported 2019-Q1 only, so at 2019-Q3 it is missing.
  Coverage c = regional_value(q, ind, {2019, 3}).coverage;
  CHECK(c.reported == std::vector<std::string>{"CHL"});
  CHECK(c.carried.empty());
  CHECK(c.missing == std::vector<std::string>{"PER", "BRA"});
}

TEST_CASE("a flow's value alone, for a trend's points, is the value, without the parts summed") {
  Fixture f;
  Indicator ind = make(Measure::count, Accumulate::flow, Cadence::quarterly);
  f.add("PER", "1.1", {2019, 1}, 2);
  f.add("BRA", "1.1", {2019, 2}, 3);
  f.entries[0].breakdown = {{"sector", "GOB", 2}};
  f.entries[1].breakdown = {{"sector", "GOB", 1}, {"sector", "EMP", 2}};
  Ledger ledger(f.fw, f.entries);
  AggregateValue whole = regional_value({f.fw, f.countries, ledger}, ind, {2019, 2});
  AggregateValue value_only = regional_value({f.fw, f.countries, ledger, true}, ind, {2019, 2});
  CHECK(*whole.value == 5);
  REQUIRE(whole.breakdown.size() == 2);
  CHECK(whole.breakdown[0].value == 3);
  CHECK(value_only.value == whole.value);
  CHECK(value_only.period == whole.period);
  CHECK(value_only.breakdown.empty());
  CHECK(*country_value({f.fw, f.countries, ledger, true}, ind, "BRA", {2019, 2}).value == 3);
}

TEST_CASE("regional indicators read the regional journal") {
  Fixture f;
  Indicator ind = make(Measure::count, Accumulate::stock, Cadence::quarterly, Scope::regional);
  f.add("RI", "1.1", {2018, 2}, 28);
  f.add("RI", "1.1", {2018, 4}, 30);
  Ledger ledger(f.fw, f.entries);
  AggregateValue v = regional_value({f.fw, f.countries, ledger}, ind, {2019, 1});
  CHECK(*v.value == 30);
  CHECK(v.period == Period{2018, 4});
  CHECK(v.coverage.members() == 0);
}

TEST_CASE("the reporting period follows the indicator's cadence") {
  Indicator annual = make(Measure::flag, Accumulate::stock);
  Indicator quarterly = make(Measure::count, Accumulate::flow, Cadence::quarterly);
  CHECK(reporting_period(annual, {2019, 2}) == Period{2018, 0});
  CHECK(reporting_period(annual, {2019, 4}) == Period{2019, 0});
  CHECK(reporting_period(annual, {2019, 0}) == Period{2019, 0});
  CHECK(reporting_period(quarterly, {2019, 2}) == Period{2019, 2});
  CHECK(reporting_period(quarterly, {2019, 0}) == Period{2019, 4});
}

TEST_CASE("the last reporting period that has ended") {
  Indicator annual = make(Measure::flag, Accumulate::stock);
  Indicator quarterly = make(Measure::count, Accumulate::flow, Cadence::quarterly);
  CHECK(last_ended_period(quarterly, {2026, 4}) == Period{2026, 3});
  CHECK(last_ended_period(quarterly, {2026, 1}) == Period{2025, 4});
  CHECK(last_ended_period(annual, {2026, 4}) == Period{2025, 0});
  CHECK(last_ended_period(annual, {2026, 1}) == Period{2025, 0});
}

TEST_CASE("one country's value") {
  Fixture f;
  Indicator ind = make(Measure::count, Accumulate::flow, Cadence::quarterly);
  f.add("PER", "1.1", {2019, 1}, 2);
  f.add("PER", "1.1", {2019, 2}, 3);
  Ledger ledger(f.fw, f.entries);
  AggregateValue v = country_value({f.fw, f.countries, ledger}, ind, "PER", {2019, 2});
  CHECK(*v.value == 5);
  CHECK(v.coverage.reported == std::vector<std::string>{"PER"});
}

TEST_CASE("the count of members is countries.yaml's until a value is recorded") {
  Fixture f;
  Indicator ind = make(Measure::count, Accumulate::stock, Cadence::quarterly, Scope::regional);
  ind.counts_members = true;
  f.add("RI", "1.1", {2020, 1}, 31);  // recorded, it stands from then on
  Ledger ledger(f.fw, f.entries);
  AggregateQuery q{f.fw, f.countries, ledger};
  AggregateValue named = regional_value(q, ind, {2019, 4});
  CHECK(*named.value == 3);  // PER, BRA and CHL (from 2019-Q3)
  CHECK(named.from_countries);
  CHECK(*named.period == Period{2019, 4});
  AggregateValue recorded = regional_value(q, ind, {2020, 2});
  CHECK(*recorded.value == 31);
  CHECK_FALSE(recorded.from_countries);
}
