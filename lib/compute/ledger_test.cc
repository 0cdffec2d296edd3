#include "compute/ledger.h"

#include <doctest/doctest.h>

using namespace ritrack;

static Entry make(std::string country, std::string indicator, Period p, double v, bool retraction = false) {
  Entry e;
  e.country = std::move(country);
  e.indicator = std::move(indicator);
  e.period = p;
  e.number = v;
  e.retraction = retraction;
  return e;
}

TEST_CASE("a later entry supersedes, a retraction withdraws") {
  std::vector<Entry> entries{
      make("PER", "1.1", {2019, 2}, 5), make("PER", "1.1", {2019, 1}, 2),
      make("PER", "1.1", {2019, 2}, 7),  // supersedes the 5
      make("PER", "1.1", {2019, 3}, 9), make("PER", "1.1", {2019, 3}, 0, true),  // retracted
      make("BRA", "1.1", {2019, 1}, 4)};
  Ledger ledger(entries);
  const auto& per = ledger.series("1.1", "PER");
  REQUIRE(per.size() == 2);
  CHECK(per[0].period() == Period{2019, 1});
  CHECK(per[1].number() == 7);
  CHECK(ledger.countries("1.1") == std::vector<std::string>{"BRA", "PER"});
  CHECK(ledger.series("1.2", "PER").empty());
}

TEST_CASE("latest at or before a period, by period end") {
  std::vector<Entry> entries{make("PER", "1.3", {2018, 0}, 1), make("PER", "1.3", {2019, 2}, 0)};
  Ledger ledger(entries);
  CHECK(ledger.latest("1.3", "PER", {2018, 3}) == nullptr);  // the year 2018 ends after Q3
  CHECK(ledger.latest("1.3", "PER", {2018, 4})->number() == 1);
  CHECK(ledger.latest("1.3", "PER", {2019, 2})->number() == 0);
  CHECK(ledger.latest("1.3", "PER", {2025, 0})->number() == 0);
}
