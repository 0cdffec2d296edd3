// One value as written, in a file or by a person, and the typed reads that
// every reader shares: YAML files (yaml/yaml_fields.h), entries from any
// source (model/entry_rules.h). The same problem reads the same words
// wherever it was found.
#pragma once

#include <concepts>
#include <optional>
#include <string>
#include <string_view>

#include "base/decimal.h"
#include "base/diagnostic.h"
#include "base/number.h"
#include "base/period.h"

namespace ritrack {

// `not_text` names what stood instead of text ("a mapping") when it was not
// text; `reported`: a problem was already reported there, stay silent.
struct Field {
  std::string text;
  Position pos;  // {0, 0}: the command line or a prompt
  int width = 1;
  std::string_view not_text;
  bool reported = false;
};

// A mapping's key as a field, underlined over its length.
Field key_field(std::string key, Position pos);

// Three capital letters, as ISO 3166-1 alpha-3 and ISO 4217 codes are written.
bool is_three_capitals(std::string_view code);

// "expected {expected} for {what}, got {f.not_text}" (wrong-type).
void report_not_text(const Field& f, std::string_view expected, std::string_view what, DiagnosticSink& sink);

// Whether `f` holds non-empty UTF-8 text; reports it when not. A missing
// field (null) is not reported: that is the reader's, which knows the key.
bool is_text(const Field* f, std::string_view what, DiagnosticSink& sink);
// A plain decimal number (base/number.h), or nullopt, reported.
std::optional<Decimal> field_number(const Field& f, std::string_view what, DiagnosticSink& sink);
// A period (2019, 2019-Q2), or nullopt, reported.
std::optional<Period> field_period(const Field& f, std::string_view what, DiagnosticSink& sink);

// The same reads for a label dear to build ("the 'sector' part", translated
// and formatted for each part of each entry): `label()` is called only when
// there is a problem to report.
bool text_is_fine(const Field& f);  // is_text's test, reporting nothing
template <std::invocable Label>
bool is_text(const Field* f, Label&& label, DiagnosticSink& sink) {
  return (f && text_is_fine(*f)) || is_text(f, std::string_view(label()), sink);
}
template <std::invocable Label>
std::optional<Decimal> field_number(const Field& f, Label&& label, DiagnosticSink& sink) {
  if (text_is_fine(f))
    if (auto value = parse_number(f.text)) return value;
  return field_number(f, std::string_view(label()), sink);
}

}  // namespace ritrack
