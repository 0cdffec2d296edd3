#include "store/held_keys.h"

#include <cstring>
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

size_t HeldKeys::record_size(const char* at, size_t size) {
  if (size < kHeader) return 0;
  size_t length = kHeader + (at[kWide] ? sizeof(Int128) : sizeof(int64_t)) + read<uint16_t>(at + kParts) * kPart;
  return length <= size ? length : 0;
}

// The codes (but the empty one), each after its length; the records' bytes
// after theirs. Where each record starts is worked out again when read.
void HeldKeys::write(std::string& out) const {
  put(out, static_cast<uint32_t>(codes_.size() - 1));
  for (size_t n = 1; n < codes_.size(); ++n) {
    put(out, static_cast<uint32_t>(codes_[n].size()));
    out += codes_[n];
  }
  put(out, static_cast<uint32_t>(starts_.size()));
  put(out, static_cast<uint64_t>(bytes_.size()));
  out += bytes_;
}

std::optional<HeldKeys> HeldKeys::read(std::string_view bytes) {
  auto take = [&](size_t size) -> std::optional<std::string_view> {
    if (bytes.size() < size) return std::nullopt;
    std::string_view taken = bytes.substr(0, size);
    bytes.remove_prefix(size);
    return taken;
  };
  auto number = [&]<typename T>(T& into) {
    auto b = take(sizeof into);
    if (b) std::memcpy(&into, b->data(), sizeof into);
    return b.has_value();
  };
  HeldKeys keys;
  uint32_t codes = 0, count = 0;
  uint64_t size = 0;
  if (!number(codes) || codes > std::numeric_limits<uint16_t>::max()) return std::nullopt;
  for (uint32_t n = 0; n < codes; ++n) {
    uint32_t length = 0;
    auto text = number(length) ? take(length) : std::nullopt;
    if (!text || text->empty()) return std::nullopt;
    keys.codes_.emplace_back(*text);
  }
  if (!number(count) || !number(size) || size != bytes.size() || size > std::numeric_limits<uint32_t>::max() ||
      count > size / kHeader)
    return std::nullopt;
  keys.bytes_.assign(bytes);
  keys.starts_.reserve(count);
  const char* data = keys.bytes_.data();
  auto known = [&](size_t at) { return read<uint16_t>(data + at) < keys.codes_.size(); };
  for (size_t at = 0; at < size;) {
    size_t length = record_size(data + at, size - at);
    if (length == 0 || static_cast<uint8_t>(data[at + kWide]) > 1 || static_cast<uint8_t>(data[at + kQuarter]) > 4)
      return std::nullopt;
    for (size_t c = 0; c < 5; ++c)
      if (!known(at + 2 * c)) return std::nullopt;
    for (size_t part = at + length - read<uint16_t>(data + at + kParts) * kPart; part < at + length; part += kPart)
      if (!known(part) || !known(part + 2)) return std::nullopt;
    keys.starts_.push_back(static_cast<uint32_t>(at));
    at += length;
  }
  if (keys.starts_.size() != count) return std::nullopt;
  keys.numbers_ = {};
  return keys;
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
