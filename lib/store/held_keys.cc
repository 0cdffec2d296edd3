#include "store/held_keys.h"

#include <limits>

namespace ritrack::detail {

namespace {

template <typename T>
void put(std::string& bytes, T value) {
  bytes.append(reinterpret_cast<const char*>(&value), sizeof value);
}

}  // namespace

bool HeldKeys::intern(std::string_view text, uint16_t& n) {
  if (text.empty()) {
    n = 0;
    return true;
  }
  if (auto it = numbers_.find(text); it != numbers_.end()) {
    n = it->second;
    return true;
  }
  if (codes_.size() > std::numeric_limits<uint16_t>::max()) return false;
  n = static_cast<uint16_t>(codes_.size());
  numbers_.emplace(codes_.emplace_back(text), n);
  return true;
}

bool HeldKeys::add(const EntryKey& key, const std::vector<Part>& parts) {
  uint16_t codes[5];
  const std::string_view texts[5]{key.country, key.indicator, key.item, key.unit, key.currency};
  for (int k = 0; k < 5; ++k) {
    if (codes_[last_[k]] == texts[k]) {  // a journal's country, mostly
      codes[k] = last_[k];
      continue;
    }
    if (!intern(texts[k], codes[k])) return false;
    last_[k] = codes[k];
  }
  std::vector<uint16_t> part_codes(2 * parts.size());
  for (size_t p = 0; p < parts.size(); ++p)
    if (!intern(parts[p].dimension, part_codes[2 * p]) || !intern(parts[p].category, part_codes[2 * p + 1]))
      return false;
  if (parts.size() > std::numeric_limits<uint16_t>::max() || bytes_.size() > std::numeric_limits<uint32_t>::max())
    return false;
  starts_.push_back(static_cast<uint32_t>(bytes_.size()));
  for (uint16_t c : codes) put(bytes_, c);
  put(bytes_, static_cast<int16_t>(key.period.year));  // four digits (base/period.h)
  put(bytes_, static_cast<uint8_t>(key.period.quarter));
  Int128 units = key.number.units();
  bool wide = units < std::numeric_limits<int64_t>::min() || units > std::numeric_limits<int64_t>::max();
  put(bytes_, static_cast<uint8_t>(wide));
  put(bytes_, static_cast<uint16_t>(parts.size()));
  if (wide)
    put(bytes_, units);
  else
    put(bytes_, static_cast<int64_t>(units));
  for (size_t p = 0; p < parts.size(); ++p) {
    put(bytes_, part_codes[2 * p]);
    put(bytes_, part_codes[2 * p + 1]);
    put(bytes_, parts[p].value.units());
  }
  return true;
}

void HeldKeys::done() {
  numbers_ = {};
  bytes_.shrink_to_fit();
  starts_.shrink_to_fit();
}

EntryKey HeldKeys::key(size_t i) const {
  const char* at = record(i);
  EntryKey key;
  key.country = code(read<uint16_t>(at));
  key.indicator = code(read<uint16_t>(at + 2));
  key.item = code(read<uint16_t>(at + 4));
  key.unit = code(read<uint16_t>(at + 6));
  key.currency = code(read<uint16_t>(at + 8));
  key.period = Period{read<int16_t>(at + kYear), static_cast<uint8_t>(at[kQuarter])};
  key.parts = read<uint16_t>(at + kParts);
  key.number = Decimal::from_units(at[kWide] ? read<Int128>(at + kHeader) : Int128{read<int64_t>(at + kHeader)});
  return key;
}

}  // namespace ritrack::detail
