#include "compute/ledger.h"

#include <doctest/doctest.h>

#include "testing/makers.h"

#include <optional>

using namespace ritrack;
using namespace ritrack::literals;

using testing::value_entry;

static const Framework kNoFramework;

TEST_CASE("a later entry supersedes, a retraction withdraws") {
  std::vector<Entry> entries{
      value_entry("PER", "1.1", {2019, 2}, 5), value_entry("PER", "1.1", {2019, 1}, 2),
      value_entry("PER", "1.1", {2019, 2}, 7),                                                 // supersedes the 5
      value_entry("PER", "1.1", {2019, 3}, 9), value_entry("PER", "1.1", {2019, 3}, 0, true),  // retracted
      value_entry("BRA", "1.1", {2019, 1}, 4)};
  Ledger ledger(kNoFramework, entries);
  const auto& per = ledger.series("1.1", "PER");
  REQUIRE(per.size() == 2);
  CHECK(per[0].period() == Period{2019, 1});
  CHECK(per[1].number() == 7);
  CHECK(ledger.countries("1.1") == std::vector<std::string>{"BRA", "PER"});
  CHECK(ledger.series("1.2", "PER").empty());
}

TEST_CASE("latest at or before a period, by period end") {
  std::vector<Entry> entries{value_entry("PER", "1.3", {2018, 0}, 1), value_entry("PER", "1.3", {2019, 2}, 0)};
  Ledger ledger(kNoFramework, entries);
  CHECK(ledger.latest("1.3", "PER", {2018, 3}) == nullptr);  // the year 2018 ends after Q3
  CHECK(ledger.latest("1.3", "PER", {2018, 4})->number() == 1);
  CHECK(ledger.latest("1.3", "PER", {2019, 2})->number() == 0);
  CHECK(ledger.latest("1.3", "PER", {2025, 0})->number() == 0);
}

namespace {

Entry item(std::string id, Period start, std::string kind, std::optional<Period> ends = std::nullopt) {
  Entry e = value_entry("PER", "2.2", start);
  e.item = std::move(id);
  e.text = "a partnership";
  e.breakdown = {{"partnership", std::move(kind), 1}};
  e.ends = ends;
  return e;
}

Framework register_framework(Accumulate accumulate) {
  Framework fw;
  fw.dimensions.push_back({"partnership", {}, {{"public_private", {}}, {"multisectoral", {}}}});
  Indicator ind = testing::make_indicator("2.2", Measure::items, Scope::country, Cadence::annual, accumulate);
  ind.breakdown = {"partnership"};
  fw.indicators.push_back(ind);
  return fw;
}

}  // namespace

TEST_CASE("an item register's stock is the items open at each period, counted by type") {
  Framework fw = register_framework(Accumulate::stock);
  std::vector<Entry> entries{item("A", {2019, 0}, "multisectoral"), item("B", {2020, 0}, "public_private"),
                             item("A", {2019, 0}, "public_private", Period{2020, 0}),  // corrected and closed
                             item("C", {2020, 0}, "multisectoral"), value_entry("PER", "2.2", {2020, 0}, 0, true)};
  entries.back().item = "C";  // withdrawn
  Ledger ledger(fw, entries);
  REQUIRE(ledger.items("2.2", "PER").size() == 2);  // A (as corrected) and B
  const auto& series = ledger.series("2.2", "PER");
  REQUIRE(series.size() == 3);  // 2019: A; 2020: A and B; 2021: B (A ended in 2020)
  CHECK(series[0].number() == 1);
  CHECK(series[0].entry().breakdown[0].category == "public_private");  // the correction stands
  CHECK(series[1].number() == 2);
  CHECK(series[1].entry().breakdown.size() == 1);
  CHECK(series[1].entry().breakdown[0].value == 2);
  CHECK(series[2].period() == Period{2021, 0});
  CHECK(series[2].number() == 1);
  REQUIRE(series[2].items() != nullptr);
  CHECK((*series[2].items())[0]->item == "B");
  CHECK(ledger.latest("2.2", "PER", {2030, 0})->number() == 1);
}

TEST_CASE("an item register's flow is the items started in each period") {
  Framework fw = register_framework(Accumulate::flow);
  std::vector<Entry> entries{item("A", {2019, 0}, "multisectoral", Period{2019, 0}),
                             item("B", {2019, 0}, "public_private"), item("C", {2021, 0}, "multisectoral")};
  Ledger ledger(fw, entries);
  const auto& series = ledger.series("2.2", "PER");
  REQUIRE(series.size() == 2);  // no value for 2020: nothing started then (missing, not zero)
  CHECK(series[0].number() == 2);
  // Types in the framework's order of categories, whatever the items' order.
  CHECK(series[0].entry().breakdown[0].category == "public_private");
  CHECK(series[1].period() == Period{2021, 0});
  CHECK(series[1].number() == 1);
}

TEST_CASE("an amount in another currency is converted at its period's rate") {
  Framework fw;
  Indicator ind = testing::make_indicator("1.2", Measure::amount);
  ind.unit = "USD";
  fw.indicators.push_back(ind);
  ExchangeRates rates{{{"EUR", "USD", {2019, 0}, 1.25_dec, "bank"}}};
  Entry eur = value_entry("PER", "1.2", {2019, 0}, 100);
  eur.currency = "EUR";
  eur.breakdown = {{"resource", "financial", 100}};
  Entry no_rate = value_entry("BRA", "1.2", {2020, 0}, 100);
  no_rate.currency = "EUR";
  std::vector<Entry> entries{eur, no_rate};
  Ledger ledger(fw, entries, &rates);
  const auto& per = ledger.series("1.2", "PER");
  REQUIRE(per.size() == 1);
  CHECK(per[0].number() == 125);
  CHECK(per[0].entry().breakdown[0].value == 125);
  CHECK(per[0].rate() == &rates.rates[0]);
  CHECK(ledger.series("1.2", "BRA").empty());  // no rate: not counted (the entry rules refuse it)
  CHECK(*ledger.in_unit(ind, eur) == 125);
  CHECK_FALSE(ledger.in_unit(ind, no_rate));
  CHECK(Ledger(fw, entries).series("1.2", "PER").empty());  // without rates, nothing is converted
}

TEST_CASE("resources in their own unit are series of their own, beside the money") {
  Framework fw;
  std::vector<Entry> entries{value_entry("PER", "1.2", {2019, 0}, 50000), value_entry("PER", "1.2", {2019, 0}, 3),
                             value_entry("PER", "1.2", {2019, 0}, 1.5)};
  entries[1].unit = "persons";
  entries[2].unit = "fte";
  Ledger ledger(fw, entries);
  CHECK(ledger.series("1.2", "PER").size() == 1);  // the money; staff do not supersede it
  CHECK(ledger.series(Ledger::own_unit_series("1.2", "persons"), "PER")[0].number() == 3);
  CHECK(ledger.series(Ledger::own_unit_series("1.2", "fte"), "PER")[0].number() == 1.5_dec);
  Indicator ind = testing::make_indicator("1.2", Measure::amount);
  CHECK_FALSE(ledger.in_unit(ind, entries[1]));  // never judged against the money
}

TEST_CASE("a ledger over entries held encoded decodes only those a report reads, and gives what decoded ones give") {
  Framework fw;
  Indicator ind = testing::make_indicator("1.2", Measure::amount);
  ind.unit = "USD";
  fw.indicators.push_back(ind);
  ExchangeRates rates{{{"EUR", "USD", {2022, 0}, 1.25_dec, "bank"}}};
  std::vector<Entry> entries{value_entry("PER", "1.2", {2019, 0}, 40), value_entry("PER", "1.2", {2020, 0}, 60),
                             value_entry("PER", "1.2", {2021, 0}, 8), value_entry("PER", "1.2", {2022, 0}, 100)};
  entries[1].breakdown = {{"resource", "financial", 50}, {"resource", "technical", 10}};
  entries[2].unit = "persons";  // a series of its own: decoded
  entries[3].currency = "EUR";  // converted: decoded
  auto held = std::make_shared<testing::HeldAsEncoded>(entries);
  EntryList list;
  list.add_encoded(held);
  REQUIRE(list.all_standing());
  Ledger ledger(fw, list, &rates);
  CHECK(held->decoded == 2);  // the unit's and the currency's
  const auto& per = ledger.series("1.2", "PER");
  REQUIRE(per.size() == 3);
  CHECK(per[0].number() == 40);
  CHECK(per[1].period() == Period{2020, 0});
  std::vector<BreakdownPart> sum;
  per[1].add_breakdown(sum);
  per[1].add_breakdown(sum);
  REQUIRE(sum.size() == 2);
  CHECK(sum[1].value == 20);
  CHECK(per[2].number() == 125);
  CHECK(held->decoded == 2);  // numbers, periods and breakdowns are read without decoding
  CHECK(per[1].entry().breakdown.size() == 2);
  CHECK(&per[1].entry() == &per[1].entry());  // decoded once, kept
  CHECK(held->decoded == 3);
  CHECK(*per[1].entry().file == "values/PER.yaml");
  CHECK(ledger.series(Ledger::own_unit_series("1.2", "persons"), "PER")[0].number() == 8);

  Ledger decoded(fw, entries, &rates);
  const auto& same = decoded.series("1.2", "PER");
  REQUIRE(same.size() == per.size());
  for (size_t i = 0; i < same.size(); ++i) {
    CHECK(same[i].period() == per[i].period());
    CHECK(same[i].number() == per[i].number());
    CHECK(same[i].entry().breakdown.size() == per[i].entry().breakdown.size());
  }
}
