#include "compute/plan_gaps.h"

#include <doctest/doctest.h>

using namespace ritrack;
using namespace ritrack::literals;

namespace {

Resource money(Decimal amount, std::string currency, Provider provider = Provider::other) {
  Resource r;
  r.type = ResourceType::financial;
  r.amount = amount;
  r.unit = std::move(currency);
  r.provider = provider;
  return r;
}

Resource in_unit(ResourceType type, Decimal amount, std::string unit) {
  Resource r;
  r.type = type;
  r.amount = amount;
  r.unit = std::move(unit);
  return r;
}

Activity activity(std::string id, std::optional<Period> from, std::vector<Resource> needed,
                  std::vector<Resource> available) {
  Activity a;
  a.id = std::move(id);
  a.from = from;
  a.responsible.role = Role::technical_secretariat;
  a.needed = std::move(needed);
  a.available = std::move(available);
  return a;
}

ActivityUpdate update(const char* date, ActivityState state) {
  ActivityUpdate u;
  u.date = *parse_date(date);
  u.state = state;
  return u;
}

// The README's worked example ("Operational plans", "plan gaps by hand").
Plan worked_example() {
  Plan plan;
  plan.name = "2018-2019";
  plan.from = {2018, 0};
  plan.to = {2019, 0};
  Product p;
  p.id = "1.a";
  p.indicators = {"1.1"};
  Activity a1 = activity("1.a.1", Period{2018, 3},
                         {money(60000, "USD", Provider::ilo), in_unit(ResourceType::human, 1.5_dec, "fte")},
                         {money(40000, "USD", Provider::ilo), in_unit(ResourceType::human, 1, "fte")});
  a1.to = Period{2018, 4};
  a1.updates = {update("2018-09-15", ActivityState::in_progress)};
  Activity a2 = activity("1.a.2", Period{2019, 0},
                         {money(35000, "EUR", Provider::aecid), in_unit(ResourceType::technical, 2, "items")},
                         {money(20000, "EUR", Provider::aecid), in_unit(ResourceType::technical, 2, "items")});
  a2.responsible = {};
  Activity a3 = activity("1.a.3", Period{2018, 0}, {money(10000, "USD")},
                         {money(8000, "USD", Provider::abc), money(8000, "USD", Provider::other)});
  Activity a4 = activity("1.a.4", Period{2018, 0}, {money(5000, "USD")}, {});
  a4.updates = {update("2018-06-01", ActivityState::in_progress), update("2018-11-30", ActivityState::dropped)};
  Activity a5 = activity("1.a.5", Period{2018, 0}, {in_unit(ResourceType::human, 3, "persons"), money(1000, "GBP")},
                         {in_unit(ResourceType::human, 1, "persons")});
  p.activities = {a1, a2, a3, a4, a5};
  Product q;
  q.id = "1.b";
  q.indicators = {"1.2"};
  q.activities = {activity("1.b.1", Period{2018, 0}, {money(1000, "USD")}, {money(1000, "USD")})};
  plan.results = {PlanResult{1, {q, p}, {}}};
  return plan;
}

ExchangeRates rates() {
  ExchangeRates r;
  r.rates = {{"EUR", "USD", Period{2018, 0}, 1.2_dec, "test"}, {"EUR", "USD", Period{2019, 0}, 1.1_dec, "test"}};
  return r;
}

const ResourceGap& line(const std::vector<ResourceGap>& gaps, ResourceType type, const std::string& unit) {
  for (const ResourceGap& g : gaps)
    if (g.type == type && g.unit == unit) return g;
  FAIL("no line ", unit);
  return gaps.front();
}

}  // namespace

TEST_CASE("plan gaps: partial funding, currencies converted at the activity's start, units kept apart") {
  Plan plan = worked_example();
  PlanGapOptions options;
  options.today = *parse_date("2019-03-01");
  options.statuses = {{"1.1", Status::off_track}, {"1.2", Status::on_track}};
  PlanGaps gaps = plan_gaps(plan, rates(), options);
  REQUIRE(gaps.products.size() == 2);
  const ProductGaps& p = gaps.products[0];  // off track and underfunded: first
  CHECK(p.product->id == "1.a");
  CHECK(p.at_risk_and_underfunded());
  // 1.a.1 60,000 - 40,000; 1.a.2 35,000 EUR x 1.1 (2019) = 38,500 - 22,000;
  // 1.a.3 10,000 - 16,000 (funded twice: no gap, and its surplus covers no
  // other's); 1.a.4 dropped: left out.
  const ResourceGap& usd = line(p.resources, ResourceType::financial, "USD");
  CHECK(usd.needed == 108500);
  CHECK(usd.available == 78000);
  CHECK(usd.missing == 36500);  // 20,000 + 16,500 + 0, not 108,500 - 78,000
  CHECK(line(p.resources, ResourceType::financial, "GBP").missing == 1000);  // no rate: kept in pounds
  CHECK(gaps.unconverted == std::vector<std::string>{"GBP 2018"});
  CHECK(line(p.resources, ResourceType::human, "fte").missing == 0.5_dec);
  CHECK(line(p.resources, ResourceType::human, "persons").missing == 2);
  CHECK(line(p.resources, ResourceType::technical, "items").missing == 0);
  REQUIRE(p.activities.size() == 4);                                               // 1.a.4 dropped
  CHECK(p.activities[0].attention == std::vector<Attention>{Attention::overdue});  // ended 2018-Q4, in progress
  CHECK(p.activities[1].attention == std::vector<Attention>{Attention::no_responsible});
  // By provider: AECID expected 38,500 and gave 22,000; the twice-funded activity's two providers.
  bool aecid = false;
  for (const ProviderShare& s : p.providers)
    if (s.provider == Provider::aecid) {
      aecid = true;
      CHECK(s.needed == 38500);
      CHECK(s.available == 22000);
    }
  CHECK(aecid);
  CHECK_FALSE(gaps.products[1].underfunded());
  REQUIRE(gaps.results.size() == 1);
  CHECK(line(gaps.results[0].resources, ResourceType::financial, "USD").missing == 36500);
  CHECK(line(gaps.results[0].resources, ResourceType::financial, "USD").needed == 109500);
}

TEST_CASE("an activity's state is its latest status dated on or before the day") {
  Activity a;
  a.updates = {update("2018-06-01", ActivityState::in_progress), update("2019-01-10", ActivityState::done)};
  CHECK(state_on(a, *parse_date("2018-01-01")) == ActivityState::planned);
  CHECK(state_on(a, *parse_date("2018-12-31")) == ActivityState::in_progress);
  CHECK(state_on(a, *parse_date("2019-01-10")) == ActivityState::done);
}

TEST_CASE("a dropped activity's resources no longer count; a later status brings them back") {
  Plan plan = worked_example();
  PlanGapOptions options;
  options.today = *parse_date("2018-12-01");  // 1.a.4 dropped on 2018-11-30
  PlanGaps before = plan_gaps(plan, rates(), options);
  options.today = *parse_date("2018-11-01");  // not yet dropped
  PlanGaps earlier = plan_gaps(plan, rates(), options);
  auto usd_missing = [](const PlanGaps& g) {
    for (const ProductGaps& p : g.products)
      if (p.product->id == "1.a") return line(p.resources, ResourceType::financial, "USD").missing;
    return Decimal(-1);
  };
  CHECK(usd_missing(earlier) - usd_missing(before) == 5000);
  CHECK(framework_currency(Framework{}) == "USD");
}

TEST_CASE("plan gaps for one country keep only the activities it is responsible for") {
  Plan plan = worked_example();
  plan.results[0].products[1].activities[0].responsible = {std::nullopt, "PER", "GOB", {}, {}, {}};
  PlanGapOptions options;
  options.today = *parse_date("2019-03-01");
  options.country = "PER";
  PlanGaps gaps = plan_gaps(plan, rates(), options);
  REQUIRE(gaps.products.size() == 1);
  REQUIRE(gaps.products[0].activities.size() == 1);
  CHECK(gaps.products[0].activities[0].activity->id == "1.a.1");
}
