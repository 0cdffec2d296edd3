// libFuzzer target: arbitrary bytes through the CSV import and the period
// and number parsers. Beyond "no crash, no hang, no sanitizer report":
// every problem is explained; what parses prints back to itself; and every
// row the import accepts is written as a journal entry that reads back
// without a problem, as `import --apply` would write it.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "base/number.h"
#include "base/period.h"
#include "record/csv_import.h"
#include "store/journal_format.h"
#include "store/journal_reader.h"

#include "fixture.h"

namespace {

using namespace ritrack;

void check_parsers(std::string_view text) {
  if (auto p = parse_period(text)) {
    if (parse_period(p->str()) != p) __builtin_trap();  // a period prints as it parses
  }
  if (auto d = Decimal::parse(text)) {
    if (Decimal::parse(d->str()) != d) __builtin_trap();  // exact, both ways
  }
  std::string why;
  auto n = parse_number(text, &why);
  if (!n && why.empty()) __builtin_trap();  // a refusal says why
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const Dataset dataset = [] {
    Dataset d;
    static_cast<Model&>(d) = fuzz::model();
    d.dir = "fuzz";
    return d;
  }();
  std::string_view text(reinterpret_cast<const char*>(data), size);
  check_parsers(text.substr(0, 64));

  Diagnostics out;
  std::vector<ImportedEntry> rows =
      read_import(text, "input.csv", dataset, Period{2026, 4}, "fuzz", "2026-11-22T10:00:00Z", out);
  for (const Diagnostic& d : out)
    if (d.message.empty() || code_name(d.code).empty()) __builtin_trap();  // every problem is explained
  std::string journal = new_journal("PER", "Peru");
  std::string added;
  size_t per = 0;
  for (const ImportedEntry& row : rows) {
    if (row.entry.country != "PER") continue;
    added += format_entry(row.entry, dataset.framework.find_indicator(row.entry.indicator)->measure);
    ++per;
  }
  journal = append_entries(journal, added, per);
  Diagnostics reread;
  DiagnosticSink sink("PER.yaml", reread);
  JournalContext context{dataset, Period{2026, 4}, "PER"};
  size_t read_back = 0;
  read_journal(journal, context, sink, [&](Entry&&) { ++read_back; });
  if (read_back != per || has_errors(reread)) __builtin_trap();  // what import accepts, a journal holds
  return 0;
}
