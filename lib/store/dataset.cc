#include "store/dataset.h"

#include <algorithm>
#include <atomic>
#include <iterator>
#include <thread>

#include <fmt/format.h>

#include "base/errors.h"

#include "base/translate.h"
#include "store/country_reader.h"
#include "store/file_lock.h"
#include "store/framework_reader.h"
#include "store/iati_reader.h"
#include "store/journal_cache.h"
#include "store/journal_commit.h"
#include "store/journal_format.h"
#include "store/journal_reader.h"
#include "store/plan_reader.h"
#include "store/pledge_reader.h"
#include "store/rates_reader.h"
#include "store/sdmx_reader.h"

namespace ritrack {

std::string journal_file(std::string_view code) { return fmt::format("values/{}.yaml", code); }

std::string journal_path(const std::string& dir, std::string_view code) { return data_path(dir, journal_file(code)); }

std::string journal_lock_file(std::string_view code) { return fmt::format("values/.{}.yaml.lock", code); }

std::vector<std::string> journal_codes(const FileSystem& fs, const std::string& dir, const CountryList& countries,
                                       Diagnostics& out) {
  std::vector<std::string> codes;
  // No values/ at all is a repository where nothing was recorded yet; one
  // that cannot be listed is an error, never "no data".
  if (fs.kind_in(dir, "values") == FileKind::missing) return codes;
  std::string why;
  auto names = fs.list_in(dir, "values", &why);
  if (!names) {
    std::string values = data_path(dir, "values");
    out.push_back({values,
                   {},
                   1,
                   Severity::error,
                   DiagnosticCode::io,
                   trf("cannot read {}: {}", values, why),
                   tr("every command needs to read the journals in values/")});
    return codes;
  }
  for (const std::string& name : *names) {
    if (name.size() <= 5 || !name.ends_with(".yaml")) continue;
    std::string code = name.substr(0, name.size() - 5);
    if (is_journal_code(countries, code)) {
      codes.push_back(code);
      continue;
    }
    std::string hint =
        trf("journals are named <CODE>.yaml after a country in countries.yaml, or {}.yaml", kRegionalCode);
    out.push_back({data_path(dir, "values/" + name),
                   {},
                   1,
                   Severity::error,
                   DiagnosticCode::unknown_country,
                   trf("journal '{}' is not named after a listed country", name),
                   hint});
  }
  std::sort(codes.begin(), codes.end());
  return codes;
}

std::optional<JournalCache> journal_cache(const Dataset& data, const std::string& folder, Period today) {
  // Journals are read against the model: a cache of them holds for this
  // model, this quarter and this language (its diagnostics are in it).
  if (folder.empty() || data.model_key == 0) return std::nullopt;
  uint64_t key =
      combine_keys(data.model_key, static_cast<uint64_t>(today.year) * 8 + static_cast<uint64_t>(today.quarter));
  return JournalCache::open(folder, data.dir, combine_keys(key, static_cast<uint64_t>(message_lang())));
}

void load_journals(Dataset& data, const std::vector<std::string>& codes, const LoadOptions& options, Diagnostics& out) {
  std::optional<JournalCache> cache = journal_cache(data, options.cache, options.today);
  if (cache && options.before_append) cache = cache->before_append();
  // One journal's results, kept apart so that journals can be read in
  // parallel and still be reported and stored in code order.
  std::vector<JournalRead> loads(codes.size());
  // Workers take the next journal until none is left; the framework and the
  // country list are only read.
  std::atomic<size_t> next{0};
  JournalWants wants{options.keep, options.fold ? &options.fold : nullptr};
  auto work = [&] {
    for (size_t i; (i = next.fetch_add(1)) < loads.size();)
      loads[i] = read_journal_file(*options.files, data.dir, JournalContext{data, options.today, codes[i]},
                                   cache ? &*cache : nullptr, wants);
  };
  size_t workers = std::clamp<size_t>(std::thread::hardware_concurrency(), 1, 16);
  workers = std::min(workers, std::max<size_t>(loads.size(), 1));
  std::vector<std::thread> threads;
  for (size_t w = 1; w < workers; ++w) threads.emplace_back(work);
  work();
  for (std::thread& t : threads) t.join();

  for (JournalRead& l : loads) {
    data.files_read += l.read;
    data.entry_count += l.entry_count;
    out.insert(out.end(), std::make_move_iterator(l.diagnostics.begin()), std::make_move_iterator(l.diagnostics.end()));
    std::move(l.folded.begin(), l.folded.end(), std::back_inserter(data.folded));
    // Kept as read: never merged, never copied.
    if (l.encoded)
      data.entries.add_encoded(std::move(l.encoded));
    else
      data.entries.add_part(std::move(l.entries), options.keep == Keep::standing);
  }
}

// A commit of several journals that a crash interrupted is completed before
// they are read, so that a report never mixes old and new journals
// (store/journal_commit.h). It is a warning once done, an error if it cannot be.
static void complete_commit_before_reading(const std::string& dir, const LoadOptions& options, Diagnostics& out) {
  std::string values = data_path(dir, "values");
  std::string intent = data_path(dir, kCommitIntentFile);
  if (options.files != &disk() || disk().kind_in(dir, kCommitIntentFile) == FileKind::missing) return;
  try {
    FileLock lock(dir, kCommitLockFile, options.lock_timeout, "ritrack (completing a commit)");
    size_t journals = complete_interrupted_commit(values);
    out.push_back({intent,
                   {},
                   1,
                   Severity::warning,
                   DiagnosticCode::interrupted_commit,
                   trf("completed a commit of several journals that was interrupted ({} put in place)", journals),
                   ""});
  } catch (const IoError& e) {
    out.push_back({intent,
                   {},
                   1,
                   Severity::error,
                   DiagnosticCode::interrupted_commit,
                   trf("a commit of several journals was interrupted and cannot be completed: {}", e.what()),
                   tr("run 'ritrack check' where it may write to the data directory")});
  } catch (const std::runtime_error& e) {
    out.push_back({intent,
                   {},
                   1,
                   Severity::error,
                   DiagnosticCode::interrupted_commit,
                   trf("a commit of several journals was interrupted and cannot be completed: {}", e.what()),
                   tr("ritrack did not write this file; remove it if no import was interrupted")});
  }
}

bool is_register_name(std::string_view name) {
  return !name.empty() && name.size() <= 64 && std::all_of(name.begin(), name.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
  });
}

namespace {

// Every <NAME>.yaml of the folder `folder` of the data, when it exists, read
// by `read(text, name, sink)`: pledge registers, operational plans.
template <typename Read>
void load_folder(const FileSystem& fs, const std::string& dir, const std::string& folder, Dataset& data,
                 Diagnostics& out, Read read) {
  if (fs.kind_in(dir, folder) == FileKind::missing) return;
  std::string why;
  auto names = fs.list_in(dir, folder, &why);
  if (!names) {
    out.push_back({data_path(dir, folder),
                   {},
                   1,
                   Severity::error,
                   DiagnosticCode::io,
                   trf("cannot read {}: {}", data_path(dir, folder), why),
                   ""});
    return;
  }
  std::sort(names->begin(), names->end());
  for (const std::string& file : *names) {
    if (file.starts_with('.') || !file.ends_with(".yaml")) continue;  // lock files, notes
    std::string name = file.substr(0, file.size() - 5);
    std::string relative = folder;
    relative += "/" + file;
    if (!is_register_name(name)) {
      out.push_back({data_path(dir, relative),
                     {},
                     1,
                     Severity::error,
                     DiagnosticCode::bad_id,
                     trf("'{}' is not named with letters, digits, '-' and '_'", relative),
                     ""});
      continue;
    }
    if (auto text = read_data_file(fs, dir, relative, out)) {
      ++data.files_read;
      DiagnosticSink sink(data_path(dir, relative), out);
      read(*text, name, sink);
    }
  }
}

// A data file that may be absent; when present, read and checked with the rest.
template <typename Read>
void read_optional_file(const FileSystem& fs, const std::string& dir, const std::string& name, Dataset& data,
                        Diagnostics& out, Read read) {
  if (fs.kind_in(dir, name) == FileKind::missing) return;
  if (auto text = read_data_file(fs, dir, name, out)) {
    ++data.files_read;
    DiagnosticSink sink(data_path(dir, name), out);
    read(*text, sink);
  }
}

}  // namespace

Dataset load_dataset(const std::string& dir, const LoadOptions& options, Diagnostics& out) {
  Dataset data;
  data.dir = dir;
  const FileSystem& fs = *options.files;
  if (!fs.is_directory(dir)) {
    out.push_back({dir,
                   {},
                   1,
                   Severity::error,
                   DiagnosticCode::io,
                   trf("data directory '{}' does not exist", dir),
                   tr("pass --data DIR or set RITRACK_DATA")});
    return data;
  }
  complete_commit_before_reading(dir, options, out);
  std::string framework_file = data_path(dir, "framework.yaml");
  if (auto text = read_data_file(fs, dir, "framework.yaml", out)) {
    ++data.files_read;
    data.model_key = hash_bytes(*text);
    DiagnosticSink sink(framework_file, out);
    std::optional<JournalCache> trees =
        options.cache.empty() ? std::nullopt : JournalCache::open(options.cache, dir, data.model_key);
    data.framework = read_framework(*text, sink, trees ? &*trees : nullptr);
  }
  std::string countries_file = data_path(dir, "countries.yaml");
  if (auto text = read_data_file(fs, dir, "countries.yaml", out)) {
    ++data.files_read;
    data.model_key = data.model_key ? combine_keys(data.model_key, hash_bytes(*text)) : 0;
    DiagnosticSink sink(countries_file, out);
    data.countries = read_countries(*text, sink);
  }
  // Country targets name countries that countries.yaml must list.
  for (const Indicator& ind : data.framework.indicators)
    for (const CategoryTargets& c : ind.category_targets)
      if (c.for_country() && !data.countries.find(c.category))
        out.push_back({framework_file, c.pos, c.width, Severity::error, DiagnosticCode::unknown_country,
                       trf("indicator {} has targets for '{}', which countries.yaml does not list", ind.id, c.category),
                       ""});
  // Optional: without rates, amounts are recorded in their indicator's unit
  // only; the export codes are checked with the rest so that CI catches a
  // broken mapping before an export needs it.
  read_optional_file(fs, dir, "rates.yaml", data, out, [&](std::string_view text, DiagnosticSink& sink) {
    data.rates = read_rates(text, sink);
    data.model_key = data.model_key ? combine_keys(data.model_key, hash_bytes(text)) : 0;
  });
  read_optional_file(fs, dir, "sdmx.yaml", data, out,
                     [&](std::string_view text, DiagnosticSink& sink) { data.sdmx = read_sdmx(text, sink); });
  read_optional_file(fs, dir, "iati.yaml", data, out,
                     [&](std::string_view text, DiagnosticSink& sink) { data.iati = read_iati(text, sink); });
  std::vector<std::string> codes = journal_codes(fs, dir, data.countries, out);
  if (options.journals)
    std::erase_if(codes, [&](const std::string& c) {
      return std::find(options.journals->begin(), options.journals->end(), c) == options.journals->end();
    });
  load_journals(data, codes, options, out);
  if (!options.journals) {  // with every journal: a full load
    load_folder(fs, dir, "pledges", data, out, [&](std::string_view text, std::string_view name, DiagnosticSink& sink) {
      data.pledges.push_back(read_pledges(text, data, name, sink));
    });
    load_folder(fs, dir, "plan", data, out, [&](std::string_view text, std::string_view name, DiagnosticSink& sink) {
      data.plans.push_back(read_plan(text, data, name, sink));
    });
  }
  return data;
}

}  // namespace ritrack
