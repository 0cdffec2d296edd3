// A data directory loaded whole: framework, countries and every journal.
#pragma once

#include <array>
#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "base/diagnostic.h"
#include "base/file_system.h"
#include "model/entry.h"
#include "model/entry_list.h"
#include "model/model.h"
#include "model/plan.h"
#include "model/pledge.h"
#include "store/file_lock.h"
#include "store/journal_cache.h"

namespace ritrack {

// The files of the model, beside values/: framework and countries are
// required, the others optional (what `ritrack init` copies).
inline constexpr std::array<const char*, 5> kModelFiles{"framework.yaml", "countries.yaml", "rates.yaml", "sdmx.yaml",
                                                        "iati.yaml"};

// The model (framework and countries) with the journals' entries.
struct Dataset : Model {
  std::string dir;
  EntryList entries;                    // journals in code order, each in file order (as LoadOptions::keep says)
  size_t entry_count = 0;               // the valid entries read, kept or not
  Diagnostics folded;                   // what LoadOptions::fold found, journal by journal
  std::vector<PledgeRegister> pledges;  // data/pledges/, by file name (full loads only)
  std::vector<Plan> plans;              // data/plan/, by file name (full loads only)
  int files_read = 0;
  // Stands for the model's files (framework, countries, rates) as read:
  // journals read against them may be cached under it. 0: not read from files.
  uint64_t model_key = 0;
};

struct LoadOptions {
  Period today;  // the current quarter: later periods are refused as future
  // Only these journals (codes; unlisted or missing ones are skipped), or all
  // of them. Browsing needs none; recording, one.
  std::optional<std::vector<std::string>> journals;
  const FileSystem* files = &disk();                         // where to read from
  std::chrono::milliseconds lock_timeout{kDefaultLockWait};  // to complete an interrupted commit
  // The cache folder ($XDG_CACHE_HOME/ritrack, store/journal_cache.h); empty: no cache.
  std::string cache{};
  // An append to the journals read follows (record, import): a cache
  // confirmed by content is not stored again (JournalCache::before_append).
  bool before_append = false;
  // Which entries Dataset::entries keeps, chosen in each journal's worker:
  // `check`, which needs only their problems, keeps none and so holds no
  // more than one journal's at a time; the reports keep those that stand.
  Keep keep = Keep::all;
  JournalFold fold{};  // run on each journal's valid entries, its findings kept in Dataset::folded
};

// Loads `dir` and reports every problem found in it; entries that fail their
// checks are left out. Never throws for bad data.
Dataset load_dataset(const std::string& dir, const LoadOptions& options, Diagnostics& out);

// A pledge register's name: letters, digits, '-' and '_' (never a path, never hidden).
bool is_register_name(std::string_view name);

// `dir`/values/`code`.yaml; `code` must have passed is_journal_code.
std::string journal_path(const std::string& dir, std::string_view code);
// values/`code`.yaml, the journal's path inside its data directory.
std::string journal_file(std::string_view code);
// values/.`code`.yaml.lock, the lock file beside it (store/file_lock.h).
std::string journal_lock_file(std::string_view code);

// Journal codes found in `dir`/values/, sorted. Names that are not on the
// allowlist are reported and skipped: they never become part of a path we open.
std::vector<std::string> journal_codes(const FileSystem& fs, const std::string& dir, const CountryList& countries,
                                       Diagnostics& out);

// The cache in `folder` ($XDG_CACHE_HOME/ritrack) that `data`'s journals are
// read through for `today` (store/journal_cache.h); nullopt without one.
std::optional<JournalCache> journal_cache(const Dataset& data, const std::string& folder, Period today);

// Adds the entries of the journals `codes` (allowlisted, existing ones) to
// `data`, read in parallel, reporting their problems in code order.
void load_journals(Dataset& data, const std::vector<std::string>& codes, const LoadOptions& options, Diagnostics& out);

}  // namespace ritrack
