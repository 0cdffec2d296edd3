#include "model/entry_list.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <memory>
#include <string>

#include "model/standing.h"
#include "testing/makers.h"

namespace ritrack {

namespace {

Entry numbered(int n, Period period = {2020, 1}) {
  Entry e;
  e.country = "PER";
  e.indicator = "1.1";
  e.period = period;
  e.number = n;
  return e;
}

std::vector<int> numbers(auto first, auto last) {
  std::vector<int> out;
  for (; first != last; ++first) out.push_back(static_cast<int>(first->number.to_double()));
  return out;
}

}  // namespace

TEST_CASE("entries held part by part read as one list in recording order") {
  EntryList list;
  CHECK(list.empty());
  CHECK(list.begin() == list.end());
  list.add_part({numbered(1), numbered(2)});
  list.add_part({});  // a journal without entries adds nothing
  list.add_part({numbered(3)});
  list.push_back(numbered(4));
  CHECK(list.size() == 4);
  CHECK(numbers(list.begin(), list.end()) == std::vector<int>{1, 2, 3, 4});
  CHECK(numbers(list.rbegin(), list.rend()) == std::vector<int>{4, 3, 2, 1});
  CHECK(list[2].number == 3);
  CHECK(list[3].number == 4);
  CHECK(list.parts().size() == 2);
  CHECK_FALSE(list.all_standing());
  CHECK(std::count_if(list.begin(), list.end(), [](const Entry& e) { return e.number > 1; }) == 3);

  EntryList started;
  started.push_back(numbered(5));
  CHECK(started.size() == 1);
  CHECK(started[0].number == 5);
}

TEST_CASE("a list is known to stand only while every part was added as standing, each from its own journal") {
  auto from = [](std::string journal, Entry e) {
    e.file = std::make_shared<const std::string>(std::move(journal));
    return e;
  };
  EntryList list;
  CHECK(list.all_standing());
  list.add_part({from("values/PER.yaml", numbered(1))}, true);
  list.add_part({from("values/BRA.yaml", numbered(2, {2020, 2}))}, true);
  CHECK(list.all_standing());
  list.push_back(numbered(3));
  CHECK_FALSE(list.all_standing());
  EntryList other;
  other.add_part({from("values/PER.yaml", numbered(1))}, true);
  other.add_part({from("values/BRA.yaml", numbered(2))});
  CHECK_FALSE(other.all_standing());
  EntryList twice;  // a journal added twice: its subjects would span two parts
  twice.add_part({from("values/PER.yaml", numbered(1))}, true);
  twice.add_part({from("values/PER.yaml", numbered(2))}, true);
  CHECK_FALSE(twice.all_standing());
  EntryList unnamed;  // entries of no journal: nothing says where their subjects end
  unnamed.add_part({numbered(1)}, true);
  CHECK_FALSE(unnamed.all_standing());
}

TEST_CASE("what stands is decided across parts, in recording order") {
  EntryList list;
  list.add_part({numbered(1, {2020, 1}), numbered(2, {2020, 2})});
  list.add_part({numbered(3, {2020, 1})});  // corrects the first, from the next part
  std::vector<const Entry*> all;
  for (const Entry& e : list) all.push_back(&e);
  std::vector<const Entry*> standing = standing_entries(all);
  REQUIRE(standing.size() == 2);
  CHECK(standing[0] == &list[1]);
  CHECK(standing[1] == &list[2]);
  const std::span<const Entry> spans[]{list.parts()[0].decoded, list.parts()[1].decoded};
  CHECK(standing_entries(spans) == standing);
}

TEST_CASE("a part held encoded reads as the others, decoded as it is read") {
  EntryList list;
  list.add_part({numbered(1)});
  auto held = std::make_shared<testing::HeldAsEncoded>(std::vector<Entry>{numbered(2), numbered(3)});
  list.add_encoded(held);
  list.add_encoded(nullptr);
  list.push_back(numbered(4));  // after an encoded part: a part of its own
  CHECK(list.size() == 4);
  CHECK(held->decoded == 0);
  CHECK(numbers(list.begin(), list.end()) == std::vector<int>{1, 2, 3, 4});
  CHECK(numbers(list.rbegin(), list.rend()) == std::vector<int>{4, 3, 2, 1});
  CHECK(held->decoded == 2);  // once each
  CHECK(&list[2] == &held->at(1));
  REQUIRE(list.parts().size() == 3);
  CHECK(list.parts()[1].encoded == held.get());
  CHECK(list.parts()[1].decoded.empty());

  EntryList standing;  // an encoded part stands, as its journal's
  standing.add_encoded(held);
  CHECK(standing.all_standing());
  auto again = std::make_shared<testing::HeldAsEncoded>(std::vector<Entry>{numbered(5)});
  standing.add_encoded(again);  // the same journal twice
  CHECK_FALSE(standing.all_standing());
}

}  // namespace ritrack
