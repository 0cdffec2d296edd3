#include "compute/sources.h"

#include <algorithm>

#include <doctest/doctest.h>

#include "testing/fixtures.h"

using namespace ritrack;

namespace {

bool has(const std::vector<std::string>& list, const std::string& s) {
  return std::find(list.begin(), list.end(), s) != list.end();
}

}  // namespace

TEST_CASE("a report's sources: milestones first, then the entries that make each value at as-of") {
  Dataset data = testing::load_fixture("tests/fixtures/progress");
  Ledger ledger(data.framework, data.entries, &data.rates);
  ProgressOptions o;
  o.as_of = {2019, 4};
  o.result = 1;
  std::vector<std::string> sources = sources_of(build_progress(data, ledger, o), ledger, data.countries);
  REQUIRE_FALSE(sources.empty());
  CHECK(sources.front() == "fixture");  // 1.1's baseline, listed once though many share it
  CHECK(std::count(sources.begin(), sources.end(), "fixture") == 1);
  CHECK(has(sources, "BRA report Q4"));             // the value that stands at 2019-Q4
  CHECK_FALSE(has(sources, "BRA report Q2"));       // a stock's earlier value does not make the figure
  CHECK_FALSE(has(sources, "BRA report 2020-Q1"));  // nor does one after as-of

  o.as_of = {2019, 2};
  sources = sources_of(build_progress(data, ledger, o), ledger, data.countries);
  CHECK(has(sources, "BRA report Q2"));
  CHECK_FALSE(has(sources, "BRA report Q4"));
}

TEST_CASE("one country's report rests on that country's entries only") {
  Dataset data = testing::load_fixture("tests/fixtures/progress");
  Ledger ledger(data.framework, data.entries, &data.rates);
  ProgressOptions o;
  o.as_of = {2019, 4};
  o.result = 1;
  o.country = "PER";
  std::vector<std::string> sources = sources_of(build_progress(data, ledger, o), ledger, data.countries);
  CHECK(has(sources, "PER budget 2019"));
  CHECK_FALSE(has(sources, "BRA report Q4"));
}

TEST_CASE("a plan's sources: the plan's own, then its resources', once each") {
  Dataset data = testing::load_fixture("tests/fixtures/plan");
  std::vector<const Plan*> plans;
  for (const Plan& p : data.plans) plans.push_back(&p);
  std::vector<std::string> sources = sources_of(plans);
  REQUIRE(sources.size() >= 3);
  CHECK(sources[0] == "fixture");
  CHECK(sources[1] == "estimate");
  CHECK(has(sources, "inventory"));
  CHECK(std::count(sources.begin(), sources.end(), "estimate") == 1);
}
