// libFuzzer target: arbitrary bytes through every loader and the checks.
// Whatever the input, loading must end with data or diagnostics: no crash,
// no hang, no sanitizer report.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "store/country_reader.h"
#include "store/framework_reader.h"
#include "store/journal_reader.h"

namespace {

constexpr std::string_view kFramework = R"(name: {fr: F, es: F, en: F, pt: F}
horizon: {from: 2014, to: 2030}
dimensions:
  - id: sector
    title: {fr: S, es: S, en: S, pt: S}
    categories:
      - {code: GOB, name: {fr: G, es: G, en: G, pt: G}}
      - {code: EMP, name: {fr: E, es: E, en: E, pt: E}}
scales:
  - id: s
    title: {fr: S, es: S, en: S, pt: S}
    threshold: 1
    levels:
      - {value: 0, label: {fr: a, es: a, en: a, pt: a}}
      - {value: 1, label: {fr: b, es: b, en: b, pt: b}}
results:
  - id: 1
    title: {fr: R, es: R, en: R, pt: R}
    indicators:
      - {id: "1.1", title: {fr: a, es: a, en: a, pt: a}, short: {fr: a, es: a, en: a, pt: a}, measure: count, scope: country, accumulate: flow, direction: increase, cadence: quarterly, breakdown: [sector]}
      - {id: "1.2", title: {fr: a, es: a, en: a, pt: a}, short: {fr: a, es: a, en: a, pt: a}, measure: flag, scope: country, accumulate: stock, direction: increase, cadence: annual}
      - {id: "1.3", title: {fr: a, es: a, en: a, pt: a}, short: {fr: a, es: a, en: a, pt: a}, measure: level, scale: s, scope: country, accumulate: stock, direction: increase, cadence: annual}
      - {id: "1.4", title: {fr: a, es: a, en: a, pt: a}, short: {fr: a, es: a, en: a, pt: a}, measure: amount, unit: USD, scope: regional, accumulate: flow, direction: increase, cadence: annual}
)";

constexpr std::string_view kCountries = R"(countries:
  - {code: PER, name: {fr: P, es: P, en: P, pt: P}, membership: {joined: 2014, source: s}}
)";

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace ritrack;
  static Diagnostics setup;
  static DiagnosticSink setup_sink("setup", setup);
  static const Model model{read_framework(kFramework, setup_sink), read_countries(kCountries, setup_sink), {}};
  if (!setup.empty()) __builtin_trap();  // the fixture itself must be valid

  std::string_view text(reinterpret_cast<const char*>(data), size);
  Diagnostics out;
  DiagnosticSink sink("input.yaml", out);
  read_framework(text, sink);
  read_countries(text, sink);
  JournalContext context{model, Period{2026, 4}, "PER"};
  size_t entries = 0;
  read_journal(text, context, sink, [&](Entry&&) { ++entries; });
  for (const Diagnostic& d : out)
    if (d.message.empty() || code_name(d.code).empty()) __builtin_trap();  // every problem is explained
  return 0;
}
