#include "store/held_keys.h"

#include <doctest/doctest.h>
#include <fmt/format.h>

using namespace ritrack;
using detail::HeldKeys;

namespace {

std::string described(const HeldKeys& keys, size_t i) {
  EntryKey k = keys.key(i);
  std::string s = fmt::format("{}|{}|{}|{}|{}|{}|{}|{}", k.country, k.indicator, k.item, k.unit, k.currency,
                              k.period.str(), k.number.str(), k.parts);
  keys.for_each_part(i, [&](std::string_view dimension, std::string_view category, const Decimal& value) {
    s += fmt::format(" {}={}:{}", dimension, category, value.str());
  });
  return s;
}

EntryKey key(std::string_view indicator, Period period, Decimal number, size_t parts) {
  EntryKey k;
  k.country = "PER";
  k.indicator = indicator;
  k.period = period;
  k.number = number;
  k.parts = parts;
  return k;
}

}  // namespace

TEST_CASE("held keys give back each entry's key and breakdown, codes interned, numbers narrow or wide") {
  HeldKeys keys;
  REQUIRE(keys.add(key("1.1", Period{2019, 2}, *Decimal::parse("-12.5"), 0), {}));
  std::vector<HeldKeys::Part> parts{{"sector", "GOB", 3}, {"sector", "EMP", *Decimal::parse("0.25")}};
  REQUIRE(keys.add(key("1.3", Period{2020, 0}, 6, 2), parts));
  EntryKey item = key("2.1", Period{2021, 4}, Decimal::from_units(Int128{1} << 100), 0);
  item.item = "P-1";
  item.unit = "fte";
  item.currency = "USD";
  REQUIRE(keys.add(item, {}));
  keys.done();
  REQUIRE(keys.size() == 3);
  CHECK(described(keys, 0) == "PER|1.1||||2019-Q2|-12.5|0");
  CHECK(described(keys, 1) == "PER|1.3||||2020|6|2 sector=GOB:3 sector=EMP:0.25");
  CHECK(described(keys, 2) ==
        fmt::format("PER|2.1|P-1|fte|USD|2021-Q4|{}|0", Decimal::from_units(Int128{1} << 100).str()));
  CHECK(keys.key(0).country.data() == keys.key(2).country.data());  // one copy of a code
}

TEST_CASE("held keys refuse an entry when the journal has more distinct codes than they can name") {
  HeldKeys keys;
  std::vector<std::string> indicators;
  for (int i = 0; i < 70000; ++i) indicators.push_back(fmt::format("i{}", i));
  size_t added = 0;
  for (const std::string& indicator : indicators) {
    EntryKey k;
    k.country = "PER";
    k.indicator = indicator;
    if (!keys.add(k, {})) break;
    ++added;
  }
  CHECK(added == 65534);  // the empty code and PER are two of them
  CHECK(keys.size() == added);
  CHECK(keys.key(added - 1).indicator == indicators[added - 1]);
}

TEST_CASE("held keys written as bytes read back the same; bytes that are not exactly theirs are refused") {
  HeldKeys keys;
  REQUIRE(keys.add(key("1.1", Period{2019, 2}, *Decimal::parse("-12.5"), 0), {}));
  std::vector<HeldKeys::Part> parts{{"sector", "GOB", 3}, {"sector", "EMP", *Decimal::parse("0.25")}};
  REQUIRE(keys.add(key("1.3", Period{2020, 0}, Decimal::from_units(Int128{1} << 100), 2), parts));
  keys.done();
  std::string bytes;
  keys.write(bytes);
  std::optional<HeldKeys> back = HeldKeys::read(bytes);
  REQUIRE(back);
  REQUIRE(back->size() == 2);
  for (size_t i = 0; i < 2; ++i) CHECK(described(*back, i) == described(keys, i));

  CHECK(HeldKeys::read(std::string()) == std::nullopt);
  for (size_t cut = 0; cut < bytes.size(); ++cut) CHECK_FALSE(HeldKeys::read(bytes.substr(0, cut)));
  CHECK_FALSE(HeldKeys::read(bytes + "x"));
  // Any byte changed reads as other keys or none, never out of bounds (the
  // sanitizers' run would say): a code's number past the codes is refused.
  for (size_t at = 0; at < bytes.size(); ++at) {
    std::string changed = bytes;
    changed[at] = static_cast<char>(0xFF);
    if (auto other = HeldKeys::read(changed))
      for (size_t i = 0; i < other->size(); ++i) described(*other, i);
  }
  std::string unknown_code = bytes;
  size_t record = unknown_code.size() - (16 + 16 + 2 * 20) - (16 + 8);  // the first record: PER's number first
  REQUIRE(unknown_code[record] == 1);
  unknown_code[record] = 9;
  CHECK_FALSE(HeldKeys::read(unknown_code));
}
