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

}  // namespace

TEST_CASE("held keys give back each entry's key and breakdown, codes interned, numbers narrow or wide") {
  HeldKeys keys;
  auto key = [](std::string_view indicator, Period period, Decimal number, size_t parts) {
    EntryKey k;
    k.country = "PER";
    k.indicator = indicator;
    k.period = period;
    k.number = number;
    k.parts = parts;
    return k;
  };
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
