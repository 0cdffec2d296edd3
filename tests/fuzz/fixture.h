// The framework and countries both fuzz targets check their input against.
#pragma once

#include <string_view>

#include "model/model.h"
#include "store/country_reader.h"
#include "store/framework_reader.h"

namespace ritrack::fuzz {

inline constexpr std::string_view kFramework = R"(name: {fr: F, es: F, en: F, pt: F}
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

inline constexpr std::string_view kCountries = R"(countries:
  - {code: PER, name: {fr: P, es: P, en: P, pt: P}, membership: {joined: 2014, source: s}}
)";

// The model above; traps if the fixture itself is not valid.
inline Model model() {
  Diagnostics setup;
  DiagnosticSink sink("setup", setup);
  Model m;
  m.framework = read_framework(kFramework, sink);
  m.countries = read_countries(kCountries, sink);
  if (!setup.empty()) __builtin_trap();
  return m;
}

}  // namespace ritrack::fuzz
