#include "store/plan_reader.h"

#include <doctest/doctest.h>

#include "testing/fixtures.h"

using namespace ritrack;

namespace {

// As tests/e2e/check/plan-clean, with a commitment and a second update.
std::string plan_text(std::string_view entries_extra = "", int entries = 3) {
  return std::string(R"(plan: 2018-2019
period: {from: 2018, to: 2019}
source: "test plan"
results:
  - result: 1
    products:
      - product: "1.a"
        title: {fr: "Produit", es: "Producto", en: "Product", pt: "Produto"}
        indicators: ["1.1", "1.2"]
        activities:
          - activity: "1.a.1"
            title: {fr: "Activité", es: "Actividad", en: "Activity", pt: "Atividade"}
            responsible: {country: PER, sector: GOB}
            from: 2018-Q3
            to: 2019-Q2
            needed:
              - {type: financial, amount: 1000, unit: USD, provider: ilo, source: "estimate"}
              - {type: human, amount: 1.5, unit: fte, source: "estimate"}
            available:
              - {type: human, amount: 1, unit: fte, provider: ilo, source: "staffing"}
          - activity: "1.a.2"
            title: {fr: "Activité 2", es: "Actividad 2", en: "Activity 2", pt: "Atividade 2"}
            responsible: {role: technical_secretariat}
entries:
  - status: "1.a.1"
    date: 2018-10-01
    state: in_progress
    recorded: 2018-10-02T10:00:00Z
    by: "tester"
  - commitment: "1.a.1"
    date: 2019-01-15
    type: financial
    amount: 400
    unit: EUR
    provider: aecid
    source: "letter"
    recorded: 2019-01-16T10:00:00Z
    by: "tester"
  - status: "1.a.1"
    date: 2019-06-30
    state: done
    recorded: 2019-07-01T10:00:00Z
    by: "tester"
)") + std::string(entries_extra) +
         "# ritrack: end of journal, " + std::to_string(entries) + " entries\n";
}

}  // namespace

TEST_CASE("a plan reads results, products, activities, resources, updates and commitments") {
  Dataset model = testing::load_fixture("tests/fixtures/progress");
  Diagnostics out;
  DiagnosticSink sink("2018-2019.yaml", out);
  Plan plan = read_plan(plan_text(), model, "2018-2019", sink);
  CHECK(out.empty());
  CHECK(plan.from == Period{2018, 0});
  CHECK(plan.to == Period{2019, 0});
  REQUIRE(plan.results.size() == 1);
  const Product& product = plan.results[0].products.at(0);
  CHECK(product.indicators == std::vector<std::string>{"1.1", "1.2"});
  CHECK(product.title.in(Lang::es) == "Producto");
  const Activity* a = plan.find_activity("1.a.1");
  REQUIRE(a);
  CHECK(a->responsible.country == "PER");
  CHECK(a->responsible.sector == "GOB");
  CHECK_FALSE(a->responsible.role);
  CHECK(a->from == Period{2018, 3});
  REQUIRE(a->needed.size() == 2);
  CHECK(a->needed[1].type == ResourceType::human);
  CHECK(a->needed[1].amount == Decimal::parse("1.5"));
  CHECK(a->needed[0].provider == Provider::ilo);
  // The commitment counts with the plan's own available resources, after them.
  REQUIRE(a->available.size() == 2);
  CHECK(a->available[1].unit == "EUR");
  CHECK(a->available[1].provider == Provider::aecid);
  CHECK(a->state() == ActivityState::done);  // the latest update
  const Activity* second = plan.find_activity("1.a.2");
  REQUIRE(second);
  CHECK(second->responsible.role == Role::technical_secretariat);
  CHECK(second->state() == ActivityState::planned);  // no update yet
  CHECK_FALSE(plan.find_activity("9.9"));
}

TEST_CASE("a plan's rules report with positions, and each problem once") {
  Dataset model = testing::load_fixture("tests/fixtures/progress");
  Diagnostics out;
  DiagnosticSink sink("2018-2019.yaml", out);
  std::string bad_commitment = R"(  - commitment: "1.a.2"
    date: 2019-02-01
    type: human
    amount: 2
    unit: USD
    provider: other
    source: "letter"
    recorded: 2019-02-02T10:00:00Z
    by: "tester"
  - commitment: "1.a.7"
    date: 2019-02-01
    type: technical
    amount: 1
    unit: items
    provider: other
    source: "letter"
    recorded: 2019-02-02T10:00:00Z
    by: "tester"
)";
  read_plan(plan_text(bad_commitment, 5), model, "2018-2019", sink);
  REQUIRE(out.size() == 2);
  CHECK(out[0].code == DiagnosticCode::unknown_activity);  // attached before the rules run
  CHECK(out[0].pos.line == 53);
  CHECK(out[1].code == DiagnosticCode::bad_resource);
  CHECK(out[1].pos.line == 48);  // the commitment's own unit
  CHECK(out[1].message == "a human resource is counted in persons or fte, not 'USD'");
}
