#include "store/pledge_reader.h"

#include <doctest/doctest.h>

#include "testing/fixtures.h"

using namespace ritrack;

namespace {

// As tests/e2e/check/pledges-clean/data/pledges/PER.yaml.
std::string register_text() {
  return R"(# Test fixture: a pledge register (invented pledges in the seed's style).
register: PER
entries:
  - pledge: PER-2021-1
    stakeholder: {type: government, name: "Ministerio de Trabajo", country: PER}
    title: "Realizar una encuesta nacional sobre el trabajo infantil en 2021"
    implementation: "Con el instituto de estadística, en el tercer trimestre."
    contribution: "Da la línea de base para medir la reducción del trabajo infantil."
    communication: {channels: [radio, "redes sociales"], hashtag: "#EndChildLabour2021", moments: "12 de junio"}
    deadline: 2021-12-30
    measure: {what: "encuestas publicadas", baseline: 0, target: 1, indicator: "1.1"}
    resources: "presupuesto nacional"
    source: "fixture"
    recorded: 2021-02-01T10:00:00Z
    by: tester
  - update: PER-2021-1
    date: 2021-06-30
    status: in_progress
    value: 0
    note: "trabajo de campo en curso"
    source: "fixture report"
    recorded: 2021-07-01T10:00:00Z
    by: tester
  - scale_up: PER-2021-1
    kind: horizontal
    to: 2025
    cost: 150000
    currency: USD
    plan: "repetir la encuesta cada dos años"
    recorded: 2021-12-01T10:00:00Z
    by: tester
# ritrack: end of journal, 3 entries
)";
}

}  // namespace

TEST_CASE("a pledge register reads pledges with their updates and scale-up plans") {
  Dataset model = testing::load_fixture("tests/fixtures/progress");
  Diagnostics out;
  DiagnosticSink sink("PER.yaml", out);
  PledgeRegister reg = read_pledges(register_text(), model, "PER", sink);
  CHECK(out.empty());
  REQUIRE(reg.pledges.size() == 1);
  const Pledge& p = reg.pledges[0];
  CHECK(p.id == "PER-2021-1");
  CHECK(p.stakeholder.type == StakeholderType::government);
  CHECK(p.stakeholder.country == "PER");
  CHECK(p.deadline->str() == "2021-12-30");
  CHECK(p.measure->target == Decimal(1));
  CHECK(p.communication.channels == std::vector<std::string>{"radio", "redes sociales"});
  REQUIRE(p.updates.size() == 1);
  CHECK(p.updates[0].date.str() == "2021-06-30");
  CHECK(p.status() == PledgeStatus::in_progress);
  REQUIRE(p.scale_up);
  CHECK(p.scale_up->kind == ScaleUpKind::horizontal);
  CHECK(p.scale_up->cost == Decimal(150000));
}

TEST_CASE("a register named otherwise than its file, cut short, or holding an unknown entry is reported") {
  Dataset model = testing::load_fixture("tests/fixtures/progress");
  Diagnostics out;
  DiagnosticSink sink("BRA.yaml", out);
  std::string text = register_text();
  text = text.substr(0, text.rfind("# ritrack: end"));  // cut before the marker
  text +=
      "  - update: NOPE\n    date: 2021-02-30\n    status: done\n    source: x\n"
      "    recorded: 2021-01-01T00:00:00Z\n    by: t\n";
  read_pledges(text, model, "BRA", sink);
  std::vector<DiagnosticCode> codes;
  for (const Diagnostic& d : out) codes.push_back(d.code);
  CHECK(codes == std::vector<DiagnosticCode>{DiagnosticCode::bad_date, DiagnosticCode::bad_choice,
                                             DiagnosticCode::wrong_country, DiagnosticCode::journal_truncated,
                                             DiagnosticCode::unknown_pledge});
}
