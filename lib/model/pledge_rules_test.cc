#include "model/pledge_rules.h"

#include <doctest/doctest.h>

#include "testing/fixtures.h"

using namespace ritrack;

namespace {

Pledge smart_pledge() {
  Pledge p;
  p.id = "P1";
  p.stakeholder = {StakeholderType::country, "Perú", "PER", {}, {}};
  p.title = "Realizar una encuesta nacional sobre el trabajo infantil en 2021";
  p.contribution = "Da la línea de base.";
  p.deadline = parse_date("2021-12-30");
  p.measure = PledgeMeasure{"encuestas publicadas", Decimal(0), Decimal(1), "1.1", {}, {}};
  return p;
}

std::vector<DiagnosticCode> problems(const Pledge& p) {
  static const Dataset model = testing::load_fixture("tests/fixtures/progress");
  Diagnostics out;
  DiagnosticSink sink("PER.yaml", out);
  check_pledge(model, p, sink);
  std::vector<DiagnosticCode> codes;
  for (const Diagnostic& d : out) codes.push_back(d.code);
  return codes;
}

}  // namespace

TEST_CASE("a SMART pledge within the form's limits meets every rule") { CHECK(problems(smart_pledge()).empty()); }

TEST_CASE("the form's word limits: 20 for the title, 100 for the contribution") {
  Pledge p = smart_pledge();
  p.title =
      "uno dos tres cuatro cinco seis siete ocho nueve diez once doce trece catorce quince dieciséis "
      "diecisiete dieciocho diecinueve veinte";
  CHECK(problems(p).empty());
  p.title += " veintiuno";
  CHECK(problems(p) == std::vector<DiagnosticCode>{DiagnosticCode::too_many_words});
  p = smart_pledge();
  for (int i = 0; i < 101; ++i) p.contribution += " mot";
  CHECK(problems(p) == std::vector<DiagnosticCode>{DiagnosticCode::too_many_words});
}

TEST_CASE("the deadline lies in the year of action; a scale-up reaches 2025 at most") {
  Pledge p = smart_pledge();
  p.deadline = parse_date("2022-01-15");
  CHECK(problems(p) == std::vector<DiagnosticCode>{DiagnosticCode::bad_deadline});
  p.year = 2022;
  CHECK(problems(p).empty());
  p = smart_pledge();
  p.scale_up = ScaleUp{};
  p.scale_up->to = 2026;
  CHECK(problems(p) == std::vector<DiagnosticCode>{DiagnosticCode::bad_scale_up});
  p.scale_up->to = 2020;
  CHECK(problems(p) == std::vector<DiagnosticCode>{DiagnosticCode::bad_scale_up});
}

TEST_CASE("stakeholders name a known country where their type has one; indicators exist") {
  Pledge p = smart_pledge();
  p.stakeholder.country = "";
  CHECK(problems(p) == std::vector<DiagnosticCode>{DiagnosticCode::missing_key});
  p.stakeholder.type = StakeholderType::workers;
  CHECK(problems(p).empty());
  p.stakeholder.country = "XXX";
  CHECK(problems(p) == std::vector<DiagnosticCode>{DiagnosticCode::unknown_country});
  p = smart_pledge();
  p.measure->indicator = "9.9";
  CHECK(problems(p) == std::vector<DiagnosticCode>{DiagnosticCode::unknown_indicator});
}

TEST_CASE("SMART heuristics: a target, a deadline and something to measure progress by") {
  Pledge p = smart_pledge();
  CHECK(smart_gaps(p).empty());
  p.deadline.reset();
  CHECK(smart_gaps(p) == std::vector<std::string>{"no deadline"});
  p = smart_pledge();
  p.measure->target.reset();
  CHECK(smart_gaps(p) == std::vector<std::string>{"no measurable target"});
  p.measure.reset();
  CHECK(smart_gaps(p) == std::vector<std::string>{"no measurable target", "nothing to measure progress by"});
  p.deadline.reset();
  CHECK(problems(p) == std::vector<DiagnosticCode>{DiagnosticCode::not_smart});  // one warning, every gap named
}

TEST_CASE("updates and scale-up plans join their pledge; unknown and repeated ids are reported") {
  PledgeRegister reg{"PER", {smart_pledge(), smart_pledge()}};
  reg.pledges[1].id = "P2";
  PledgeUpdate u;
  u.pledge = "P2";
  u.status = PledgeStatus::achieved;
  PledgeUpdate lost;
  lost.pledge = "P9";
  ScaleUp s;
  s.pledge = "P1";
  Diagnostics out;
  DiagnosticSink sink("PER.yaml", out);
  attach_to_pledges(reg, {u, lost}, {s}, sink);
  CHECK(reg.pledges[1].status() == PledgeStatus::achieved);
  CHECK(reg.pledges[0].scale_up);
  REQUIRE(out.size() == 1);
  CHECK(out[0].code == DiagnosticCode::unknown_pledge);
  reg.pledges[1].id = "P1";
  out.clear();
  attach_to_pledges(reg, {}, {}, sink);
  REQUIRE(out.size() == 1);
  CHECK(out[0].code == DiagnosticCode::duplicate_id);
}
