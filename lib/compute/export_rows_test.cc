#include "compute/export_rows.h"

#include <doctest/doctest.h>

#include "testing/makers.h"

using namespace ritrack;

TEST_CASE("exported rows are the values that stand, sorted, filtered by period, country and indicator") {
  EntryList entries{std::vector<Entry>{
      testing::value_entry("PER", "1.1", Period{2019, 3}, 7),
      testing::value_entry("BRA", "1.1", Period{2019, 4}, 5),
      testing::value_entry("PER", "1.1", Period{2019, 3}, 4),  // supersedes the 7
      testing::value_entry("PER", "1.1", Period{2018, 4}, 1),
      testing::value_entry("PER", "1.3", Period{2019, 0}, 1),
  }};
  auto rows = export_rows(entries, {});
  REQUIRE(rows.size() == 4);
  CHECK(rows[0].entry->country == "BRA");
  CHECK(rows[1].entry->period == Period{2018, 4});
  CHECK(rows[2].entry->number == 4);
  CHECK(rows[3].entry->indicator == "1.3");

  ExportFilter within{Period{2019, 1}, Period{2019, 3}, {"PER"}, {"1.1"}, false};
  rows = export_rows(entries, within);
  REQUIRE(rows.size() == 1);
  CHECK(rows[0].entry->number == 4);
  // A year lies within quarters only when all of it does.
  CHECK(export_rows(entries, {Period{2019, 2}, Period{2019, 4}, {}, {"1.3"}, false}).empty());
  CHECK(export_rows(entries, {Period{2019, 1}, Period{2019, 4}, {}, {"1.3"}, false}).size() == 1);
}

TEST_CASE("with history, superseded entries are kept in recording order with their state") {
  EntryList entries{std::vector<Entry>{testing::value_entry("PER", "1.1", Period{2019, 3}, 7),
                                       testing::value_entry("PER", "1.1", Period{2019, 3}, 4)}};
  auto rows = export_rows(entries, {std::nullopt, std::nullopt, {}, {}, true});
  REQUIRE(rows.size() == 2);
  CHECK(rows[0].entry->number == 7);
  CHECK(rows[0].state == HistoryRow::State::superseded);
  CHECK(rows[1].state == HistoryRow::State::stands);
}
