// libFuzzer target: arbitrary bytes through every loader and the checks.
// Whatever the input, loading must end with data or diagnostics: no crash,
// no hang, no sanitizer report.
#include <sys/mman.h>

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "compute/ledger.h"
#include "model/entry_list.h"
#include "model/standing.h"
#include "store/atomic_write.h"
#include "store/country_reader.h"
#include "store/framework_reader.h"
#include "store/iati_reader.h"
#include "store/journal_cache.h"
#include "store/journal_format.h"
#include "store/journal_reader.h"
#include "store/open_cache_file.h"
#include "store/plan_reader.h"
#include "store/pledge_reader.h"
#include "store/rates_reader.h"
#include "store/sdmx_reader.h"
#include "yaml/yaml_tree_codec.h"

#include "fixture.h"

namespace {

using namespace ritrack;

std::string summary(const Diagnostics& out, size_t from = 0) {
  std::string s;
  for (size_t i = from; i < out.size(); ++i)
    s += std::to_string(out[i].pos.line) + ":" + std::to_string(out[i].pos.column) + " " +
         std::string(code_name(out[i].code)) + " " + out[i].message + "\n";
  return s;
}

// The cache's promise (store/journal_cache.h): reading only what was
// appended to a journal finds what reading it whole finds. The input's part
// before its first NUL is the journal, the rest what is appended.
void same_tail_as_whole(std::string_view input, const JournalContext& context) {
  size_t cut = input.find('\0');
  if (cut == std::string_view::npos) return;
  std::string old(input.substr(0, cut));
  Diagnostics before;
  DiagnosticSink old_sink("PER.yaml", before);
  JournalEnd end;
  size_t old_entries = 0;
  read_journal(
      old, context, old_sink, [&](Entry&&) { ++old_entries; }, &end);
  if (!end.appendable) return;
  std::string text = append_entries(old, input.substr(cut + 1), end.items + 1);
  Diagnostics whole;
  DiagnosticSink whole_sink("PER.yaml", whole);
  size_t whole_entries = 0;
  read_journal(text, context, whole_sink, [&](Entry&&) { ++whole_entries; });
  Diagnostics tail;
  DiagnosticSink tail_sink("PER.yaml", tail);
  size_t tail_entries = 0;
  if (!read_journal_tail(text, end, context, tail_sink, [&](Entry&&) { ++tail_entries; })) return;
  if (old_entries + tail_entries != whole_entries || summary(before) + summary(tail) != summary(whole))
    __builtin_trap();
}

// Everything a reading of a journal gives: each problem, each entry, its end.
std::string reading(std::string_view text, const JournalContext& context, bool parsed) {
  Diagnostics out;
  DiagnosticSink sink("PER.yaml", out);
  std::string got;
  auto keep = [&](Entry&& e) {
    got += std::to_string(e.pos.line) + ":" + std::to_string(e.pos.column) + " " + e.indicator + " " + e.period.str() +
           " " + e.number.str() + " " + std::to_string(e.retraction) + " [" + e.text + "][" + e.currency + "][" +
           e.unit + "][" + e.item + "][" + e.partners + "][" + (e.ends ? e.ends->str() : "") + "][" + e.source + "][" +
           e.note + "][" + e.recorded + "][" + e.by + "]";
    for (const BreakdownPart& p : e.breakdown) got += " " + p.dimension + "=" + p.category + ":" + p.value.str();
    got += "\n";
  };
  JournalEnd end;
  if (parsed)
    detail::read_journal_parsed(text, context, sink, keep, &end);
  else
    read_journal(text, context, sink, keep, &end);
  for (const Diagnostic& d : out)
    got += std::to_string(d.length) + "+" + std::to_string(static_cast<int>(d.severity)) + " " + d.hint + "\n";
  return summary(out) + got + std::to_string(end.items) + " " + std::to_string(end.marker_offset) + " " +
         std::to_string(end.marker_line) + " " + std::to_string(end.appendable);
}

// The fast path for a journal as ritrack writes it (store/journal_scan.h)
// reads whatever it takes exactly as the YAML parser does, and leaves no
// trace of what it read before a line it leaves to the parser.
void same_by_parser(std::string_view text, const JournalContext& context) {
  if (reading(text, context, false) != reading(text, context, true)) __builtin_trap();
}

// Whether two ledgers hold the same series: periods, numbers and breakdowns.
bool same_series(const Ledger& a, const Ledger& b, const Model& model) {
  auto parts = [](const StandingValue& v) {
    std::vector<BreakdownPart> sum;
    v.add_breakdown(sum);
    std::string s;
    for (const BreakdownPart& p : sum) s += p.dimension + "=" + p.category + ":" + p.value.str() + " ";
    return s;
  };
  for (const Indicator& ind : model.framework.indicators) {
    if (a.countries(ind.id) != b.countries(ind.id)) return false;
    for (const std::string& country : a.countries(ind.id)) {
      const auto& x = a.series(ind.id, country);
      const auto& y = b.series(ind.id, country);
      if (x.size() != y.size()) return false;
      for (size_t i = 0; i < x.size(); ++i)
        if (x[i].period() != y[i].period() || x[i].number() != y[i].number() || parts(x[i]) != parts(y[i]) ||
            x[i].entry().source != y[i].entry().source)
          return false;
    }
  }
  return true;
}

// The loader's promise (model/standing.h): a journal reduced, as it is
// read, to the entries that stand gives the ledger that all of them give;
// and so do those entries left encoded, as a cold and a warm report's read
// hold them (store/journal_cache.h).
void same_ledger_from_standing(const std::vector<Entry>& entries, const Model& model) {
  Ledger every(model.framework, entries, &model.rates);
  std::vector<Entry> kept;
  detail::CachedJournal journal;
  journal.entries = entries;
  std::vector<uint32_t>& standing = journal.standing.emplace();
  for (const Entry* e : standing_entries(entries)) {
    kept.push_back(*e);
    standing.push_back(static_cast<uint32_t>(e - entries.data()));
  }
  EntryList list;
  list.add_part(std::move(kept), true);
  if (!same_series(every, Ledger(model.framework, list, &model.rates), model)) __builtin_trap();

  auto cold = detail::encoded_standing(journal, "PER.yaml");
  std::string file = detail::encode_journal(journal, 1);
  auto back = detail::decode_journal(file, 1, "PER.yaml", false);
  if (!cold || !back) __builtin_trap();
  auto warm = detail::encoded_standing(*back, "PER.yaml");
  // Warm again, the cache file kept open: only keys held, the rest read back.
  int fd = ::memfd_create("cache", MFD_CLOEXEC);
  if (fd < 0 || !write_all(fd, file)) __builtin_trap();
  back->open_file = detail::OpenCacheFile::keep(fd, "cache");
  auto read_back = detail::encoded_standing(*back, "PER.yaml");
  if (!warm || !back->open_file || !read_back) __builtin_trap();
  // As a report's warm run reads it: the header and the keys alone.
  auto keys = detail::decode_journal_keys(file.substr(0, detail::cache_keys_end(file)), 1, "PER.yaml");
  if (!keys || !keys->standing_keys) __builtin_trap();
  keys->open_file = back->open_file;
  auto from_keys = detail::encoded_standing(*keys, "PER.yaml");
  if (!from_keys) __builtin_trap();
  for (const auto& held : {cold, warm, read_back, from_keys}) {
    EntryList encoded;
    encoded.add_encoded(held);
    if (!same_series(every, Ledger(model.framework, encoded, &model.rates), model)) __builtin_trap();
  }
}

// A parsed tree as the cache keeps it (the framework's) reads back as it
// was written; the input itself, taken as a cache file's tree, reads as a
// tree or as none, never out of bounds.
void same_tree_from_cache(std::string_view text) {
  Diagnostics out;
  DiagnosticSink sink("input.yaml", out);
  YamlNode root = read_yaml(text, sink, nullptr, YamlParser::libyaml);
  std::string bytes, again;
  encode_tree(root, bytes);
  std::optional<YamlNode> back = decode_tree(bytes);
  if (!back) __builtin_trap();
  encode_tree(*back, again);
  if (again != bytes) __builtin_trap();
  decode_tree(text);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace ritrack;
  static const Model model = fuzz::model();

  std::string_view text(reinterpret_cast<const char*>(data), size);
  Diagnostics out;
  DiagnosticSink sink("input.yaml", out);
  read_framework(text, sink);
  read_countries(text, sink);
  read_rates(text, sink);
  read_sdmx(text, sink);
  read_iati(text, sink);
  read_pledges(text, model, "PER", sink);
  read_plan(text, model, "2018-2019", sink);
  JournalContext context{model, Period{2026, 4}, "PER"};
  std::vector<Entry> entries;
  read_journal(text, context, sink, [&](Entry&& e) { entries.push_back(std::move(e)); });
  for (const Diagnostic& d : out)
    if (d.message.empty() || code_name(d.code).empty()) __builtin_trap();  // every problem is explained
  same_by_parser(text, context);
  same_tail_as_whole(text, context);
  same_ledger_from_standing(entries, model);
  same_tree_from_cache(text);
  return 0;
}
