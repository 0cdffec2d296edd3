#include "output/pledge_document.h"

#include <doctest/doctest.h>

#include "output/format.h"

using namespace ritrack;

namespace {

PledgeRegister one_register() {
  Pledge p;
  p.id = "PER-1";
  p.stakeholder = {StakeholderType::government, "Ministerio", "PER", {}, {}};
  p.title = "Encuesta nacional en 2021";
  p.deadline = parse_date("2021-06-30");
  p.recorded = "2021-02-01T10:00:00Z";
  p.measure = PledgeMeasure{"encuestas", std::nullopt, Decimal(1000), "1.1", {}, {}};
  PledgeUpdate u;
  u.date = *parse_date("2021-05-01");
  u.value = Decimal(250);
  p.updates.push_back(u);
  return {"PER", {p}};
}

}  // namespace

TEST_CASE("the pledge list shows progress in the reader's language and the status with its warning") {
  std::vector<PledgeRegister> regs{one_register()};
  auto states = pledge_states(regs, {}, *parse_date("2021-07-15"));
  Document doc;
  doc.table(pledge_table(states, Lang::fr));
  std::string md = render_markdown(doc);
  CHECK(md.find("| PER-1 | Ministerio | institution gouvernementale | PER | 2021-06-30 |") != std::string::npos);
  CHECK(md.find("250 / 1") != std::string::npos);  // 1 000 with a no-break space in French
  CHECK(md.find("(25 %)") != std::string::npos);
  CHECK(md.find("en cours (en retard)") != std::string::npos);  // past its deadline
}

TEST_CASE("the pledge report counts by type and status and lists the overdue; its JSON is typed") {
  std::vector<PledgeRegister> regs{one_register()};
  PledgeReport r = pledge_report(regs, {}, *parse_date("2021-07-15"));
  Document doc;
  add_pledge_report(doc, r, Lang::en);
  std::string md = render_markdown(doc);
  CHECK(md.find("| government institution | 1 | 0 | 0 | 0 | 1 |") != std::string::npos);
  CHECK(md.find("Past their deadline without a final update") != std::string::npos);
  std::string json = pledge_report_json(r);
  CHECK(json.starts_with(R"({"schema":"ritrack.pledges/1","as_of":"2021-07-15","counts":[{"type":"government",)"));
  CHECK(json.find(R"("overdue":true,"silent":false,"latest_news":"2021-05-01","indicator":"1.1","target":1000,)"
                  R"("reached":250,"achieved_pct":25})") != std::string::npos);
}
