#include "compute/ledger.h"

#include <doctest/doctest.h>

#include "testing/makers.h"

using namespace ritrack;

using testing::value_entry;

TEST_CASE("a later entry supersedes, a retraction withdraws") {
  std::vector<Entry> entries{
      value_entry("PER", "1.1", {2019, 2}, 5), value_entry("PER", "1.1", {2019, 1}, 2),
      value_entry("PER", "1.1", {2019, 2}, 7),                                                 // supersedes the 5
      value_entry("PER", "1.1", {2019, 3}, 9), value_entry("PER", "1.1", {2019, 3}, 0, true),  // retracted
      value_entry("BRA", "1.1", {2019, 1}, 4)};
  Ledger ledger(entries);
  const auto& per = ledger.series("1.1", "PER");
  REQUIRE(per.size() == 2);
  CHECK(per[0].period() == Period{2019, 1});
  CHECK(per[1].number() == 7);
  CHECK(ledger.countries("1.1") == std::vector<std::string>{"BRA", "PER"});
  CHECK(ledger.series("1.2", "PER").empty());
}

TEST_CASE("latest at or before a period, by period end") {
  std::vector<Entry> entries{value_entry("PER", "1.3", {2018, 0}, 1), value_entry("PER", "1.3", {2019, 2}, 0)};
  Ledger ledger(entries);
  CHECK(ledger.latest("1.3", "PER", {2018, 3}) == nullptr);  // the year 2018 ends after Q3
  CHECK(ledger.latest("1.3", "PER", {2018, 4})->number() == 1);
  CHECK(ledger.latest("1.3", "PER", {2019, 2})->number() == 0);
  CHECK(ledger.latest("1.3", "PER", {2025, 0})->number() == 0);
}
