// Tested through store/journal_cache_test.cc.
// The cache file's layout: the bytes of this machine's integers (the key
// names the binary that wrote them, so no other reads them), strings as a
// length and their bytes, and a hash of everything before it at the end.
// Every read is bounds-checked: a cache file is never trusted to be whole.
#include <algorithm>
#include <cstring>
#include <memory>
#include <optional>
#include <type_traits>
#include <vector>

#include "base/diagnostic_code.h"
#include "base/errors.h"
#include "base/file_system.h"
#include "base/translate.h"
#include "store/held_keys.h"
#include "store/journal_cache.h"
#include "store/open_cache_file.h"

namespace ritrack::detail {

namespace {

constexpr std::string_view kMagic{"ritrack\x05", 8};  // the layout's version is the last byte

class Writer {
 public:
  template <typename T>
  void put(T value) {
    static_assert(std::is_trivially_copyable_v<T>);
    bytes_.append(reinterpret_cast<const char*>(&value), sizeof value);
  }
  void put(std::string_view text) {
    put(static_cast<uint32_t>(text.size()));
    bytes_.append(text);
  }
  void put(const Period& p) {
    put(static_cast<int32_t>(p.year));
    put(static_cast<uint8_t>(p.quarter));
  }
  void put(const Position& p) {
    put(static_cast<int32_t>(p.line));
    put(static_cast<int32_t>(p.column));
  }
  std::string& bytes() { return bytes_; }
  // Reserves a length for what follows, filled in by end_length().
  size_t start_length() {
    put(uint32_t{0});
    return bytes_.size();
  }
  void end_length(size_t start) {
    auto length = static_cast<uint32_t>(bytes_.size() - start);
    std::memcpy(bytes_.data() + start - sizeof length, &length, sizeof length);
  }

 private:
  std::string bytes_;
};

class Reader {
 public:
  explicit Reader(std::string_view bytes) : rest_(bytes) {}
  bool ok() const { return ok_; }
  bool done() const { return ok_ && rest_.empty(); }
  void fail() { ok_ = false; }

  template <typename T>
  T get() {
    static_assert(std::is_trivially_copyable_v<T>);
    T value{};
    if (rest_.size() < sizeof value) {
      ok_ = false;
      return value;
    }
    std::memcpy(&value, rest_.data(), sizeof value);
    rest_.remove_prefix(sizeof value);
    return value;
  }
  std::string_view bytes(uint64_t size) {
    if (rest_.size() < size) {
      ok_ = false;
      return {};
    }
    std::string_view s = rest_.substr(0, size);
    rest_.remove_prefix(size);
    return s;
  }
  std::string text() { return std::string(view()); }
  std::string_view view() { return bytes(get<uint32_t>()); }
  size_t left() const { return rest_.size(); }
  Period period() {
    Period p;
    p.year = get<int32_t>();
    p.quarter = get<uint8_t>();
    if (p.quarter > 4) ok_ = false;
    return p;
  }
  Position position() {
    Position p;
    p.line = get<int32_t>();
    p.column = get<int32_t>();
    return p;
  }
  // A count of things that each take at least `least` bytes, checked against
  // what is left, so that a corrupt count never reserves memory.
  uint32_t count(size_t least) {
    auto n = get<uint32_t>();
    if (n > rest_.size() / least) ok_ = false;
    return ok_ ? n : 0;
  }

 private:
  std::string_view rest_;
  bool ok_ = true;
};

// Each entry after its length in bytes, so that a reader can skip it.
void put_entry(Writer& w, const Entry& e) {
  size_t start = w.start_length();
  w.put(std::string_view(e.country));
  w.put(std::string_view(e.indicator));
  w.put(e.period);
  w.put(static_cast<uint8_t>(e.retraction));
  w.put(e.number.units());
  w.put(std::string_view(e.text));
  w.put(std::string_view(e.currency));
  w.put(std::string_view(e.unit));
  w.put(static_cast<uint32_t>(e.breakdown.size()));
  for (const BreakdownPart& p : e.breakdown) {
    w.put(std::string_view(p.dimension));
    w.put(std::string_view(p.category));
    w.put(p.value.units());
  }
  w.put(std::string_view(e.item));
  w.put(std::string_view(e.partners));
  w.put(static_cast<uint8_t>(e.ends.has_value()));
  w.put(e.ends.value_or(Period{}));
  w.put(std::string_view(e.source));
  w.put(std::string_view(e.note));
  w.put(std::string_view(e.recorded));
  w.put(std::string_view(e.by));
  w.put(e.pos);
  w.end_length(start);
}

Entry get_entry(Reader& whole, const std::shared_ptr<const std::string>& file) {
  Reader r(whole.bytes(whole.get<uint32_t>()));
  if (!whole.ok()) r.fail();
  Entry e;
  e.country = r.text();
  e.indicator = r.text();
  e.period = r.period();
  e.retraction = r.get<uint8_t>() != 0;
  e.number = Decimal::from_units(r.get<Int128>());
  e.text = r.text();
  e.currency = r.text();
  e.unit = r.text();
  uint32_t parts = r.count(24);
  e.breakdown.reserve(parts);
  for (uint32_t i = 0; i < parts; ++i) {
    BreakdownPart p;
    p.dimension = r.text();
    p.category = r.text();
    p.value = Decimal::from_units(r.get<Int128>());
    e.breakdown.push_back(std::move(p));
  }
  e.item = r.text();
  e.partners = r.text();
  bool ends = r.get<uint8_t>() != 0;
  Period end = r.period();
  if (ends) e.ends = end;
  e.source = r.text();
  e.note = r.text();
  e.recorded = r.text();
  e.by = r.text();
  e.pos = r.position();
  e.file = file;
  if (!r.done()) whole.fail();
  return e;
}

void skip_entry(Reader& r) { r.bytes(r.get<uint32_t>()); }

// The key of the entry `r` reads (put_entry's fields up to its item),
// each part of its breakdown given to `part` as it is passed.
template <typename Part>
EntryKey read_key(Reader& r, Part part) {
  EntryKey key;
  key.country = r.view();
  key.indicator = r.view();
  key.period = r.period();
  r.get<uint8_t>();  // retraction
  key.number = Decimal::from_units(r.get<Int128>());
  r.view();  // text
  key.currency = r.view();
  key.unit = r.view();
  key.parts = r.count(24);
  for (size_t i = 0; i < key.parts && r.ok(); ++i) {
    std::string_view dimension = r.view(), category = r.view();
    part(dimension, category, Decimal::from_units(r.get<Int128>()));
  }
  key.item = r.view();
  return key;
}
EntryKey read_key(Reader& r) {
  return read_key(r, [](std::string_view, std::string_view, const Decimal&) {});
}

// An entry's key, its bytes checked as get_entry reads them (nullopt where
// it would fail), without decoding it; each part of its breakdown is given
// to `part` as it is passed (read_key).
template <typename Part>
std::optional<EntryKey> peek_entry(Reader& whole, Part part) {
  Reader r(whole.bytes(whole.get<uint32_t>()));
  if (!whole.ok()) return std::nullopt;
  EntryKey key = read_key(r, part);
  r.view();          // partners
  r.get<uint8_t>();  // ends
  r.period();
  for (int text = 0; text < 4; ++text) r.view();  // source, note, recorded, by
  r.position();
  if (!r.done()) return std::nullopt;
  return key;
}
std::optional<EntryKey> peek_entry(Reader& whole) {
  return peek_entry(whole, [](std::string_view, std::string_view, const Decimal&) {});
}

// An entry's bytes (its length included), checked when one is read back alone.
uint32_t entry_hash(std::string_view bytes) { return static_cast<uint32_t>(hash_bytes(bytes)); }

// Walks `count` entries laid out in `encoded`, giving each one of
// `standing` (ascending indices) to `take` (which reads it whole) and
// skipping the others; false when they do not read so, or `take` refuses one.
template <typename Take>
bool for_each_standing(std::string_view encoded, size_t count, const std::vector<uint32_t>& standing, Take take) {
  Reader e(encoded);
  auto next = standing.begin();
  for (size_t i = 0; i < count && e.ok(); ++i) {
    if (next != standing.end() && *next == i) {
      if (!take(e)) return false;
      ++next;
    } else {
      skip_entry(e);
    }
  }
  return e.done() && next == standing.end();
}

// The keys of `entries`' standing ones, laid out as the cache file keeps
// them: their count, where each is, its length and hash, then the keys
// (HeldKeys::write). Empty when they cannot be held so (too many codes).
std::string standing_keys_bytes(std::string_view entries, size_t count, const std::vector<uint32_t>& standing) {
  HeldKeys keys;
  std::vector<uint32_t> where, lengths, hashes;
  std::vector<HeldKeys::Part> parts;
  auto take = [&](Reader& e) {
    size_t start = entries.size() - e.left();
    parts.clear();
    auto key = peek_entry(e, [&](std::string_view dimension, std::string_view category, const Decimal& value) {
      parts.push_back({dimension, category, value});
    });
    size_t end = entries.size() - e.left();
    if (!key || !keys.add(*key, parts) || end > UINT32_MAX) return false;
    where.push_back(static_cast<uint32_t>(start));
    lengths.push_back(static_cast<uint32_t>(end - start));
    hashes.push_back(entry_hash(entries.substr(start, end - start)));
    return true;
  };
  if (!for_each_standing(entries, count, standing, take)) return {};
  Writer w;
  w.put(static_cast<uint32_t>(where.size()));
  for (const auto* list : {&where, &lengths, &hashes})
    if (!list->empty()) w.bytes().append(reinterpret_cast<const char*>(list->data()), list->size() * sizeof(uint32_t));
  keys.write(w.bytes());
  return std::move(w.bytes());
}

// The keys standing_keys_bytes laid out, for `standing` entries in
// `entries` bytes; nullopt unless they are exactly that.
std::shared_ptr<const StandingKeys> read_standing_keys(std::string_view bytes, size_t standing, uint64_t entries) {
  Reader r(bytes);
  if (r.get<uint32_t>() != standing || !r.ok()) return nullptr;
  auto keys = std::make_shared<StandingKeys>();
  for (auto* list : {&keys->where, &keys->lengths, &keys->hashes}) {
    std::string_view b = r.bytes(standing * sizeof(uint32_t));
    if (!r.ok()) return nullptr;
    list->resize(standing);
    if (standing > 0) std::memcpy(list->data(), b.data(), b.size());
  }
  for (size_t i = 0; i < standing; ++i)
    if (keys->lengths[i] < sizeof(uint32_t) || uint64_t{keys->where[i]} + keys->lengths[i] > entries) return nullptr;
  std::optional<HeldKeys> held = HeldKeys::read(r.bytes(r.left()));
  if (!held || held->size() != standing) return nullptr;
  keys->keys = std::move(*held);
  return keys;
}

// Entries held as bytes laid out by put_entry: the cache file's, or their own.
class HeldEntries final : public EncodedEntries {
 public:
  HeldEntries(std::string bytes, std::vector<size_t> offsets, std::shared_ptr<const std::string> file)
      : EncodedEntries(offsets.size(), std::move(file)), bytes_(std::move(bytes)), offsets_(std::move(offsets)) {}
  EntryKey key(size_t i) const override {
    Reader r = body(i);
    return read_key(r);
  }
  void add_breakdown(size_t i, std::vector<BreakdownPart>& sum) const override {
    Reader r = body(i);
    size_t at = 0;
    read_key(r, [&](std::string_view dimension, std::string_view category, const Decimal& value) {
      add_part(sum, dimension, category, value, at++);
    });
  }

 protected:
  Entry decode(size_t i) const override {
    Reader r(std::string_view(bytes_).substr(offsets_[i]));
    return get_entry(r, file());
  }

 private:
  // Entry `i`'s fields, after its length (checked when taken: peek_entry).
  Reader body(size_t i) const { return Reader(std::string_view(bytes_).substr(offsets_[i] + sizeof(uint32_t))); }

  std::string bytes_;
  std::vector<size_t> offsets_;  // where each entry's length is
};

// Entries of which only the keys are held (StandingKeys, from the cache
// file): the rest (their texts, mostly) is read back from the file, kept
// open, when one is decoded.
class ReadBackEntries final : public EncodedEntries {
 public:
  // `entries_at`: where the entries start in `open`'s file.
  ReadBackEntries(std::shared_ptr<const StandingKeys> keys, uint64_t entries_at,
                  std::shared_ptr<const std::string> file, std::shared_ptr<const OpenCacheFile> open)
      : EncodedEntries(keys->keys.size(), std::move(file)),
        keys_(std::move(keys)),
        entries_at_(entries_at),
        open_(std::move(open)) {}
  EntryKey key(size_t i) const override { return keys_->keys.key(i); }
  void add_breakdown(size_t i, std::vector<BreakdownPart>& sum) const override {
    size_t at = 0;
    keys_->keys.for_each_part(i, [&](std::string_view dimension, std::string_view category, const Decimal& value) {
      add_part(sum, dimension, category, value, at++);
    });
  }

 protected:
  // Its bytes must hash as they did when written, and decode to the key
  // held: else the file was damaged since (or written into by another
  // program), and the run starts again without it (CacheDamaged).
  Entry decode(size_t i) const override {
    if (std::optional<std::string> bytes = open_->read(entries_at_ + keys_->where[i], keys_->lengths[i]);
        bytes && entry_hash(*bytes) == keys_->hashes[i]) {
      Reader r(*bytes);
      Entry e = get_entry(r, file());
      if (r.done() && has_key(e, i)) return e;
    }
    open_->discard();
    throw CacheDamaged(trf("{} changed while ritrack read it; run the command again", open_->path()), open_->path());
  }

 private:
  bool has_key(const Entry& e, size_t i) const {
    EntryKey k = keys_->keys.key(i);
    if (e.country != k.country || e.indicator != k.indicator || e.item != k.item || e.unit != k.unit ||
        e.currency != k.currency || !(e.period == k.period) || !(e.number == k.number) || e.breakdown.size() != k.parts)
      return false;
    size_t p = 0;
    bool same = true;
    keys_->keys.for_each_part(i, [&](std::string_view dimension, std::string_view category, const Decimal& value) {
      const BreakdownPart& b = e.breakdown[p++];
      same = same && b.dimension == dimension && b.category == category && b.value == value;
    });
    return same;
  }

  std::shared_ptr<const StandingKeys> keys_;
  uint64_t entries_at_;
  std::shared_ptr<const OpenCacheFile> open_;
};

void put_diagnostic(Writer& w, const Diagnostic& d) {
  w.put(d.pos);
  w.put(static_cast<int32_t>(d.length));
  w.put(static_cast<uint8_t>(d.severity));
  w.put(static_cast<uint32_t>(d.code));
  w.put(std::string_view(d.message));
  w.put(std::string_view(d.hint));
}

Diagnostic get_diagnostic(Reader& r, const std::string& file) {
  Diagnostic d;
  d.file = file;
  d.pos = r.position();
  d.length = r.get<int32_t>();
  auto severity = r.get<uint8_t>();
  auto code = r.get<uint32_t>();
  if (severity > static_cast<uint8_t>(Severity::warning) || code >= kDiagnosticCodes.size()) {
    r.fail();
    return d;
  }
  d.severity = static_cast<Severity>(severity);
  d.code = static_cast<DiagnosticCode>(code);
  d.message = r.text();
  d.hint = r.text();
  return d;
}

}  // namespace

// The layout: magic, key, the lengths of the header and of the keys that
// follow it, the header's fields, its hash; the standing entries' keys
// (their hash is in the header); then the entries, and their hash. A
// caller that needs only the journal's end and problems (check) reads the
// header alone; a report, the header and the keys.
std::string encode_journal(const CachedJournal& j, uint64_t key) {
  Writer entries;
  entries.bytes().reserve(j.encoded.size() + j.entries.size() * 256);
  prefault(entries.bytes().data(), entries.bytes().capacity());
  entries.bytes().append(j.encoded);
  for (const Entry& e : j.entries) put_entry(entries, e);
  size_t count = j.encoded_count + j.entries.size();
  std::string keys = j.standing ? standing_keys_bytes(entries.bytes(), count, *j.standing) : std::string();
  Writer w;
  w.bytes().append(kMagic);
  w.put(key);
  w.put(uint64_t{0});  // the header's length, filled in below
  w.put(static_cast<uint64_t>(keys.size()));
  w.put(j.stamp);
  w.put(j.read_ns);
  w.put(j.text_hash);
  w.put(j.prefix_hash);
  w.put(static_cast<uint64_t>(j.end.items));
  w.put(static_cast<uint64_t>(j.end.marker_offset));
  w.put(static_cast<int32_t>(j.end.marker_line));
  w.put(static_cast<uint8_t>(j.end.appendable));
  w.put(static_cast<uint32_t>(j.diagnostics.size()));
  for (const Diagnostic& d : j.diagnostics) put_diagnostic(w, d);
  w.put(static_cast<uint8_t>(j.folded.has_value()));
  if (j.folded) {
    w.put(static_cast<uint32_t>(j.folded->size()));
    for (const Diagnostic& d : *j.folded) put_diagnostic(w, d);
  }
  w.put(static_cast<uint8_t>(j.standing.has_value()));
  if (j.standing) {
    w.put(static_cast<uint32_t>(j.standing->size()));
    for (uint32_t i : *j.standing) w.put(i);
  }
  w.put(static_cast<uint32_t>(count));
  w.put(static_cast<uint64_t>(entries.bytes().size()));
  w.put(hash_bytes(keys));
  uint64_t header_length = w.bytes().size();
  std::memcpy(w.bytes().data() + kMagic.size() + sizeof key, &header_length, sizeof header_length);
  w.put(hash_bytes(w.bytes()));
  w.bytes().reserve(w.bytes().size() + keys.size() + entries.bytes().size() + sizeof(uint64_t));
  prefault(w.bytes().data(), w.bytes().capacity());
  w.bytes().append(keys);
  w.bytes().append(entries.bytes());
  w.put(hash_bytes(entries.bytes()));
  return std::move(w.bytes());
}

namespace {

// The lengths at the start of a cache file: its header's, and its keys'.
constexpr size_t kFixed = kMagic.size() + 3 * sizeof(uint64_t);
static_assert(kFixed <= kCacheFileStart);

uint64_t length_at(std::string_view start, size_t at) {
  uint64_t length = 0;
  std::memcpy(&length, start.data() + at, sizeof length);
  return length;
}

}  // namespace

size_t cache_header_length(std::string_view start) {
  if (start.size() < kFixed || start.substr(0, kMagic.size()) != kMagic) return 0;
  uint64_t length = length_at(start, kMagic.size() + sizeof(uint64_t));
  if (length < kFixed || length > kMaxFileBytes) return 0;
  return length + sizeof(uint64_t);
}

size_t cache_keys_end(std::string_view start) {
  size_t header = cache_header_length(start);
  uint64_t keys = header == 0 ? 0 : length_at(start, kMagic.size() + 2 * sizeof(uint64_t));
  return header == 0 || keys > kMaxFileBytes ? 0 : header + keys;
}

namespace {

// How much of a cache file a decode is given (and must be given exactly).
enum class Part { header, keys, whole };

std::optional<CachedJournal> decode(std::string file_bytes, uint64_t key, const std::string& file, Part part) {
  auto held = std::make_shared<const std::string>(std::move(file_bytes));
  std::string_view bytes = *held;
  size_t header = cache_header_length(bytes);  // with its hash
  size_t keys_end = cache_keys_end(bytes);
  if (header == 0 || keys_end == 0 || header > bytes.size()) return {};
  std::string_view body = bytes.substr(0, header - sizeof(uint64_t));
  uint64_t sum = 0;
  std::memcpy(&sum, bytes.data() + body.size(), sizeof sum);
  if (sum != hash_bytes(body)) return {};
  Reader r(body.substr(kMagic.size()));
  if (r.get<uint64_t>() != key) return {};
  r.get<uint64_t>();  // the header's length
  r.get<uint64_t>();  // the keys'
  CachedJournal j;
  j.stamp = r.get<FileStamp>();
  j.read_ns = r.get<long long>();
  j.text_hash = r.get<uint64_t>();
  j.prefix_hash = r.get<uint64_t>();
  j.end.items = r.get<uint64_t>();
  j.end.marker_offset = r.get<uint64_t>();
  j.end.marker_line = r.get<int32_t>();
  j.end.appendable = r.get<uint8_t>() != 0;
  uint32_t diagnostics = r.count(25);
  j.diagnostics.reserve(diagnostics);
  for (uint32_t i = 0; i < diagnostics && r.ok(); ++i) j.diagnostics.push_back(get_diagnostic(r, file));
  if (r.get<uint8_t>() != 0) {
    uint32_t folded = r.count(25);
    j.folded.emplace().reserve(folded);
    for (uint32_t i = 0; i < folded && r.ok(); ++i) j.folded->push_back(get_diagnostic(r, file));
  }
  if (r.get<uint8_t>() != 0) {
    uint32_t standing = r.count(sizeof(uint32_t));
    j.standing.emplace().reserve(standing);
    for (uint32_t i = 0; i < standing && r.ok(); ++i) j.standing->push_back(r.get<uint32_t>());
  }
  j.encoded_count = r.get<uint32_t>();
  uint64_t entries = r.get<uint64_t>();
  uint64_t keys_hash = r.get<uint64_t>();
  if (!r.done() || j.encoded_count > entries / 64) return {};
  // Indices that could not be the journal's, ascending: a corrupt list is a miss.
  if (j.standing && (!std::is_sorted(j.standing->begin(), j.standing->end()) ||
                     std::adjacent_find(j.standing->begin(), j.standing->end()) != j.standing->end() ||
                     (!j.standing->empty() && j.standing->back() >= j.encoded_count)))
    return {};
  j.entries_at = keys_end;
  if (part == Part::header) {
    if (bytes.size() != header) return {};
    j.entries_unread = true;
    return j;
  }
  // Keys are written only with the list of the entries that stand.
  if (keys_end > header && (!j.standing || keys_end > bytes.size())) return {};
  std::string_view keys = bytes.substr(header, keys_end - header);
  if (hash_bytes(keys) != keys_hash) return {};
  if (!keys.empty() && !(j.standing_keys = read_standing_keys(keys, j.standing->size(), entries))) return {};
  if (part == Part::keys) {
    if (bytes.size() != keys_end) return {};
    j.entries_unread = true;
    return j;
  }
  std::string_view rest = bytes.substr(keys_end);
  if (rest.size() != entries + sizeof(uint64_t)) return {};
  j.encoded = rest.substr(0, entries);
  std::memcpy(&sum, rest.data() + entries, sizeof sum);
  if (sum != hash_bytes(j.encoded)) return {};
  j.file_bytes = std::move(held);
  return j;
}

}  // namespace

std::optional<CachedJournal> decode_journal(std::string file_bytes, uint64_t key, const std::string& file,
                                            bool with_entries) {
  std::optional<CachedJournal> j = decode(std::move(file_bytes), key, file, Part::whole);
  if (j && with_entries && !decode_entries(*j, file)) return {};
  return j;
}

std::optional<CachedJournal> decode_journal_header(std::string bytes, uint64_t key, const std::string& file) {
  return decode(std::move(bytes), key, file, Part::header);
}

std::optional<CachedJournal> decode_journal_keys(std::string bytes, uint64_t key, const std::string& file) {
  return decode(std::move(bytes), key, file, Part::keys);
}

bool decode_entries(CachedJournal& j, const std::string& file) {
  Reader e(j.encoded);
  auto shared_file = std::make_shared<const std::string>(file);
  j.entries.reserve(j.entries.size() + j.encoded_count);
  for (uint32_t i = 0; i < j.encoded_count && e.ok(); ++i) j.entries.push_back(get_entry(e, shared_file));
  if (!e.done()) return false;
  j.encoded_count = 0;
  j.encoded = {};
  j.file_bytes.reset();
  j.open_file.reset();
  j.standing_keys.reset();
  return true;
}

// Walks `j`'s encoded entries, giving each one that stands to `take`.
template <typename Take>
bool for_each_standing(const CachedJournal& j, Take take) {
  return for_each_standing(j.encoded, j.encoded_count, *j.standing, take);
}

std::optional<std::vector<Entry>> standing_of(const CachedJournal& j, const std::string& file) {
  if (!j.standing || !j.entries.empty()) return std::nullopt;
  auto shared_file = std::make_shared<const std::string>(file);
  std::vector<Entry> entries;
  entries.reserve(j.standing->size());
  auto take = [&](Reader& e) {
    entries.push_back(get_entry(e, shared_file));
    return true;
  };
  if (!for_each_standing(j, take)) return std::nullopt;
  return entries;
}

bool decode_standing(CachedJournal& j, const std::string& file) {
  auto entries = standing_of(j, file);
  if (!entries) return false;
  j.entries = std::move(*entries);
  j.encoded = {};  // encoded_count stays: the journal's entries, of which these stand
  j.file_bytes.reset();
  j.open_file.reset();
  j.standing_keys.reset();
  j.standing_only = true;
  return true;
}

std::shared_ptr<const EncodedEntries> encoded_standing(const CachedJournal& j, const std::string& file) {
  if (!j.standing || j.standing_only) return nullptr;
  auto shared_file = std::make_shared<const std::string>(file);
  std::vector<size_t> offsets;
  offsets.reserve(j.standing->size());
  if (j.encoded_count == 0) {  // decoded: encoded anew
    Writer w;
    for (uint32_t i : *j.standing) {
      if (i >= j.entries.size()) return nullptr;
      offsets.push_back(w.bytes().size());
      put_entry(w, j.entries[i]);
    }
    w.bytes().shrink_to_fit();  // held until the program ends: no room to grow
    return std::make_shared<HeldEntries>(std::move(w.bytes()), std::move(offsets), std::move(shared_file));
  }
  if (!j.entries.empty()) return nullptr;
  if (j.standing_keys && j.open_file)
    return std::make_shared<ReadBackEntries>(j.standing_keys, j.entries_at, std::move(shared_file), j.open_file);
  // Only their bytes are kept: the others, and the rest of the cache file,
  // are let go. Measured first, so that they are copied once, into a string
  // of their size.
  std::vector<size_t> ends;  // of each, in j.encoded, as offsets holds their starts there
  ends.reserve(j.standing->size());
  size_t total = 0;
  auto take = [&](Reader& e) {
    offsets.push_back(j.encoded.size() - e.left());
    if (!peek_entry(e)) return false;
    ends.push_back(j.encoded.size() - e.left());
    total += ends.back() - offsets.back();
    return true;
  };
  if (!for_each_standing(j, take)) return nullptr;
  std::string bytes;
  bytes.reserve(total);
  for (size_t k = 0; k < offsets.size(); ++k) {
    bytes.append(j.encoded.substr(offsets[k], ends[k] - offsets[k]));
    offsets[k] = bytes.size() - (ends[k] - offsets[k]);
  }
  return std::make_shared<HeldEntries>(std::move(bytes), std::move(offsets), std::move(shared_file));
}

}  // namespace ritrack::detail
