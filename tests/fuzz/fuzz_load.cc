// libFuzzer target: arbitrary bytes through every loader and the checks.
// Whatever the input, loading must end with data or diagnostics: no crash,
// no hang, no sanitizer report.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "store/country_reader.h"
#include "store/framework_reader.h"
#include "store/iati_reader.h"
#include "store/journal_reader.h"
#include "store/plan_reader.h"
#include "store/pledge_reader.h"
#include "store/rates_reader.h"
#include "store/sdmx_reader.h"

#include "fixture.h"

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
  size_t entries = 0;
  read_journal(text, context, sink, [&](Entry&&) { ++entries; });
  for (const Diagnostic& d : out)
    if (d.message.empty() || code_name(d.code).empty()) __builtin_trap();  // every problem is explained
  return 0;
}
