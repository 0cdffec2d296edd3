#include "model/standing.h"

#include <doctest/doctest.h>

namespace ritrack {

namespace {

Entry value(std::string country, std::string indicator, Period period, int number, std::string item = "") {
  Entry e;
  e.country = std::move(country);
  e.indicator = std::move(indicator);
  e.period = period;
  e.number = number;
  e.item = std::move(item);
  return e;
}

Entry retraction(Entry e) {
  e.retraction = true;
  return e;
}

}  // namespace

TEST_CASE("the latest entry per subject stands, in recording order; a retraction leaves nothing") {
  std::vector<Entry> entries{value("PER", "1.1", {2020, 1}, 1),
                             value("PER", "1.1", {2020, 2}, 2),
                             value("PER", "1.1", {2020, 1}, 3),  // corrects the first
                             value("PER", "1.3", {2020, 1}, 4),
                             retraction(value("PER", "1.1", {2020, 2}, 0)),
                             value("PER", "2.1", {2019, 0}, 5, "P-1"),
                             value("PER", "2.1", {2020, 0}, 6, "P-1")};  // an item moved: its own subject
  auto standing = standing_entries(entries);
  REQUIRE(standing.size() == 3);
  CHECK(standing[0] == &entries[2]);
  CHECK(standing[1] == &entries[3]);
  CHECK(standing[2] == &entries[6]);
}

TEST_CASE("resources in their own unit stand beside the money of the same period") {
  Entry staff = value("PER", "1.2", {2020, 1}, 7);
  staff.unit = "fte";
  std::vector<Entry> entries{value("PER", "1.2", {2020, 1}, 100), staff};
  CHECK(standing_entries(entries).size() == 2);
}

}  // namespace ritrack
