#include "record/recorder.h"

#include <algorithm>
#include <ctime>
#include <filesystem>
#include <map>
#include <set>

#include <fmt/format.h>

#include "base/errors.h"
#include "base/number.h"
#include "base/translate.h"
#include "compute/ledger.h"
#include "model/entry_rules.h"
#include "record/typed_input.h"
#include "store/atomic_write.h"
#include "store/file_lock.h"
#include "store/journal_commit.h"
#include "store/journal_format.h"
#include "store/journal_reader.h"

namespace ritrack {

std::string utc_now() {
  std::time_t now = std::time(nullptr);
  std::tm utc{};
  gmtime_r(&now, &utc);
  char buffer[32];
  std::strftime(buffer, sizeof buffer, "%Y-%m-%dT%H:%M:%SZ", &utc);
  return buffer;
}

std::optional<std::vector<BreakdownPart>> parse_breakdown_arg(std::string_view text, std::string* why) {
  auto fail = [&](std::string reason) -> std::optional<std::vector<BreakdownPart>> {
    if (why) *why = std::move(reason);
    return std::nullopt;
  };
  size_t eq = text.find('=');
  if (eq == std::string_view::npos || eq == 0)
    return fail(tr("write it as DIMENSION=CATEGORY:VALUE,…, e.g. sector=GOB:3,EMP:1"));
  std::string dimension(text.substr(0, eq));
  std::vector<BreakdownPart> parts;
  std::string_view rest = text.substr(eq + 1);
  while (!rest.empty()) {
    size_t comma = rest.find(',');
    std::string_view item = rest.substr(0, comma);
    size_t colon = item.find(':');
    if (colon == std::string_view::npos || colon == 0) return fail(trf("'{}' is not CATEGORY:VALUE", item));
    std::string number_why;
    auto v = parse_number(item.substr(colon + 1), &number_why);
    if (!v) return fail(trf("'{}' is not a number ({})", item.substr(colon + 1), number_why));
    std::string category(item.substr(0, colon));
    // A journal writes the parts as a mapping, whose keys are unique.
    if (std::any_of(parts.begin(), parts.end(), [&](const BreakdownPart& p) { return p.category == category; }))
      return fail(trf("'{}' is given twice", category));
    parts.push_back({dimension, std::move(category), *v});
    rest = comma == std::string_view::npos ? std::string_view{} : rest.substr(comma + 1);
  }
  if (parts.empty()) return fail(tr("no CATEGORY:VALUE after '='"));
  return parts;
}

namespace {

// Input has no position: its fields stand at {0, 0}, and so do its problems.
Field input_field(std::string text) { return Field{std::move(text), {}, 1, {}, false}; }

// The input as the fields of an entry, so that the entry rules check it as
// they check a journal: one set of rules for files, prompts and spreadsheets.
EntryFields input_fields(const RecordInput& in, const std::vector<BreakdownPart>& parts) {
  EntryFields f;
  f.indicator = input_field(in.indicator);
  f.period = input_field(in.period);
  if (in.retract)
    f.retract = input_field(*in.retract);
  else
    f.value = input_field(in.value);
  if (!in.source.empty()) f.source = input_field(in.source);
  if (!in.note.empty()) f.note = input_field(in.note);
  f.recorded = input_field(in.recorded);
  f.by = input_field(in.by);
  if (!in.currency.empty()) f.currency = input_field(in.currency);
  if (!in.unit.empty()) f.unit = input_field(in.unit);
  if (!in.item.empty()) f.item = input_field(in.item);
  if (!in.partners.empty()) f.partners = input_field(in.partners);
  if (!in.ends.empty()) f.ends = input_field(in.ends);
  f.has_types = !in.types.empty();
  for (const std::string& type : in.types) {
    size_t eq = type.find('=');
    // Without '=', the whole text is taken as the category of a dimension
    // named "" so that the rules report it against the indicator's dimensions.
    std::string dimension = eq == std::string::npos ? "" : type.substr(0, eq);
    f.types.emplace_back(input_field(dimension), input_field(eq == std::string::npos ? type : type.substr(eq + 1)));
  }
  f.has_breakdown = !parts.empty();
  for (const BreakdownPart& p : parts) {
    if (f.breakdown.empty() || f.breakdown.back().dimension.text != p.dimension)
      f.breakdown.push_back(BreakdownFields{input_field(p.dimension), {}, {}, 1, false, {}});
    f.breakdown.back().parts.emplace_back(input_field(p.category), input_field(format_number(p.value, 6)));
  }
  return f;
}

}  // namespace

std::optional<Entry> make_entry(const Model& model, const Period& today, const RecordInput& typed, Diagnostics& out) {
  RecordInput in = canonical_input(model, typed);
  size_t before = out.size();
  DiagnosticSink sink("", out);
  std::optional<std::string> country = resolve_country(model.countries, in.country);
  if (!country) {
    sink.error({}, 1, DiagnosticCode::unknown_country, trf("unknown country '{}'", in.country),
               country_hint(model.countries, in.country, message_lang()));
    return std::nullopt;
  }
  // Breakdowns and types become mappings in the journal, keyed by dimension:
  // each dimension is given once, or the journal would not read back.
  std::vector<BreakdownPart> parts;
  std::set<std::string> dimensions;
  for (const std::string& arg : in.breakdown) {
    std::string why;
    auto parsed = parse_breakdown_arg(arg, &why);
    if (!parsed)
      sink.error({}, 1, DiagnosticCode::bad_breakdown, trf("breakdown '{}': {}", arg, why));
    else if (!dimensions.insert(parsed->front().dimension).second)
      sink.error({}, 1, DiagnosticCode::bad_breakdown,
                 trf("breakdown '{}': '{}' is broken down twice", arg, parsed->front().dimension),
                 tr("give each dimension once, with all of its categories"));
    else
      parts.insert(parts.end(), parsed->begin(), parsed->end());
  }
  std::set<std::string> type_dimensions;
  for (const std::string& type : in.types) {
    size_t eq = type.find('=');
    if (eq != std::string::npos && !type_dimensions.insert(type.substr(0, eq)).second)
      sink.error({}, 1, DiagnosticCode::bad_breakdown,
                 trf("type '{}': '{}' has a type already", type, type.substr(0, eq)),
                 tr("an item has one category in each dimension"));
  }
  if (out.size() != before) return std::nullopt;
  return check_entry(model, EntryPlace{*country, today, std::nullopt}, input_fields(in, parts), sink);
}

const Entry* standing_entry(const Ledger& ledger, const Entry& entry) {
  if (!entry.item.empty()) {
    for (const Entry* e : ledger.items(entry.indicator, entry.country))
      if (e->item == entry.item) return e;
    return nullptr;
  }
  std::string series_id = entry.unit.empty() ? entry.indicator : Ledger::own_unit_series(entry.indicator, entry.unit);
  for (const StandingValue& v : ledger.series(series_id, entry.country))
    if (v.period() == entry.period) return &v.entry();
  return nullptr;
}

std::optional<Entry> make_retraction(const Dataset& data, const Period& today, const RecordInput& input,
                                     Diagnostics& out) {
  auto entry = make_entry(data, today, input, out);
  if (!entry) return std::nullopt;
  if (standing_entry(Ledger(data.framework, data.entries, &data.rates), *entry)) return entry;
  out.push_back({"",
                 {},
                 1,
                 Severity::error,
                 DiagnosticCode::nothing_to_retract,
                 entry->item.empty() ? trf("no value stands for {} {} {}: nothing to retract", entry->country,
                                           entry->indicator, entry->period.str())
                                     : trf("no item '{}' stands for {} {}: nothing to retract", entry->item,
                                           entry->country, entry->indicator),
                 trf("'ritrack history --country {}' lists what was recorded", entry->country)});
  return std::nullopt;
}

namespace {

struct JournalUpdate {
  std::string code, path;
  std::vector<const Entry*> entries;
};

// Temporary files of a writer killed before its rename. Only a lock holder
// stages files for this journal, so under the lock any that exist are stale.
void remove_stale_temporaries(const std::string& journal) {
  std::filesystem::path p(journal);
  std::string prefix = p.filename().string() + ".tmp.";
  std::error_code ec;
  for (const auto& item : std::filesystem::directory_iterator(p.parent_path().empty() ? "." : p.parent_path(), ec))
    if (item.path().filename().string().starts_with(prefix)) std::filesystem::remove(item.path(), ec);
}

// Reads the journal as it is now (under the lock), checks it, and stages the
// text with the new entries. Returns nullopt, with diagnostics, when refused.
// Whether the new entries, appended to `old` as `text`, leave a journal
// without errors that counts `total` entries, reading only the new bytes:
// the cache vouches for the old ones (no error, laid out for appending, and
// ending where `old` ends). Nullopt when it cannot tell: read the whole text.
std::optional<bool> appended_cleanly(const Dataset& data, const JournalUpdate& update, const JournalCache* cache,
                                     const JournalContext& context, std::string_view old, std::string_view text,
                                     size_t total) {
  if (!cache) return std::nullopt;
  // The commit that follows stores the cache of the journal it writes.
  JournalRead before = cache->before_append().refresh(disk(), data.dir, context);
  auto marker = find_end_marker(old);
  if (!before.read || has_errors(before.diagnostics) || !before.end.appendable || !marker ||
      marker->offset != before.end.marker_offset || marker->entries != before.end.items)
    return std::nullopt;
  Diagnostics problems;
  DiagnosticSink sink(update.path, problems);
  auto end = read_journal_tail(text, before.end, context, sink, [](Entry&&) {});
  if (!end) return std::nullopt;
  return !has_errors(problems) && end->items == total;
}

std::optional<StagedFile> stage(const Dataset& data, const JournalUpdate& update, const AppendOptions& options,
                                const JournalCache* cache, Diagnostics& out) {
  remove_stale_temporaries(update.path);
  std::string old;
  if (disk().kind_in(data.dir, journal_file(update.code)) != FileKind::missing) {
    Diagnostics io;
    auto text = read_data_file(disk(), data.dir, journal_file(update.code), io);
    if (!text) throw IoError(io.front().message);
    old = std::move(*text);
  } else {
    const Country* c = data.countries.find(update.code);
    old = new_journal(update.code, c ? c->name.in(Lang::en) : "regional entries");
  }
  JournalContext context{data, options.today, update.code};
  auto count = [&](std::string_view text, Diagnostics& problems) {
    size_t n = 0;
    DiagnosticSink sink(update.path, problems);
    read_journal(text, context, sink, [&](Entry&&) { ++n; });
    return n;
  };
  // One parse, of the new text: the old bytes are its prefix, so any problem
  // of the old journal shows there, at its own line. Without an end marker
  // the old count is unknown: read the old text for the diagnostics.
  auto marker = find_end_marker(old);
  if (!marker) {
    count(old, out);  // the missing marker is among them
    return std::nullopt;
  }
  std::string added;
  for (const Entry* e : update.entries) added += format_entry(*e, data.framework.find_indicator(e->indicator)->measure);
  size_t total = marker->entries + update.entries.size();
  std::string text = append_entries(old, added, total);
  if (appended_cleanly(data, update, cache, context, old, text, total) == true) return StagedFile(update.path, text);
  Diagnostics problems;
  size_t items = count(text, problems);
  // Warnings (a value from before the country joined) do not stop an append:
  // the entry's own were shown when it was made, the journal's are for 'check'.
  if (!has_errors(problems) && items == total) return StagedFile(update.path, text);
  // Something is wrong: with the journal as it is (reported as check would),
  // or with appending to it (its layout); never append to a journal that does not check.
  Diagnostics old_problems;
  count(old, old_problems);
  std::erase_if(old_problems, [](const Diagnostic& d) { return d.severity != Severity::error; });
  out.insert(out.end(), old_problems.begin(), old_problems.end());
  if (old_problems.empty()) {
    out.push_back({update.path,
                   {},
                   1,
                   Severity::error,
                   DiagnosticCode::append_failed,
                   tr("the journal's layout does not allow appending (is 'entries:' its last key?)"),
                   tr("nothing was written; fix the layout by hand, then record again")});
  }
  return std::nullopt;
}

}  // namespace

bool append_entries(const Dataset& data, const std::vector<Entry>& entries, const AppendOptions& options,
                    Diagnostics& out) {
  std::map<std::string, JournalUpdate> updates;  // sorted by code: locks are always taken in one order
  for (const Entry& e : entries) {
    if (!is_journal_code(data.countries, e.country)) {
      // make_entry refuses such input first; this guards every other caller.
      out.push_back(
          {"", {}, 1, Severity::error, DiagnosticCode::unknown_country, trf("unknown country '{}'", e.country), ""});
      return false;
    }
    JournalUpdate& u = updates[e.country];
    u.code = e.country;
    u.path = journal_path(data.dir, e.country);
    u.entries.push_back(&e);
  }
  std::string values = data_path(data.dir, "values");
  std::error_code ec;
  std::filesystem::create_directories(values, ec);
  std::vector<FileLock> locks;
  for (const auto& [code, u] : updates)
    locks.emplace_back(data.dir, journal_lock_file(code), options.lock_timeout, options.holder);
  // Journal locks first, in code order, then the commit lock: one order for
  // every writer. An interrupted commit is completed before any journal is
  // read (store/journal_commit.h). A writer of one journal needs the commit
  // lock only then: a commit under way elsewhere holds that journal's lock
  // if it concerns it.
  std::string intent = values + "/" + kCommitIntent;
  std::optional<FileLock> commit_lock;
  if (updates.size() > 1 || disk().kind_in(data.dir, kCommitIntentFile) != FileKind::missing) {
    commit_lock.emplace(data.dir, kCommitLockFile, options.lock_timeout, options.holder);
    complete_interrupted_commit(values);
    remove_stale_temporaries(intent);
  }
  // One journal is replaced by one rename: its own lock is enough.
  if (updates.size() == 1) commit_lock.reset();
  std::optional<JournalCache> cache = journal_cache(data, options.cache, options.today);
  std::vector<StagedFile> staged;
  for (const auto& [code, u] : updates) {
    auto file = stage(data, u, options, cache ? &*cache : nullptr, out);
    if (!file) return false;  // staged files are removed, journals untouched
    staged.push_back(std::move(*file));
  }
  if (staged.size() == 1)
    staged.front().commit();
  else
    commit_together(values, staged, options.commit_pause);
  // The cache of each journal written is brought up to date (under its lock,
  // reading only what was appended), so that the next run finds it current.
  if (cache)
    for (const auto& [code, u] : updates) cache->refresh(disk(), data.dir, JournalContext{data, options.today, code});
  return true;
}

}  // namespace ritrack
