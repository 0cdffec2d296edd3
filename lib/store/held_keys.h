// The keys of a journal's standing entries (model/encoded_entries.h's
// EntryKey, with their breakdowns) in a few bytes each, for a report that
// holds a million of them (issue 18): codes are interned, since a journal
// repeats a handful of them (its country, its indicators, a few dimensions),
// and numbers take 8 bytes when they fit.
#pragma once

#include <cstdint>
#include <cstring>
#include <deque>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "model/encoded_entries.h"

namespace ritrack::detail {

class HeldKeys {
 public:
  // A breakdown's part, as read_key gives it.
  struct Part {
    std::string_view dimension, category;
    Decimal value;
  };

  // Adds the key of the next entry and its breakdown (`key.parts` parts);
  // false, and nothing added, when the journal has more distinct codes than
  // the keys can name.
  bool add(const EntryKey& key, const std::vector<Part>& parts);
  // Lets go what only adding needs.
  void done();
  // The keys as bytes (the cache file keeps them beside the entries), and
  // back: nullopt unless `bytes` are exactly keys that write() gave, each
  // record checked, so that reading them later cannot go out of bounds.
  void write(std::string& out) const;
  static std::optional<HeldKeys> read(std::string_view bytes);  // to read from, not to add to

  size_t size() const { return starts_.size(); }
  EntryKey key(size_t i) const;
  // Gives each part of entry `i`'s breakdown to `part(dimension, category, value)`.
  template <typename PartFn>
  void for_each_part(size_t i, PartFn part) const {
    const char* at = record(i);
    uint16_t parts = read<uint16_t>(at + kParts);
    at += kHeader + (at[kWide] ? sizeof(Int128) : sizeof(int64_t));
    for (uint16_t p = 0; p < parts; ++p, at += kPart)
      part(code(read<uint16_t>(at)), code(read<uint16_t>(at + 2)), Decimal::from_units(read<Int128>(at + 4)));
  }

 private:
  // A record: the codes' numbers of country, indicator, item, unit and
  // currency (2 bytes each), year (2), quarter (1), whether the number is
  // wide (1), the count of parts (2); the number (8 bytes, or 16 if wide);
  // then each part: its dimension's and category's numbers and its value.
  static constexpr size_t kYear = 10, kQuarter = 12, kWide = 13, kParts = 14, kHeader = 16;
  static constexpr size_t kPart = 2 + 2 + sizeof(Int128);

  template <typename T>
  static T read(const char* at) {
    T value;
    std::memcpy(&value, at, sizeof value);
    return value;
  }
  const char* record(size_t i) const { return bytes_.data() + starts_[i]; }
  // The bytes of the record at `at`, of the `size` left from there; 0 if it would not fit.
  static size_t record_size(const char* at, size_t size);
  std::string_view code(uint16_t n) const { return codes_[n]; }
  bool intern(std::string_view text, uint16_t& n);

  std::string bytes_;
  std::vector<uint32_t> starts_;
  std::deque<std::string> codes_{""};  // code 0 is the empty string; a deque, so that views of them stay
  std::unordered_map<std::string_view, uint16_t> numbers_;  // while adding
  uint16_t last_[5] = {};                                   // each field's last code, while adding
};

}  // namespace ritrack::detail
