#include "output/plan_document.h"

#include <doctest/doctest.h>

#include "testing/fixtures.h"

using namespace ritrack;

TEST_CASE("a plan as a tree, and its gaps as a document and as JSON") {
  Dataset data = testing::load_fixture("tests/fixtures/plan");
  REQUIRE(data.plans.size() == 1);
  const Plan& plan = data.plans[0];
  PlanView view{*parse_date("2019-03-01"), 0, ""};
  Document doc;
  add_plan_tree(doc, plan, data.framework, view, Lang::en);
  std::string text = render_text(doc, TextStyle{120, false});
  CHECK(text.find("1.a.1 ↳ Train") != std::string::npos);
  CHECK(text.find("technical secretariat") != std::string::npos);
  CHECK(text.find("PER (Government)") != std::string::npos);
  CHECK(text.find("dropped") != std::string::npos);  // 1.a.4 on 2018-11-30
  std::string csv = render_csv(doc);
  CHECK(csv.find("↳") == std::string::npos);  // CSV holds the bare title
  // One country's activities only.
  Document per;
  add_plan_tree(per, plan, data.framework, PlanView{view.today, 0, "PER"}, Lang::en);
  std::string per_text = render_text(per, TextStyle{120, false});
  CHECK(per_text.find("1.a.3") != std::string::npos);
  CHECK(per_text.find("1.a.1") == std::string::npos);

  PlanGapOptions options;
  options.today = view.today;
  options.statuses = {{"1.1", Status::off_track}};
  PlanGaps gaps = plan_gaps(plan, data.rates, options);
  std::string json = plan_gaps_json({gaps});
  CHECK(json.starts_with(R"({"schema":"ritrack.plan-gaps/1","plans":[{"plan":"2018-2019","currency":"USD")"));
  CHECK(json.find(R"("type":"financial","unit":"USD","needed":108500,"available":78000,"missing":36500)") !=
        std::string::npos);
  CHECK(json.find(R"("attention":["no_responsible"])") != std::string::npos);
  Document gaps_doc;
  add_plan_gaps(gaps_doc, gaps, data.framework, Lang::fr);
  std::string fr = render_text(gaps_doc, TextStyle{120, false});
  CHECK(fr.find("108\u202F500") != std::string::npos);  // the reader's numbers (narrow no-break space)
  CHECK(plans_json({&plan}, view).find(R"("state":"dropped")") != std::string::npos);
}
