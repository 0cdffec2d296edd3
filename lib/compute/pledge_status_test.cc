#include "compute/pledge_status.h"

#include <doctest/doctest.h>

using namespace ritrack;

namespace {

Pledge pledge(std::string id, StakeholderType type, const std::string& deadline) {
  Pledge p;
  p.id = std::move(id);
  p.stakeholder.type = type;
  p.stakeholder.country = "PER";
  p.deadline = parse_date(deadline);
  p.recorded = "2021-02-01T10:00:00Z";
  p.measure = PledgeMeasure{"surveys", Decimal(10), Decimal(20), "", {}, {}};
  return p;
}

PledgeUpdate update(const std::string& date, PledgeStatus status, std::optional<Decimal> value) {
  PledgeUpdate u;
  u.date = *parse_date(date);
  u.status = status;
  u.value = value;
  return u;
}

}  // namespace

TEST_CASE("a pledge past its deadline without a final update is overdue; one without news for a quarter is silent") {
  PledgeRegister reg{
      "PER",
      {pledge("A", StakeholderType::government, "2021-06-30"), pledge("B", StakeholderType::government, "2021-12-30"),
       pledge("C", StakeholderType::workers, "2021-06-30")}};
  reg.pledges[1].updates.push_back(update("2021-06-01", PledgeStatus::in_progress, Decimal(15)));
  reg.pledges[2].updates.push_back(update("2021-06-20", PledgeStatus::achieved, Decimal(20)));
  auto states = pledge_states({reg}, {}, *parse_date("2021-07-15"));
  REQUIRE(states.size() == 3);
  CHECK(states[0].overdue);
  CHECK(states[0].silent);  // recorded 1 February, nothing since: more than three months
  CHECK_FALSE(states[1].overdue);
  CHECK_FALSE(states[1].silent);                         // news on 1 June
  CHECK(states[1].achieved_pct == doctest::Approx(50));  // from 10 to 20, at 15
  CHECK_FALSE(states[2].overdue);                        // achieved: closed
  CHECK(states[2].achieved_pct == doctest::Approx(100));
  auto later = pledge_states({reg}, {}, *parse_date("2021-09-02"));
  CHECK(later[1].silent);  // 1 June + 3 months < 2 September
}

TEST_CASE("pledges are filtered by type, country and status, and counted by type and status") {
  PledgeRegister reg{
      "PER",
      {pledge("A", StakeholderType::government, "2021-06-30"), pledge("B", StakeholderType::workers, "2021-12-30")}};
  reg.pledges[1].stakeholder.country = "BRA";
  reg.pledges[1].updates.push_back(update("2021-06-01", PledgeStatus::dropped, std::nullopt));
  Date today = *parse_date("2021-07-01");
  CHECK(pledge_states({reg}, {StakeholderType::workers, "", std::nullopt}, today).size() == 1);
  CHECK(pledge_states({reg}, {std::nullopt, "BRA", std::nullopt}, today).size() == 1);
  CHECK(pledge_states({reg}, {std::nullopt, "", PledgeStatus::in_progress}, today).size() == 1);
  PledgeReport r = pledge_report({reg}, {}, today);
  REQUIRE(r.counts.size() == 2);
  CHECK(r.counts[0].type == StakeholderType::government);
  CHECK(r.counts[0].by_status[static_cast<size_t>(PledgeStatus::in_progress)] == 1);
  CHECK(r.counts[1].by_status[static_cast<size_t>(PledgeStatus::dropped)] == 1);
  CHECK(r.counts[1].total() == 1);
}

TEST_CASE("updates dated after the day of the report are not news yet") {
  PledgeRegister reg{"PER", {pledge("A", StakeholderType::government, "2021-12-30")}};
  reg.pledges[0].updates.push_back(update("2021-06-01", PledgeStatus::in_progress, Decimal(12)));
  reg.pledges[0].updates.push_back(update("2021-12-20", PledgeStatus::achieved, Decimal(20)));
  auto july = pledge_states({reg}, {}, *parse_date("2021-07-15"));
  CHECK(july[0].status == PledgeStatus::in_progress);
  CHECK(july[0].reached == Decimal(12));
  CHECK(july[0].last_news->str() == "2021-06-01");
  auto january = pledge_states({reg}, {}, *parse_date("2022-01-05"));
  CHECK(january[0].status == PledgeStatus::achieved);
}
