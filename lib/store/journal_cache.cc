#include "store/journal_cache.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <atomic>
#include <cstring>
#include <ctime>
#include <filesystem>
#include <functional>
#include <span>

#include <fmt/format.h>

#include "model/standing.h"
#include "store/atomic_write.h"
#include "store/dataset.h"
#include "store/journal_format.h"
#include "store/open_cache_file.h"
#include "yaml/yaml_tree_codec.h"

namespace ritrack {

uint64_t hash_bytes(std::string_view bytes) { return std::hash<std::string_view>{}(bytes); }

uint64_t combine_keys(uint64_t a, uint64_t b) { return a ^ (b + 0x9e3779b97f4a7c15ULL + (a << 6) + (a >> 2)); }

namespace {

long long now_ns() {
  timespec t{};
  ::clock_gettime(CLOCK_REALTIME, &t);
  return static_cast<long long>(t.tv_sec) * 1'000'000'000 + t.tv_nsec;
}

constexpr long long kRacyNs = std::chrono::nanoseconds(kRacyWindow).count();

// The binary that runs: a rebuilt or reinstalled program changes it, so
// that no cache written by another version (other rules, other layout) is read.
std::optional<uint64_t> program_identity() {
  static const std::optional<uint64_t> identity = []() -> std::optional<uint64_t> {
    struct stat st;
    if (::stat("/proc/self/exe", &st) != 0) return std::nullopt;
    uint64_t id = combine_keys(st.st_dev, st.st_ino);
    id = combine_keys(id, static_cast<uint64_t>(st.st_size));
    id = combine_keys(id, static_cast<uint64_t>(st.st_mtim.tv_sec) * 1'000'000'000 + st.st_mtim.tv_nsec);
    return id;
  }();
  return identity;
}

bool inside(const std::filesystem::path& path, const std::filesystem::path& dir) {
  auto [end, _] = std::mismatch(dir.begin(), dir.end(), path.begin(), path.end());
  return end == dir.end();
}

// Written whole or not at all: a temporary file renamed to the cache file's
// name. No fsync: a cache file torn by a crash fails its hash and is a miss.
// The old file is removed first: a rename over it makes ext4 flush the new
// one's data at once (auto_da_alloc, 1.5 ms per megabyte here), and a
// reader that finds no file in between has a miss, never an error. With
// `keep_open`, the file written is kept open (null if it could not be).
std::shared_ptr<const detail::OpenCacheFile> write_cache_file(const std::string& folder, const std::string& file,
                                                              const std::string& bytes, bool keep_open) {
  static std::atomic<unsigned> serial{0};
  std::error_code ec;
  std::filesystem::create_directories(folder, ec);
  std::string temp = fmt::format("{}.tmp.{}.{}", file, ::getpid(), serial.fetch_add(1));
  int fd = ::open(temp.c_str(), O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0600);
  if (fd < 0) return nullptr;
  bool written = write_all(fd, bytes);
  ::unlink(file.c_str());
  if (!written || ::rename(temp.c_str(), file.c_str()) != 0) {
    ::unlink(temp.c_str());
    written = false;
  }
  if (!written || !keep_open) {
    ::close(fd);
    return nullptr;
  }
  return detail::OpenCacheFile::keep(fd, file);
}

std::string cache_name(std::string_view code) { return fmt::format("{}.journal", code); }

// A cache file's bytes and, with `keep_open`, the file kept open (null if
// it could not be). Read as a data file is: no link followed, nothing but a
// regular file (a FIFO put in its place must not hang the run).
struct CacheFileRead {
  std::string bytes;
  std::shared_ptr<const detail::OpenCacheFile> open;
};

// How much of a cache file is read: its header (check), its header and the
// standing entries' keys (a report), or all of it.
enum class CachePart { header, keys, whole };

std::optional<CacheFileRead> read_cache_file(const std::string& path, bool keep_open, CachePart part) {
  struct stat st;
  if (::lstat(path.c_str(), &st) != 0 || !S_ISREG(st.st_mode)) return std::nullopt;  // no device is ever opened
  int fd = ::open(path.c_str(), O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC);
  if (fd < 0) return std::nullopt;
  std::optional<std::string> bytes;
  if (::fstat(fd, &st) == 0 && S_ISREG(st.st_mode) && static_cast<size_t>(st.st_size) <= kMaxFileBytes) {
    auto size = static_cast<size_t>(st.st_size);
    if (part == CachePart::whole) {
      bytes = detail::read_all(fd, size, nullptr);
    } else {
      auto read_to = [&](std::string& into, size_t length) {  // into's first `length` bytes of the file
        size_t from = into.size();
        into.resize(length);
        return detail::read_at(fd, into.data() + from, length - from, from);
      };
      std::string start;
      size_t length = 0;
      if (read_to(start, std::min(size, detail::kCacheFileStart)) &&
          (length = part == CachePart::header ? detail::cache_header_length(start) : detail::cache_keys_end(start)) !=
              0 &&
          length <= size && read_to(start, length))
        bytes = std::move(start);
    }
  }
  if (!bytes || !keep_open) {
    ::close(fd);
    return bytes ? std::optional<CacheFileRead>(CacheFileRead{std::move(*bytes), nullptr}) : std::nullopt;
  }
  return CacheFileRead{std::move(*bytes), detail::OpenCacheFile::keep(fd, path)};
}

}  // namespace

std::optional<JournalCache> JournalCache::open(const std::string& root, const std::string& data_dir, uint64_t key) {
  if (root.empty() || root.front() != '/') return std::nullopt;
  auto program = program_identity();
  if (!program) return std::nullopt;
  std::error_code ec;
  std::filesystem::path data = std::filesystem::weakly_canonical(std::filesystem::absolute(data_dir, ec), ec);
  if (ec) return std::nullopt;
  std::filesystem::path folder = std::filesystem::weakly_canonical(root, ec);
  if (ec || inside(folder, data)) return std::nullopt;  // never inside the data
  std::string name = fmt::format("{:016x}", hash_bytes(data.native()));
  return JournalCache((folder / name).native(), combine_keys(key, *program));
}

std::string JournalCache::file_for(std::string_view code) const { return folder_ + "/" + cache_name(code); }

namespace {

// A model file's tree: magic, key, the tree (yaml/yaml_tree_codec.h), a hash of all before it.
constexpr std::string_view kTreeMagic{"ritree\x01\n", 8};

std::string tree_file(const std::string& folder, std::string_view name) {
  return fmt::format("{}/{}.tree", folder, name);
}

}  // namespace

std::optional<YamlNode> JournalCache::read_tree(std::string_view name) const {
  auto file = read_cache_file(tree_file(folder_, name), false, CachePart::whole);
  if (!file) return std::nullopt;
  std::string_view bytes = file->bytes;
  constexpr size_t kFixed = kTreeMagic.size() + 2 * sizeof(uint64_t);
  uint64_t key = 0, sum = 0;
  if (bytes.size() < kFixed || bytes.substr(0, kTreeMagic.size()) != kTreeMagic) return std::nullopt;
  std::memcpy(&key, bytes.data() + kTreeMagic.size(), sizeof key);
  std::memcpy(&sum, bytes.data() + bytes.size() - sizeof sum, sizeof sum);
  std::string_view body = bytes.substr(0, bytes.size() - sizeof sum);
  if (key != key_ || sum != hash_bytes(body)) return std::nullopt;
  return decode_tree(body.substr(kTreeMagic.size() + sizeof key));
}

void JournalCache::write_tree(std::string_view name, const YamlNode& root) const {
  std::string bytes(kTreeMagic);
  bytes.append(reinterpret_cast<const char*>(&key_), sizeof key_);
  encode_tree(root, bytes);
  uint64_t sum = hash_bytes(bytes);
  bytes.append(reinterpret_cast<const char*>(&sum), sizeof sum);
  write_cache_file(folder_, tree_file(folder_, name), bytes, false);
}

namespace {

// A whole read of `text`, its result kept for the cache.
detail::CachedJournal read_whole(std::string_view text, const std::string& file, const JournalContext& context) {
  detail::CachedJournal j;
  DiagnosticSink sink(file, j.diagnostics);
  j.entries.reserve(entries_to_expect(text));
  read_journal(
      text, context, sink, [&](Entry&& e) { j.entries.push_back(std::move(e)); }, &j.end);
  return j;
}

// What complete() did to a cached journal.
enum class Completed {
  failed,     // its entries do not decode: a miss
  unchanged,  // as stored (entries decoded do not count: the cache holds them either way)
  changed,    // it gained what the cache should keep: store it again
};

// Gives `j` what `wants` asks that it lacks: its entries decoded, the
// fold's findings, which of its entries stand.
Completed complete(detail::CachedJournal& j, const JournalWants& wants, const JournalContext& context,
                   const std::string& file) {
  bool fold = wants.fold && !j.folded;
  bool standing = (wants.keep == Keep::standing || wants.keep == Keep::standing_encoded) && !j.standing;
  if (!fold && !standing && j.encoded_count > 0 && j.entries.empty()) {  // the others stay undecoded
    if (wants.keep == Keep::standing)
      return detail::decode_standing(j, file) ? Completed::unchanged : Completed::failed;
    if (wants.keep == Keep::standing_encoded) {
      j.held_standing = detail::encoded_standing(j, file);
      return j.held_standing ? Completed::unchanged : Completed::failed;
    }
  }
  if ((wants.keep != Keep::none || fold) && j.encoded_count > 0 && !detail::decode_entries(j, file))
    return Completed::failed;
  if (fold) {
    j.folded = (*wants.fold)(context.model, j.entries, file);
  }
  if (standing) {
    std::vector<uint32_t>& indices = j.standing.emplace();
    for (const Entry* e : standing_entries(j.entries)) indices.push_back(static_cast<uint32_t>(e - j.entries.data()));
  }
  return fold || standing ? Completed::changed : Completed::unchanged;
}

// Which entries stand once `tail` follows the journal's, worked out from
// those that stood before and the tail alone: the latest entry of a subject
// decides it, so the entries those superseded need not be read. Nullopt when
// the journal did not know, or its entries do not decode.
std::optional<std::vector<uint32_t>> standing_after(const detail::CachedJournal& j, std::span<const Entry> tail,
                                                    const std::string& file) {
  if (!j.standing) return std::nullopt;
  std::vector<Entry> decoded;
  std::span<const Entry> before = j.entries;  // every entry, when decoded; else those that stood
  if (j.encoded_count > 0) {
    auto stood = detail::standing_of(j, file);
    if (!stood) return std::nullopt;
    decoded = std::move(*stood);
    before = decoded;
  }
  const std::span<const Entry> parts[]{before, tail};
  auto old_count = static_cast<uint32_t>(j.encoded_count + j.entries.size());
  std::less<const Entry*> below;
  std::vector<uint32_t> indices;
  for (const Entry* e : standing_entries(parts)) {
    if (below(e, tail.data()) || !below(e, tail.data() + tail.size())) {
      auto k = static_cast<uint32_t>(e - before.data());
      indices.push_back(j.encoded_count > 0 ? (*j.standing)[k] : k);
    } else {
      indices.push_back(old_count + static_cast<uint32_t>(e - tail.data()));
    }
  }
  return indices;
}

// `written`: the cache file just written for `j`, kept open, if there is one.
JournalRead result_of(detail::CachedJournal&& j, const JournalWants& wants, const std::string& file,
                      const detail::CachedJournal* written = nullptr) {
  size_t count = j.standing_only ? j.encoded_count : j.entries.size() + j.encoded_count;
  JournalRead r{{}, std::move(j.diagnostics), true, j.end, count, {}, {}};
  if (wants.keep == Keep::all || j.standing_only) {
    r.entries = std::move(j.entries);
  } else if (wants.keep == Keep::standing) {
    r.entries.reserve(j.standing->size());
    for (uint32_t i : *j.standing) r.entries.push_back(std::move(j.entries[i]));
  } else if (wants.keep == Keep::standing_encoded) {
    // Taken from the file just written when it is kept open, so that their
    // texts are read back from it. Else its entries are decoded (complete),
    // and encoding them anew cannot fail.
    r.encoded = std::move(j.held_standing);
    if (!r.encoded && written) r.encoded = detail::encoded_standing(*written, file);
    if (!r.encoded) r.encoded = detail::encoded_standing(j, file);
  }
  if (wants.fold && j.folded) {
    r.folded = std::move(*j.folded);
    for (Diagnostic& d : r.folded) d.file = file;
  }
  return r;
}

}  // namespace

JournalRead JournalCache::read(const FileSystem& fs, const std::string& dir, const JournalContext& context,
                               const JournalWants& wants) const {
  std::string relative = journal_file(context.code);
  std::string path = data_path(dir, relative);
  long long started = now_ns();  // before the stamp: the racy rule compares with it
  std::optional<FileStamp> stamp = fs.stamp_in(dir, relative);
  if (!stamp) return read_journal_file(fs, dir, context, nullptr, wants);
  std::string cache_file = file_for(context.code);
  // A report's entries keep only their keys in memory, their texts read
  // back from the cache file when shown: the file stays open.
  bool keep_open = wants.keep == Keep::standing_encoded;
  auto read_cached = [&](CachePart part) -> std::optional<detail::CachedJournal> {
    auto file = read_cache_file(cache_file, keep_open, part);
    if (!file) return std::nullopt;
    auto j = part == CachePart::header ? detail::decode_journal_header(std::move(file->bytes), key_, path)
             : part == CachePart::keys ? detail::decode_journal_keys(std::move(file->bytes), key_, path)
                                       : detail::decode_journal(std::move(file->bytes), key_, path, false);
    if (j) j->open_file = std::move(file->open);
    return j;
  };
  // Modified so shortly before it was read that it may have changed since
  // within the same timestamp: its stamp alone does not vouch for its bytes.
  auto racy = [](const FileStamp& s, long long read_ns) { return s.modified_ns + kRacyNs > read_ns; };
  // A caller that keeps no entry (check) reads only the header, a report
  // the header and the keys of the entries that stand, unless the journal
  // changed or the fold it wants is not cached: then it needs the entries.
  // So does a report when the file has no keys, or cannot be kept open.
  std::optional<detail::CachedJournal> cached = read_cached(wants.keep == Keep::none ? CachePart::header
                                                            : keep_open              ? CachePart::keys
                                                                                     : CachePart::whole);
  if (cached && cached->entries_unread &&
      (cached->stamp != *stamp || racy(cached->stamp, cached->read_ns) || (wants.fold && !cached->folded) ||
       (keep_open && (!cached->standing_keys || !cached->open_file))))
    cached = read_cached(CachePart::whole);
  std::optional<detail::CachedJournal> written;  // the last file written, when kept open
  auto write = [&](const detail::CachedJournal& j) {
    if (j.entries_unread) return;  // never: only a warm read that needs no entry reads the header alone
    std::string bytes = detail::encode_journal(j, key_);
    written.reset();
    if (auto open = write_cache_file(folder_, cache_file, bytes, keep_open)) {
      // Its keys, if it has them, are all a report takes from it.
      size_t keys_end = detail::cache_keys_end(bytes);
      written = detail::decode_journal_keys(bytes.substr(0, keys_end), key_, path);
      if (!written || !written->standing_keys) written = detail::decode_journal(std::move(bytes), key_, path, false);
      if (written) written->open_file = std::move(open);
    }
  };
  auto written_file = [&] { return written ? &*written : nullptr; };
  if (cached && cached->stamp == *stamp && !racy(cached->stamp, cached->read_ns)) {
    if (Completed done = complete(*cached, wants, context, path); done != Completed::failed) {
      if (done == Completed::changed) write(*cached);
      return result_of(std::move(*cached), wants, path, written_file());
    }
    cached.reset();
  }

  JournalRead result;
  auto text = read_data_file(fs, dir, relative, result.diagnostics);
  if (!text) return result;
  // Its bytes hashed in two parts, before its end marker and from there:
  // the first is the prefix hash of a journal read whole (one pass, not two).
  auto marker = find_end_marker(*text);
  std::string_view before_marker = std::string_view(*text).substr(0, marker ? marker->offset : text->size());
  uint64_t before_hash = hash_bytes(before_marker);
  uint64_t text_hash = combine_keys(before_hash, hash_bytes(std::string_view(*text).substr(before_marker.size())));
  auto store = [&](detail::CachedJournal& j) {
    j.stamp = *stamp;
    j.read_ns = started;
    j.text_hash = text_hash;
    size_t prefix = std::min(j.end.marker_offset, text->size());
    j.prefix_hash =
        prefix == before_marker.size() ? before_hash : hash_bytes(std::string_view(*text).substr(0, prefix));
    write(j);
  };
  if (cached && cached->stamp == *stamp && cached->text_hash == text_hash) {
    // No longer racy: trusted from now on. Stored before its entries are
    // decoded, so that their bytes are copied as they are (right after a
    // record, every run comes this way once).
    if (!racy(*stamp, started) && stores_confirmed_) store(*cached);
    if (Completed done = complete(*cached, wants, context, path); done != Completed::failed) {
      if (done == Completed::changed) write(*cached);
      return result_of(std::move(*cached), wants, path, written_file());
    }
  }
  // Grown: longer, its bytes up to the old end marker unchanged (by their
  // hash; ritrack's own appends replace the file, so its inode changes).
  if (cached && cached->end.appendable && stamp->size > cached->stamp.size &&
      cached->end.marker_offset <= text->size() &&
      hash_bytes(std::string_view(*text).substr(0, cached->end.marker_offset)) == cached->prefix_hash) {
    detail::CachedJournal tail;
    DiagnosticSink sink(path, tail.diagnostics);
    if (auto end = read_journal_tail(*text, cached->end, context, sink,
                                     [&](Entry&& e) { tail.entries.push_back(std::move(e)); })) {
      std::optional<std::vector<uint32_t>> standing = standing_after(*cached, tail.entries, path);
      cached->end = *end;
      cached->folded.reset();  // they were about fewer entries
      cached->standing = std::move(standing);
      // The old entries stay encoded, the new ones after them, unless they
      // are wanted (or folded): then they are decoded first, in order.
      bool decoded = !(wants.keep != Keep::none || wants.fold) || cached->encoded_count == 0 ||
                     detail::decode_entries(*cached, path);
      if (decoded) {
        std::move(tail.entries.begin(), tail.entries.end(), std::back_inserter(cached->entries));
        std::move(tail.diagnostics.begin(), tail.diagnostics.end(), std::back_inserter(cached->diagnostics));
        complete(*cached, wants, context, path);  // its entries are decoded: it cannot fail
        store(*cached);
        return result_of(std::move(*cached), wants, path, written_file());
      }
    }
  }
  detail::CachedJournal whole = read_whole(*text, path, context);
  complete(whole, wants, context, path);  // nothing is encoded: it cannot fail
  store(whole);
  return result_of(std::move(whole), wants, path, written_file());
}

JournalRead read_journal_file(const FileSystem& fs, const std::string& dir, const JournalContext& context,
                              const JournalCache* cache, const JournalWants& wants) {
  if (cache) return cache->read(fs, dir, context, wants);
  JournalRead result;
  auto text = read_data_file(fs, dir, journal_file(context.code), result.diagnostics);
  if (!text) return result;
  std::string path = journal_path(dir, context.code);
  detail::CachedJournal whole = read_whole(*text, path, context);
  complete(whole, wants, context, path);
  return result_of(std::move(whole), wants, path);
}

}  // namespace ritrack
