#include "store/journal_cache.h"

#include <doctest/doctest.h>
#include <fmt/format.h>
#include <sys/stat.h>
#include <unistd.h>

#include <chrono>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <thread>

#include "store/journal_format.h"
#include "testing/makers.h"

using namespace ritrack;

namespace {

// Journals in memory whose stamps the test sets, and a count of their reads.
class StampedFiles : public MemoryFileSystem {
 public:
  std::optional<std::string> read_in(const std::string& root, const std::string& relative,
                                     std::string* why) const override {
    ++reads;
    return MemoryFileSystem::read_in(root, relative, why);
  }
  std::optional<FileStamp> stamp_in(const std::string&, const std::string&) const override { return stamp; }
  FileStamp stamp;
  mutable int reads = 0;
};

long long ns_ago(std::chrono::nanoseconds ago) {
  return std::chrono::duration_cast<std::chrono::nanoseconds>(
             (std::chrono::system_clock::now() - ago).time_since_epoch())
      .count();
}

std::string entry_for(int year, const char* value = "yes") {
  return fmt::format(
      "  - indicator: \"1.1\"\n    period: {}\n    value: {}\n    source: s\n    recorded: 2026-01-01T00:00:00Z\n"
      "    by: t\n",
      year, value);
}

const std::string kJournal =
    "country: PER\nentries:\n" + entry_for(2019) + entry_for(2020, "maybe") + "# ritrack: end of journal, 2 entries\n";

// 2019 recorded, 2020 recorded, 2019 corrected: the first no longer stands.
const std::string kCorrected = "country: PER\nentries:\n" + entry_for(2019) + entry_for(2020) + entry_for(2019, "no") +
                               "# ritrack: end of journal, 3 entries\n";

struct CacheCase {
  Model model = testing::small_model();
  JournalContext ctx{model, Period{2026, 4}, "PER"};
  std::string root = [] {
    std::string dir = (std::filesystem::temp_directory_path() / "ritrack-cache-test-XXXXXX").string();
    REQUIRE(::mkdtemp(dir.data()));
    return dir;
  }();
  std::string data = "/nowhere/data";
  StampedFiles files;
  JournalCache cache = *JournalCache::open(root, data, 42);

  CacheCase() { write(kJournal, FileStamp{1, 7, kJournal.size(), ns_ago(std::chrono::hours(1)), 0}); }
  ~CacheCase() { std::filesystem::remove_all(root); }
  void write(const std::string& text, FileStamp stamp) {
    files.add(data + "/values/PER.yaml", text);
    files.stamp = stamp;
  }
  JournalRead through_cache() { return cache.read(files, data, ctx); }
  JournalRead without_cache() { return read_journal_file(files, data, ctx, nullptr); }
};

// What a read found, to compare reads.
std::string summary(const JournalRead& r) {
  std::string s;
  for (const Entry& e : r.entries)
    s += fmt::format("{} {} {} {} {}:{} {}\n", e.indicator, e.period.str(), e.number.str(), e.source, e.pos.line,
                     e.pos.column, *e.file);
  for (const Diagnostic& d : r.diagnostics)
    s += fmt::format("{}:{}:{} {} {} | {}\n", d.file, d.pos.line, d.pos.column, code_name(d.code), d.message, d.hint);
  return s;
}

// The periods and numbers of a read's entries, in order.
std::string years(const JournalRead& r) {
  std::string s;
  for (const Entry& e : r.entries) s += fmt::format("{}={} ", e.period.str(), e.number.str());
  return s;
}

// The same of a read that left them encoded, and its entries decoded.
std::string years_encoded(const JournalRead& r) {
  if (!r.encoded) return "none";
  JournalRead decoded;
  for (size_t i = 0; i < r.encoded->size(); ++i) {
    EntryKey key = r.encoded->key(i);
    const Entry& e = r.encoded->at(i);
    CHECK(key.period == e.period);
    CHECK(key.number == e.number);
    CHECK(key.indicator == e.indicator);
    decoded.entries.push_back(e);
  }
  return years(decoded);
}

// The cache file's inode: a file stored again is a new one (renamed over it).
ino_t inode_of(const std::string& file) {
  struct stat st {};
  REQUIRE(::stat(file.c_str(), &st) == 0);
  return st.st_ino;
}

}  // namespace

TEST_CASE("a journal read through the cache is what reading its file finds, and the second read reads no file") {
  CacheCase c;
  std::string plain = summary(c.without_cache());
  CHECK(plain.find("bad-value") != std::string::npos);  // its problems are cached with it
  c.files.reads = 0;
  CHECK(summary(c.through_cache()) == plain);
  CHECK(c.files.reads == 1);
  CHECK(std::filesystem::exists(c.cache.file_for("PER")));
  CHECK(summary(c.through_cache()) == plain);
  CHECK(c.files.reads == 1);  // trusted by its stamp
}

TEST_CASE("a journal changed within the timestamp's granularity is caught by its content (git's racy rule)") {
  CacheCase c;
  FileStamp just_now{1, 7, kJournal.size(), ns_ago(std::chrono::seconds(0)), 0};
  c.write(kJournal, just_now);
  c.through_cache();
  // Edited again in the same instant: same size, same stamp, other bytes.
  std::string edited = kJournal;
  edited.replace(edited.find("2019"), 4, "2018");
  c.write(edited, just_now);
  JournalRead r = c.through_cache();
  REQUIRE(r.entries.size() == 1);
  CHECK(r.entries[0].period.year == 2018);
  // So is an edit of its end marker, whose bytes are hashed apart from those before it.
  std::string recounted = edited;
  recounted.replace(recounted.rfind("2 entries"), 1, "3");
  c.write(recounted, just_now);
  CHECK(summary(c.through_cache()).find("journal-count") != std::string::npos);
  // Not racy, the same edit would go unseen: the stamp alone vouches for the bytes.
  FileStamp long_ago{1, 7, kJournal.size(), ns_ago(std::chrono::hours(1)), 0};
  c.write(kJournal, long_ago);
  c.through_cache();
  c.write(edited, long_ago);
  CHECK(c.through_cache().entries[0].period.year == 2019);
}

TEST_CASE("a journal replaced, or rewritten, is read again") {
  CacheCase c;
  c.through_cache();
  std::string other = kJournal;
  other.replace(other.find("2019"), 4, "2017");
  FileStamp swapped = c.files.stamp;
  swapped.inode = 8;  // renamed over it: same size and times, another file
  c.write(other, swapped);
  CHECK(c.through_cache().entries[0].period.year == 2017);
  FileStamp touched = swapped;
  touched.changed_ns = 5;
  c.write(kJournal, touched);
  CHECK(c.through_cache().entries[0].period.year == 2019);
}

TEST_CASE("a journal that grew has only its new bytes read, with the same result as a whole read") {
  CacheCase c;
  c.through_cache();
  std::string grown = append_entries(kJournal, entry_for(2021) + entry_for(2022, "no"), 4);
  FileStamp stamp = c.files.stamp;
  stamp.size = grown.size();
  stamp.modified_ns += 1;
  c.write(grown, stamp);
  std::string plain = summary(c.without_cache());
  CHECK(summary(c.through_cache()) == plain);
  CHECK(summary(c.through_cache()) == plain);  // and stored so
  // Bytes before the old end changed: a whole read.
  std::string rewritten = grown;
  rewritten.replace(rewritten.find("2019"), 4, "2016");
  stamp.size += 1;  // (grown again, as far as the stamp tells)
  c.write(rewritten, stamp);
  CHECK(summary(c.through_cache()) == summary(c.without_cache()));
  CHECK(c.through_cache().entries[0].period.year == 2016);
}

TEST_CASE("a corrupt, truncated or foreign cache file is a miss, never an error") {
  CacheCase c;
  std::string plain = summary(c.without_cache());
  c.through_cache();
  std::string file = c.cache.file_for("PER");
  std::string bytes;
  {
    std::ifstream in(file, std::ios::binary);
    bytes.assign(std::istreambuf_iterator<char>(in), {});
  }
  auto overwrite = [&](const std::string& with) {
    std::ofstream(file, std::ios::binary | std::ios::trunc) << with;
    CHECK(summary(c.through_cache()) == plain);
  };
  for (size_t cut : {size_t{0}, size_t{5}, bytes.size() / 2, bytes.size() - 1}) overwrite(bytes.substr(0, cut));
  for (size_t at : {size_t{3}, size_t{20}, bytes.size() / 2, bytes.size() - 3}) {
    std::string flipped = bytes;
    flipped[at] = static_cast<char>(flipped[at] ^ 0x20);
    overwrite(flipped);
  }
  overwrite("not a cache at all");
  // A link or a FIFO in its place is not followed, nor waited on.
  std::filesystem::remove(file);
  std::filesystem::create_symlink(c.root + "/elsewhere", file);
  CHECK(summary(c.through_cache()) == plain);
  std::filesystem::remove(file);
  REQUIRE(::mkfifo(file.c_str(), 0600) == 0);
  CHECK(summary(c.through_cache()) == plain);
  std::filesystem::remove(file);
  // Another data directory's cache, or another model's, is never read.
  JournalCache other = *JournalCache::open(c.root, c.data, 43);
  CHECK(other.file_for("PER") == c.cache.file_for("PER"));
  c.files.reads = 0;
  other.read(c.files, c.data, c.ctx);
  CHECK(c.files.reads == 1);
}

TEST_CASE("a cache file holds a journal's entries and problems exactly, and every byte is checked") {
  CacheCase c;
  JournalRead read = c.without_cache();
  detail::CachedJournal j;
  j.stamp = FileStamp{1, 2, 3, 4, 5};
  j.read_ns = 6;
  j.end = JournalEnd{2, 100, 9, true};
  j.entries = read.entries;
  j.entries[0].breakdown = {{"sector", "GOB", Decimal(3)}};
  j.entries[0].ends = Period{2021, 2};
  j.entries[0].note = "¿Cuántos? «ñandú»";
  j.diagnostics = read.diagnostics;
  std::string bytes = detail::encode_journal(j, 7);
  auto back = detail::decode_journal(bytes, 7, *read.entries[0].file);
  REQUIRE(back);
  CHECK(back->stamp == j.stamp);
  CHECK(back->end.marker_line == 9);
  CHECK(back->entries[0].breakdown[0].value == Decimal(3));
  CHECK(back->entries[0].ends == Period{2021, 2});
  CHECK(back->entries[0].note == j.entries[0].note);
  CHECK(summary({back->entries, back->diagnostics, true, {}, 0, {}, {}}) ==
        summary({j.entries, j.diagnostics, true, {}, 0, {}, {}}));
  CHECK_FALSE(detail::decode_journal(bytes, 8, "PER.yaml"));  // another key: another model, language or program
  for (size_t cut = 0; cut < bytes.size(); ++cut) CHECK_FALSE(detail::decode_journal(bytes.substr(0, cut), 7, "x"));
  for (size_t at = 0; at < bytes.size(); ++at) {
    std::string flipped = bytes;
    flipped[at] = static_cast<char>(flipped[at] ^ 1);
    CHECK_FALSE(detail::decode_journal(flipped, 7, "x"));
  }
}

TEST_CASE("the cache is never inside the data directory") {
  CHECK_FALSE(JournalCache::open("/srv/data/.cache", "/srv/data", 1));
  CHECK_FALSE(JournalCache::open("/srv/data", "/srv/data", 1));
  CHECK_FALSE(JournalCache::open("relative/cache", "/srv/data", 1));
  CHECK_FALSE(JournalCache::open("", "/srv/data", 1));
  CHECK(JournalCache::open("/srv/cache", "/srv/data", 1));
  CHECK(JournalCache::open("/srv/data-cache", "/srv/data", 1));  // a sibling, not inside
}

TEST_CASE("a refresh brings the cache up to date without decoding the entries it holds") {
  CacheCase c;
  std::string plain = summary(c.without_cache());
  JournalRead refreshed = c.cache.refresh(c.files, c.data, c.ctx);
  CHECK(refreshed.entries.empty());
  CHECK(refreshed.end.appendable);
  CHECK(refreshed.diagnostics.size() == 1);
  CHECK(summary(c.through_cache()) == plain);
  // Grown, refreshed (the old entries stay encoded), then read whole from the cache.
  std::string grown = append_entries(kJournal, entry_for(2021), 3);
  FileStamp stamp = c.files.stamp;
  stamp.size = grown.size();
  c.write(grown, stamp);
  CHECK(c.cache.refresh(c.files, c.data, c.ctx).end.items == 3);
  c.files.reads = 0;
  std::string now = summary(c.without_cache());
  CHECK(summary(c.through_cache()) == now);
  CHECK(c.files.reads == 1);  // only the read without the cache
}

TEST_CASE("a fold's findings are cached with the journal: a later read that wants only them decodes no entry") {
  CacheCase c;
  int folds = 0;
  size_t folded_over = 0;
  JournalFold fold = [&](const Model&, const std::vector<Entry>& entries, const std::string& file) {
    ++folds;
    folded_over = entries.size();
    Diagnostics found;
    DiagnosticSink(file, found).warning(entries.back().pos, 1, Problem{DiagnosticCode::implausible_value, "far", ""});
    return found;
  };
  JournalWants only_findings{Keep::none, &fold};
  JournalRead first = c.cache.read(c.files, c.data, c.ctx, only_findings);
  CHECK(first.entries.empty());
  CHECK(first.entry_count == 1);  // the other entry is refused (bad-value)
  CHECK(folds == 1);
  REQUIRE(first.folded.size() == 1);
  CHECK(first.folded[0].file == "/nowhere/data/values/PER.yaml");
  CHECK(first.folded[0].pos.line == 3);
  // From the cache: no journal read, no fold run, the same findings at the same place.
  c.files.reads = 0;
  JournalRead second = c.cache.read(c.files, c.data, c.ctx, only_findings);
  CHECK(c.files.reads == 0);
  CHECK(folds == 1);
  REQUIRE(second.folded.size() == 1);
  CHECK(second.folded[0].file == first.folded[0].file);
  CHECK(second.folded[0].pos.line == 3);
  CHECK(second.entry_count == 1);
  // A read that keeps no fold gives none; the findings stay cached.
  CHECK(c.through_cache().folded.empty());
  c.cache.read(c.files, c.data, c.ctx, only_findings);
  CHECK(folds == 1);
  // Grown: the findings were about fewer entries and are found again over all of them.
  std::string grown = append_entries(kJournal, entry_for(2021), 3);
  FileStamp stamp = c.files.stamp;
  stamp.size = grown.size();
  c.write(grown, stamp);
  c.cache.refresh(c.files, c.data, c.ctx);
  JournalRead after = c.cache.read(c.files, c.data, c.ctx, only_findings);
  CHECK(folds == 2);
  CHECK(folded_over == 2);
  CHECK(after.entry_count == 2);
  // Without a cache, the same.
  JournalRead plain = read_journal_file(c.files, c.data, c.ctx, nullptr, only_findings);
  CHECK(folds == 3);
  CHECK(plain.entries.empty());
  CHECK(plain.entry_count == 2);
  CHECK(plain.folded.size() == 1);
}

TEST_CASE("a cache written while its journal was racy is confirmed by content once, then trusted by its stamp") {
  CacheCase c;
  std::string plain = summary(c.without_cache());
  // Modified just inside the window when first read (as right after a record)...
  FileStamp stamp{1, 7, kJournal.size(), ns_ago(kRacyWindow - std::chrono::seconds(1)), 0};
  c.write(kJournal, stamp);
  CHECK(summary(c.through_cache()) == plain);
  // ...and outside it at the next read: its bytes confirm the cache, which
  // is stored again before its entries are decoded; the entries come whole.
  std::this_thread::sleep_for(std::chrono::milliseconds(1200));
  c.files.reads = 0;
  CHECK(summary(c.through_cache()) == plain);
  CHECK(c.files.reads == 1);
  // From now on the stamp vouches for the file.
  CHECK(summary(c.through_cache()) == plain);
  CHECK(c.files.reads == 1);
}

TEST_CASE("a report's read keeps the entries that stand; warm, it decodes only those, and a growth is seen") {
  CacheCase c;
  const std::string& text = kCorrected;
  c.write(text, FileStamp{1, 7, text.size(), ns_ago(std::chrono::hours(1)), 0});
  JournalWants standing{Keep::standing, nullptr};
  JournalRead plain = read_journal_file(c.files, c.data, c.ctx, nullptr, standing);
  CHECK(years(plain) == "2020=1 2019=0 ");
  CHECK(plain.entry_count == 3);
  JournalRead cold = c.cache.read(c.files, c.data, c.ctx, standing);
  CHECK(years(cold) == years(plain));
  c.files.reads = 0;
  JournalRead warm = c.cache.read(c.files, c.data, c.ctx, standing);
  CHECK(c.files.reads == 0);
  CHECK(years(warm) == years(plain));
  CHECK(warm.entry_count == 3);
  CHECK(summary(warm) == summary(plain));
  // Every entry, from the same cache, is still every entry.
  CHECK(c.through_cache().entries.size() == 3);
  // Grown by a retraction of 2020: what stands is worked out again.
  std::string grown = append_entries(
      text,
      "  - indicator: \"1.1\"\n    period: 2020\n    retract: wrong\n    recorded: 2026-01-02T00:00:00Z\n    by: t\n",
      4);
  FileStamp stamp = c.files.stamp;
  stamp.size = grown.size();
  c.write(grown, stamp);
  CHECK(years(c.cache.read(c.files, c.data, c.ctx, standing)) == "2019=0 ");
  CHECK(years(c.cache.read(c.files, c.data, c.ctx, standing)) == "2019=0 ");
  CHECK(years(read_journal_file(c.files, c.data, c.ctx, nullptr, standing)) == "2019=0 ");
}

TEST_CASE("an append keeps the list of the entries that stand, from those that stood and the new ones") {
  CacheCase c;
  const std::string& text = kCorrected;
  c.write(text, FileStamp{1, 7, text.size(), ns_ago(std::chrono::hours(1)), 0});
  JournalWants standing{Keep::standing, nullptr};
  CHECK(years(c.cache.read(c.files, c.data, c.ctx, standing)) == "2020=1 2019=0 ");
  // Appended as a record appends (2020 corrected, 2021 new), then the cache
  // brought up to date without the entries, as a record does.
  std::string grown = append_entries(text, entry_for(2020, "no") + entry_for(2021), 5);
  FileStamp stamp = c.files.stamp;
  stamp.size = grown.size();
  c.write(grown, stamp);
  c.cache.refresh(c.files, c.data, c.ctx);
  ino_t stored = inode_of(c.cache.file_for("PER"));
  c.files.reads = 0;
  JournalRead warm = c.cache.read(c.files, c.data, c.ctx, standing);
  CHECK(c.files.reads == 0);
  CHECK(years(warm) == "2019=0 2020=0 2021=1 ");
  CHECK(years(warm) == years(read_journal_file(c.files, c.data, c.ctx, nullptr, standing)));
  CHECK(warm.entry_count == 5);
  // The list came with the cache: nothing was worked out, so nothing stored again.
  CHECK(inode_of(c.cache.file_for("PER")) == stored);
}

TEST_CASE("before an append, a cache confirmed by content is not stored again; what is read whole or worked out is") {
  CacheCase c;
  std::string plain = summary(c.without_cache());
  JournalCache before_append = c.cache.before_append();
  // Modified just inside the window when first read (as right after a record).
  c.write(kJournal, FileStamp{1, 7, kJournal.size(), ns_ago(kRacyWindow - std::chrono::seconds(1)), 0});
  CHECK(summary(before_append.read(c.files, c.data, c.ctx)) == plain);
  REQUIRE(std::filesystem::exists(c.cache.file_for("PER")));  // read whole: stored, for the append
  ino_t stored = inode_of(c.cache.file_for("PER"));
  // Outside the window: confirmed by its bytes, and not stored (the append will).
  std::this_thread::sleep_for(std::chrono::milliseconds(1200));
  c.files.reads = 0;
  CHECK(summary(before_append.read(c.files, c.data, c.ctx)) == plain);
  CHECK(c.files.reads == 1);
  CHECK(inode_of(c.cache.file_for("PER")) == stored);
  // Which entries stand, worked out, is stored: an append keeps that list.
  JournalRead standing = before_append.read(c.files, c.data, c.ctx, JournalWants{Keep::standing, nullptr});
  CHECK(years(standing) == "2019=1 ");
  CHECK(inode_of(c.cache.file_for("PER")) != stored);
}

TEST_CASE("a report's read may leave the entries that stand encoded: cold, warm and grown, the same entries") {
  CacheCase c;
  const std::string& text = kCorrected;
  c.write(text, FileStamp{1, 7, text.size(), ns_ago(std::chrono::hours(1)), 0});
  JournalWants encoded{Keep::standing_encoded, nullptr};
  JournalRead plain = read_journal_file(c.files, c.data, c.ctx, nullptr, encoded);
  CHECK(plain.entries.empty());
  CHECK(years_encoded(plain) == "2020=1 2019=0 ");
  CHECK(plain.entry_count == 3);
  CHECK(years_encoded(c.cache.read(c.files, c.data, c.ctx, encoded)) == "2020=1 2019=0 ");
  c.files.reads = 0;
  JournalRead warm = c.cache.read(c.files, c.data, c.ctx, encoded);
  CHECK(c.files.reads == 0);
  CHECK(warm.entry_count == 3);
  CHECK(years_encoded(warm) == "2020=1 2019=0 ");
  CHECK(*warm.encoded->at(0).file == *plain.encoded->at(0).file);
  CHECK(summary(warm) == summary(plain));  // the problems
  std::string grown = append_entries(text, entry_for(2021), 4);
  FileStamp stamp = c.files.stamp;
  stamp.size = grown.size();
  c.write(grown, stamp);
  CHECK(years_encoded(c.cache.read(c.files, c.data, c.ctx, encoded)) == "2020=1 2019=0 2021=1 ");
  CHECK(years_encoded(c.cache.read(c.files, c.data, c.ctx, encoded)) == "2020=1 2019=0 2021=1 ");
}

TEST_CASE("entries left encoded are each checked whole when taken: one that would not decode is a miss") {
  CacheCase c;
  JournalWants encoded{Keep::standing_encoded, nullptr};
  std::string plain = years_encoded(read_journal_file(c.files, c.data, c.ctx, nullptr, encoded));
  REQUIRE(years_encoded(c.cache.read(c.files, c.data, c.ctx, encoded)) == plain);
  auto bytes = std::ifstream(c.cache.file_for("PER"), std::ios::binary);
  std::string file((std::istreambuf_iterator<char>(bytes)), std::istreambuf_iterator<char>());
  uint64_t key = 0;  // the run's and the program's, after the layout's 8-byte magic
  std::memcpy(&key, file.data() + 8, sizeof key);
  auto cached = detail::decode_journal(file, key, "values/PER.yaml", false);
  REQUIRE(cached);
  REQUIRE(cached->standing);
  REQUIRE(detail::encoded_standing(*cached, "values/PER.yaml"));
  // Its last entry's first text made longer than the entry, under a whole
  // file's hash: only reading that entry shows it.
  std::string entries(cached->encoded);
  uint32_t length = 0;
  size_t last = 0;
  for (size_t at = 0; at < entries.size(); at += sizeof length + length) {
    std::memcpy(&length, entries.data() + at, sizeof length);
    last = at;
  }
  const uint32_t too_long = 0xFFFFFFFF;
  std::memcpy(entries.data() + last + sizeof length, &too_long, sizeof too_long);
  cached->encoded = entries;
  CHECK_FALSE(detail::encoded_standing(*cached, "values/PER.yaml"));
  {
    std::ofstream out(c.cache.file_for("PER"), std::ios::binary | std::ios::trunc);
    out << detail::encode_journal(*cached, key);
  }
  c.files.reads = 0;
  CHECK(years_encoded(c.cache.read(c.files, c.data, c.ctx, encoded)) == plain);
  CHECK(c.files.reads == 1);  // a miss: read from the journal again
}

TEST_CASE("a report's entries keep their keys in memory and read the rest back from the cache file as it was") {
  CacheCase c;
  c.write(kCorrected, FileStamp{1, 7, kCorrected.size(), ns_ago(std::chrono::hours(1)), 0});
  JournalWants encoded{Keep::standing_encoded, nullptr};
  auto texts = [](const JournalRead& r) {  // what is read back: texts and positions
    std::string s;
    for (size_t i = 0; r.encoded && i < r.encoded->size(); ++i) {
      const Entry& e = r.encoded->at(i);
      s += fmt::format("{} {} {} {} {}:{}\n", e.period.str(), e.source, e.recorded, e.by, e.pos.line, e.pos.column);
    }
    return s;
  };
  std::string plain = texts(read_journal_file(c.files, c.data, c.ctx, nullptr, encoded));
  REQUIRE(plain == "2020 s 2026-01-01T00:00:00Z t 9:5\n2019 s 2026-01-01T00:00:00Z t 15:5\n");
  std::string cache_file = c.cache.file_for("PER");

  // Cold: from the file just written; warm: from the file read. Another
  // run replacing the file (a rename over its name) changes nothing.
  JournalRead cold = c.cache.read(c.files, c.data, c.ctx, encoded);
  JournalRead warm = c.cache.read(c.files, c.data, c.ctx, encoded);
  std::filesystem::remove(cache_file);
  { std::ofstream(cache_file, std::ios::binary) << "another run's file"; }
  CHECK(texts(cold) == plain);
  CHECK(texts(warm) == plain);

  // Only another program writing into the file itself (never ritrack) makes
  // an entry unreadable: the command stops rather than show other bytes.
  std::filesystem::remove(cache_file);
  JournalRead written = c.cache.read(c.files, c.data, c.ctx, encoded);
  JournalRead read = c.cache.read(c.files, c.data, c.ctx, encoded);
  REQUIRE(read.encoded);
  CHECK(read.encoded->key(0).period == Period{2020, 0});  // keys are held
  std::filesystem::resize_file(cache_file, 40);
  CHECK_THROWS_AS(written.encoded->at(0), IoError);
  std::string message = cache_file + " changed while ritrack read it; run the command again";
  CHECK_THROWS_WITH(read.encoded->at(1), message.c_str());
  CHECK_THROWS_AS(read.encoded->at(1), CacheDamaged);  // the command runs again (cli/main.cpp)
  CHECK_FALSE(std::filesystem::exists(cache_file));    // and then misses
}

TEST_CASE("a report's warm read takes the standing entries' keys, not the entries; one damaged is found when read") {
  CacheCase c;
  c.write(kCorrected, FileStamp{1, 7, kCorrected.size(), ns_ago(std::chrono::hours(1)), 0});
  JournalWants encoded{Keep::standing_encoded, nullptr};
  auto texts = [](const JournalRead& r) {
    std::string s;
    for (size_t i = 0; r.encoded && i < r.encoded->size(); ++i)
      s += fmt::format("{} {} {}:{}\n", r.encoded->at(i).period.str(), r.encoded->at(i).by, r.encoded->at(i).pos.line,
                       r.encoded->at(i).pos.column);
    return s;
  };
  std::string plain = texts(read_journal_file(c.files, c.data, c.ctx, nullptr, encoded));
  std::string years = years_encoded(read_journal_file(c.files, c.data, c.ctx, nullptr, encoded));
  REQUIRE(texts(c.cache.read(c.files, c.data, c.ctx, encoded)) == plain);
  std::string file = c.cache.file_for("PER");
  auto file_bytes = [&] {
    std::ifstream in(file, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), {});
  };
  std::string bytes = file_bytes();
  size_t header = detail::cache_header_length(bytes), keys_end = detail::cache_keys_end(bytes);
  REQUIRE(header > detail::kCacheFileStart);
  REQUIRE(keys_end > header);
  REQUIRE(keys_end < bytes.size());

  // The last entry (it stands) damaged in its position, under the entries'
  // hash: a warm report does not read the journal, and its keys are right.
  std::string damaged = bytes;
  size_t at = damaged.size() - sizeof(uint64_t) - 2;
  damaged[at] = static_cast<char>(damaged[at] ^ 1);
  std::ofstream(file, std::ios::binary | std::ios::trunc) << damaged;
  c.files.reads = 0;
  JournalRead warm = c.cache.read(c.files, c.data, c.ctx, encoded);
  CHECK(c.files.reads == 0);
  REQUIRE(warm.encoded);
  REQUIRE(warm.encoded->size() == 2);
  CHECK(warm.encoded->key(1).period == Period{2019, 0});
  CHECK(warm.encoded->at(0).period == Period{2020, 0});  // the other reads back whole
  // Reading it back finds it damaged: the file is let go, the next read misses.
  CHECK_THROWS_AS(warm.encoded->at(1), CacheDamaged);
  CHECK_FALSE(std::filesystem::exists(file));
  CHECK(texts(c.cache.read(c.files, c.data, c.ctx, encoded)) == plain);
  CHECK(c.files.reads == 1);
  CHECK(file_bytes().size() == bytes.size());  // written again

  // A byte of the keys changed: a miss, the journal read again.
  for (size_t k = header; k < keys_end; ++k) {
    std::string changed = bytes;
    changed[k] = static_cast<char>(changed[k] ^ 1);
    std::ofstream(file, std::ios::binary | std::ios::trunc) << changed;
    c.files.reads = 0;
    CHECK(years_encoded(c.cache.read(c.files, c.data, c.ctx, encoded)) == years);
    CHECK(c.files.reads == 1);
  }
}

TEST_CASE("a read that keeps no entry reads only the cache file's header, which has a hash of its own") {
  CacheCase c;
  c.write(kCorrected, FileStamp{1, 7, kCorrected.size(), ns_ago(std::chrono::hours(1)), 0});
  std::string plain = summary(c.without_cache());
  JournalWants check{Keep::none, nullptr};
  JournalRead first = c.cache.read(c.files, c.data, c.ctx, check);
  std::string file = c.cache.file_for("PER");
  std::string bytes;
  {
    std::ifstream in(file, std::ios::binary);
    bytes.assign(std::istreambuf_iterator<char>(in), {});
  }
  size_t header = detail::cache_header_length(bytes);
  REQUIRE(header > detail::kCacheFileStart);
  REQUIRE(header < bytes.size());
  uint64_t key = 0;  // the run's and the program's, after the layout's 8-byte magic
  std::memcpy(&key, bytes.data() + 8, sizeof key);
  auto alone = detail::decode_journal_header(bytes.substr(0, header), key, "x");
  REQUIRE(alone);
  CHECK(alone->entries_unread);
  CHECK(alone->encoded_count == 3);
  CHECK_FALSE(alone->standing);                                            // check does not work it out
  CHECK_FALSE(detail::decode_journal(bytes.substr(0, header), key, "x"));  // a whole read needs the entries
  CHECK_FALSE(detail::decode_journal_header(bytes.substr(0, header), key + 1, "x"));
  for (size_t at = 0; at < header; ++at) {
    std::string flipped = bytes.substr(0, header);
    flipped[at] = static_cast<char>(flipped[at] ^ 1);
    CHECK_FALSE(detail::decode_journal_header(flipped, key, "x"));
  }

  // An entry's byte flipped: a read that keeps none does not see it (nor
  // read the journal); one that keeps entries does, and reads the journal.
  std::string flipped = bytes;
  flipped[header + 10] = static_cast<char>(flipped[header + 10] ^ 1);
  std::ofstream(file, std::ios::binary | std::ios::trunc) << flipped;
  c.files.reads = 0;
  JournalRead warm = c.cache.read(c.files, c.data, c.ctx, check);
  CHECK(c.files.reads == 0);
  CHECK(warm.entry_count == first.entry_count);
  CHECK(summary(warm) == summary(first));
  CHECK(summary(c.through_cache()) == plain);
  CHECK(c.files.reads == 1);
}
