// A cache of journals as read, so that a run over files that have not
// changed since the last one does not parse them again (README, "The
// cache"). One file per journal under the user's cache folder, never inside
// the data; a cache that is missing, corrupt, from another version of the
// program or for other model files is a miss, never an error.
//
// The rule, per journal: its stamp (device, inode, size, modification and
// change times, taken before it is read) must be the one stored. A journal
// modified within kRacyWindow before it was read could change again without
// its stamp changing (timestamps have a granularity): such an entry is
// trusted only when the file's bytes still hash as stored (git's "racy"
// rule). A journal that grew, its bytes before its old end marker
// unchanged, has only its new bytes read (store/journal_reader.h).
#pragma once

#include <chrono>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/diagnostic.h"
#include "base/file_system.h"
#include "model/encoded_entries.h"
#include "model/entry.h"
#include "store/held_keys.h"
#include "store/journal_reader.h"
#include "yaml/yaml_reader.h"

namespace ritrack {

// The widest timestamp granularity the rule allows for (FAT's 2 s), and the
// clock difference between this machine and a network file system's server.
inline constexpr std::chrono::seconds kRacyWindow{3};

// Problems that only a journal's entries taken together show (check's
// cross checks: a value far from the country's own history, a count of
// members that differs from the country list). Given by a higher layer;
// `file` is the journal's path, for the diagnostics. Cached with the journal,
// so that a warm `check` decodes no entry at all.
using JournalFold =
    std::function<Diagnostics(const Model& model, const std::vector<Entry>& entries, const std::string& file)>;

// Which of a journal's valid entries a caller keeps.
enum class Keep {
  none,      // only their count (check: their problems are all it needs)
  standing,  // those that stand (model/standing.h): what a record is judged against
  // The same, left encoded (model/encoded_entries.h): the reports' ledger
  // decodes only those a report reads.
  standing_encoded,
  all,  // every one (history, exports, recording)
};

// What a caller wants of a journal besides its problems and end.
struct JournalWants {
  Keep keep = Keep::all;
  const JournalFold* fold = nullptr;  // what this finds across its valid entries
};

// One journal as loaded: its valid entries, in file order, and its problems.
struct JournalRead {
  std::vector<Entry> entries;  // as wanted (JournalWants::keep)
  Diagnostics diagnostics;
  bool read = false;                              // the file could be read (its problems, if any, are in its text)
  JournalEnd end;                                 // where it ends, when it is laid out for appending
  size_t entry_count = 0;                         // its valid entries, kept or not
  Diagnostics folded;                             // what the wanted fold found
  std::shared_ptr<const EncodedEntries> encoded;  // instead of `entries`, for Keep::standing_encoded
};

class JournalCache {
 public:
  // The cache of data directory `data_dir` in folder `root` (e.g.
  // ~/.cache/ritrack), for runs that read journals against the same model:
  // `key` stands for the model's files, today and the message language.
  // Nullopt when `root` is empty or relative, when it lies inside the data
  // directory, or when the program cannot identify its own binary.
  static std::optional<JournalCache> open(const std::string& root, const std::string& data_dir, uint64_t key);

  // The cache's file for journal `code`.
  std::string file_for(std::string_view code) const;
  // The parsed tree of model file `name` (the framework), kept beside the
  // journals' files so that a run after the last does not parse it again:
  // the cache is opened with the hash of the file's bytes as its key, and
  // only a tree parsed without a problem is kept. Nullopt on a miss.
  std::optional<YamlNode> read_tree(std::string_view name) const;
  void write_tree(std::string_view name, const YamlNode& root) const;
  // The same cache, for a load that an append to its journals follows
  // (record, import): a cache it confirms by content (a journal written
  // moments ago) is not stored again, since the append stores it. What it
  // works out (which entries stand) is stored: the append's update keeps it.
  JournalCache before_append() const {
    JournalCache copy = *this;
    copy.stores_confirmed_ = false;
    return copy;
  }

  // Reads journal `code` of `dir` through the cache, as read_journal_file
  // would. Entries neither wanted nor needed by a fold missing from the
  // cache are not decoded.
  JournalRead read(const FileSystem& fs, const std::string& dir, const JournalContext& context,
                   const JournalWants& wants = {}) const;
  // Without the entries (empty): the journal's problems and end, and its
  // cache brought up to date. Cheap after an append: the entries already
  // cached are neither decoded nor encoded again.
  JournalRead refresh(const FileSystem& fs, const std::string& dir, const JournalContext& context) const {
    return read(fs, dir, context, JournalWants{Keep::none, nullptr});
  }

 private:
  JournalCache(std::string folder, uint64_t key) : folder_(std::move(folder)), key_(key) {}
  std::string folder_;            // root/<hash of the data directory's real path>
  uint64_t key_;                  // the run's key and the program's identity
  bool stores_confirmed_ = true;  // stores a cache that it confirmed by content
};

// Reads journal `context.code` of data directory `dir` (problems are named
// after its path), through `cache` when there is one.
JournalRead read_journal_file(const FileSystem& fs, const std::string& dir, const JournalContext& context,
                              const JournalCache* cache, const JournalWants& wants = {});

// A hash of some bytes, for keys (stable within one build of the program).
uint64_t hash_bytes(std::string_view bytes);
// Two keys as one.
uint64_t combine_keys(uint64_t a, uint64_t b);

namespace detail {

class OpenCacheFile;

// The keys of a journal's standing entries, written into its cache file
// beside the entries with a hash of their own, so that a report's warm run
// reads them and not the entries (issue 18). Entry i is where[i] bytes into
// the file's entries, lengths[i] bytes long (its length included), and
// hashes to hashes[i]: read back alone, it is checked alone.
struct StandingKeys {
  HeldKeys keys;
  std::vector<uint32_t> where, lengths, hashes;
};

// A journal as the cache holds it.
struct CachedJournal {
  FileStamp stamp;           // taken before the journal was read
  long long read_ns = 0;     // when (the real-time clock), for the racy rule
  uint64_t text_hash = 0;    // of all its bytes (the hashes before and from its end marker, combined)
  uint64_t prefix_hash = 0;  // of its bytes before end.marker_offset
  JournalEnd end;
  Diagnostics diagnostics;            // with no file name: the reader sets it
  std::optional<Diagnostics> folded;  // what the fold found, once computed (likewise)
  // Which of its entries stand (their indices, ascending), once worked out:
  // a report's warm run decodes only those.
  std::optional<std::vector<uint32_t>> standing;
  std::vector<Entry> entries;
  // `entries` holds only those that stand, of encoded_count (decode_standing): never stored.
  bool standing_only = false;
  // Those that stand, left encoded (encoded_standing), once taken: never stored.
  std::shared_ptr<const EncodedEntries> held_standing;
  // Entries left encoded (read without them): written back before `entries`.
  // `encoded` views the cache file's bytes, held by `file_bytes` (not copied).
  uint32_t encoded_count = 0;
  std::string_view encoded;
  std::shared_ptr<const std::string> file_bytes;
  // The file `file_bytes` were read from or written to, when kept open:
  // encoded_standing then holds only the entries' keys, and reads the rest
  // back from it.
  std::shared_ptr<const OpenCacheFile> open_file;
  // Only the header was read (decode_journal_header), or the header and the
  // keys (decode_journal_keys): its entries (of encoded_count) are not here,
  // so it may not be stored again.
  bool entries_unread = false;
  // The standing entries' keys, when the file has them; where its entries start in it.
  std::shared_ptr<const StandingKeys> standing_keys;
  uint64_t entries_at = 0;
};

// The cache file's bytes for `journal`, under `key`.
std::string encode_journal(const CachedJournal& journal, uint64_t key);
// `bytes` decoded, or nullopt when they are not a whole cache file written
// under `key` (foreign, truncated or corrupt). Entries and diagnostics are
// given `file` as their journal's path; without `with_entries`, entries are
// left encoded.
std::optional<CachedJournal> decode_journal(std::string bytes, uint64_t key, const std::string& file,
                                            bool with_entries = true);
// The same of a cache file's header alone (its first cache_header_length
// bytes): the journal's end and problems, and which entries stand; its
// entries are left unread (entries_unread).
std::optional<CachedJournal> decode_journal_header(std::string bytes, uint64_t key, const std::string& file);
// The same of the header and the standing entries' keys that follow it
// (their first cache_keys_end bytes), when the file has them; else of the
// header alone, the keys missing (standing_keys null).
std::optional<CachedJournal> decode_journal_keys(std::string bytes, uint64_t key, const std::string& file);
// The bytes of a cache file's header, read from its first bytes `start`
// (kCacheFileStart of them suffice); 0 if they do not begin a cache file.
size_t cache_header_length(std::string_view start);
// Where the keys that follow the header end (the header's end without them).
size_t cache_keys_end(std::string_view start);
inline constexpr size_t kCacheFileStart = 32;
// Decodes the entries `journal` holds encoded; false when they do not decode.
bool decode_entries(CachedJournal& journal, const std::string& file);
// The entries that stand, decoded, the others skipped, when `journal` knows
// which they are and holds every entry encoded (it is left as it is);
// nullopt otherwise, or when they do not decode.
std::optional<std::vector<Entry>> standing_of(const CachedJournal& journal, const std::string& file);
// The same, kept as `journal`'s entries (its encoded bytes are dropped).
bool decode_standing(CachedJournal& journal, const std::string& file);
// The entries that stand, left encoded: copies of the cache file's bytes
// when `journal` holds every entry encoded and knows which stand (each is
// checked whole, so that reading it later cannot fail; null if one is
// not), only of their keys when the file is kept open (open_file); else its
// decoded entries `standing` encoded anew.
std::shared_ptr<const EncodedEntries> encoded_standing(const CachedJournal& journal, const std::string& file);

}  // namespace detail

}  // namespace ritrack
