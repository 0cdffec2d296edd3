#include "record/plan_recorder.h"

#include <doctest/doctest.h>

#include "store/plan_reader.h"
#include "testing/fixtures.h"

using namespace ritrack;

namespace {

std::string fixture_file(const char* name) {
  Diagnostics io;
  return *read_data_file(disk(), testing::source_path("tests/fixtures/plan"), name, io);
}

}  // namespace

TEST_CASE("a status and a commitment are appended to their plan; a refused one leaves it as it was") {
  testing::ScratchDir dir;
  for (const char* f : {"framework.yaml", "countries.yaml", "rates.yaml", "plan/2018-2019.yaml"})
    dir.write(f, fixture_file(f));
  Dataset data = testing::load_fixture(dir.dir.string());
  AppendOptions options{"test", std::chrono::milliseconds(1000), Period{2019, 1}};
  Diagnostics out;
  PlanStatusInput status{"1.a.2", "2019-03-01", "done", "a \"quoted\" note: yes", "tester", "2019-03-02T10:00:00Z"};
  CHECK(format_plan_status(status) ==
        "  - status: \"1.a.2\"\n    date: 2019-03-01\n    state: done\n    note: \"a \\\"quoted\\\" note: yes\"\n"
        "    recorded: 2019-03-02T10:00:00Z\n    by: \"tester\"\n");
  REQUIRE(append_to_plan(data, "2018-2019", format_plan_status(status), options, out));
  CHECK(out.empty());
  PlanCommitmentInput commitment{"1.a.2", "2019-04-01", "financial", "15000",  "EUR",
                                 "aecid", "letter",     "",          "tester", "2019-04-02T10:00:00Z"};
  REQUIRE(append_to_plan(data, "2018-2019", format_plan_commitment(commitment), options, out));
  Diagnostics io;
  std::string after = *read_data_file(disk(), dir.dir.string(), "plan/2018-2019.yaml", io);
  CHECK(after.ends_with("# ritrack: end of journal, 6 entries\n"));
  {
    Diagnostics problems;
    DiagnosticSink sink("2018-2019.yaml", problems);
    Plan plan = read_plan(after, data, "2018-2019", sink);
    CHECK(problems.empty());
    const Activity* a = plan.find_activity("1.a.2");
    REQUIRE(a);
    CHECK(a->state() == ActivityState::done);
    REQUIRE(a->available.size() == 3);  // its own, then two commitments
    CHECK(a->available[2].amount == 15000);
  }
  // People counted in dollars: refused, nothing written.
  commitment.type = "human";
  commitment.unit = "USD";
  out.clear();
  CHECK_FALSE(append_to_plan(data, "2018-2019", format_plan_commitment(commitment), options, out));
  REQUIRE(out.size() == 1);
  CHECK(out[0].code == DiagnosticCode::bad_resource);
  CHECK(out[0].pos.line == 0);  // about the input: no position
  CHECK(*read_data_file(disk(), dir.dir.string(), "plan/2018-2019.yaml", io) == after);
  // A plan that does not exist is not created by a status.
  CHECK_THROWS_AS(append_to_plan(data, "2030-2031", format_plan_status(status), options, out), IoError);
}
