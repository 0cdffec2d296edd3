#include "compute/history.h"

#include <doctest/doctest.h>

#include "testing/makers.h"

using namespace ritrack;

static Entry make(std::string country, Period p, bool retraction = false) {
  return testing::value_entry(std::move(country), "1.6", p, 0, retraction);
}

TEST_CASE("each entry knows what replaced it") {
  EntryList entries{std::vector<Entry>{make("PER", {2019, 0}), make("PER", {2019, 0}), make("PER", {2019, 0}, true),
                                       make("PER", {2019, 0}), make("PER", {2020, 0}), make("BRA", {2019, 0}, true)}};
  auto rows = build_history(entries, {});
  REQUIRE(rows.size() == 6);
  CHECK(rows[0].state == HistoryRow::State::superseded);
  CHECK(rows[0].next == &entries[1]);
  CHECK(rows[1].state == HistoryRow::State::withdrawn);
  CHECK(rows[2].state == HistoryRow::State::reverted);
  CHECK(rows[3].state == HistoryRow::State::stands);
  CHECK(rows[4].state == HistoryRow::State::stands);
  CHECK(rows[5].state == HistoryRow::State::retraction);
}

TEST_CASE("history filters by country, indicator and period") {
  EntryList entries{std::vector<Entry>{make("PER", {2019, 0}), make("BRA", {2019, 0}), make("PER", {2020, 0})}};
  CHECK(build_history(entries, {"PER", "", std::nullopt}).size() == 2);
  CHECK(build_history(entries, {"", "1.6", Period{2019, 0}}).size() == 2);
  CHECK(build_history(entries, {"", "1.7", std::nullopt}).empty());
}
