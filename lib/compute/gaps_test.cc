// The progress fixture (tests/e2e/progress/README.md has the figures by hand).
#include "compute/gaps.h"

#include <doctest/doctest.h>

#include "testing/fixtures.h"

using namespace ritrack;

TEST_CASE("gaps: most urgent first; members that did not report") {
  Dataset data = testing::load_fixture("tests/fixtures/progress");
  Ledger ledger(data.framework, data.entries);
  ProgressOptions o;
  o.as_of = {2019, 4};
  ProgressReport r = build_progress(data, ledger, o);
  GapsReport g = build_gaps(data, r);
  REQUIRE(g.behind.size() == 3);
  CHECK(g.behind[0]->indicator->id == "1.1");
  CHECK(g.behind[1]->indicator->id == "2.1");
  CHECK(g.behind[2]->indicator->id == "1.3");
  REQUIRE(g.reporting.size() == 3);
  CHECK(g.reporting[1].country == "BRA");
  CHECK(g.reporting[1].missing == std::vector<std::string>{"1.2", "1.5"});
  CHECK(g.reporting[1].carried == std::vector<std::string>{"1.4"});
}
