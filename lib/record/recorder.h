// Adding entries to journals: values checked exactly as `check` would check
// them, then appended under a lock with an atomic write.
#pragma once

#include <chrono>
#include <optional>
#include <string>
#include <vector>

#include "compute/ledger.h"
#include "store/dataset.h"
#include "store/file_lock.h"

namespace ritrack {

// An entry as typed by a person or read from a spreadsheet: text, unchecked.
struct RecordInput {
  std::string country, indicator, period, value;
  std::optional<std::string> retract;  // the reason; then `value` is ignored
  std::vector<std::string> breakdown;  // "sector=GOB:3,EMP:1", one dimension each
  std::string source, note, by;
  std::string recorded;  // UTC, "2026-11-22T10:15:00Z"
  // Item registers: the item (its title is `value`), its types
  // ("partnership=public_private", one dimension each), partners and end.
  std::string item, partners, ends;
  std::vector<std::string> types;
  std::string currency;  // amounts: when not the indicator's unit
  std::string unit;      // resources that are not money: persons, fte, items
};

// The entry, or nullopt with the reasons in `out` (no file or position: they
// are about the input). Country codes are matched against the allowlist here,
// before anything can use them in a path.
std::optional<Entry> make_entry(const Model& model, const Period& today, const RecordInput& input, Diagnostics& out);

// The entry that stands now for what `entry` is about (its subject: country,
// indicator, period or item, unit): the one it would supersede; null for none.
const Entry* standing_entry(const Ledger& ledger, const Entry& entry);

// A retraction of the value that stands for the input's country, indicator
// and period, or of the input's item (`data` must hold that country's
// journal); nullopt, with the reason, when nothing stands there.
std::optional<Entry> make_retraction(const Dataset& data, const Period& today, const RecordInput& input,
                                     Diagnostics& out);

struct AppendOptions {
  std::string holder;  // who is writing, for the lock file: "pid 12 (ana)"
  std::chrono::milliseconds lock_timeout{kDefaultLockWait};
  Period today;
  std::chrono::milliseconds commit_pause{0};  // tests only: see commit_together
  std::string cache{};  // the journal cache's folder, kept up to date (store/journal_cache.h); empty: none
};

// Appends `entries` to their journals in `data.dir`: all of them or, if any
// journal cannot take them, none; several journals are replaced together
// (store/journal_commit.h), so a crash leaves all of them old or all new. Each journal is locked, re-read and checked
// (a journal with errors is refused: diagnostics in `out`, nothing written),
// and the new text is checked again before it replaces the old. Throws
// IoError when a file cannot be locked, read or written; the originals then
// keep their bytes.
bool append_entries(const Dataset& data, const std::vector<Entry>& entries, const AppendOptions& options,
                    Diagnostics& out);

// "sector=GOB:3,EMP:1" -> parts; nullopt and `why` when malformed.
std::optional<std::vector<BreakdownPart>> parse_breakdown_arg(std::string_view text, std::string* why);

// Current UTC time as "2026-11-22T10:15:00Z".
std::string utc_now();

}  // namespace ritrack
