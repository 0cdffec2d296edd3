#include "base/field.h"

#include <algorithm>

#include <fmt/format.h>

#include "base/escape.h"
#include "base/number.h"
#include "base/translate.h"

namespace ritrack {

bool is_three_capitals(std::string_view code) {
  return code.size() == 3 && std::all_of(code.begin(), code.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
}

void report_not_text(const Field& f, std::string_view expected, std::string_view what, DiagnosticSink& sink) {
  if (f.reported) return;
  sink.error(f.pos, f.width, DiagnosticCode::wrong_type,
             trf("expected {} for {}, got {}", tr(expected), tr(what), tr(f.not_text)));
}

namespace {

enum class TextProblem { none, not_text, empty, not_utf8 };

// What keeps a field from being text, in the order it is reported. Data
// files are UTF-8 (YAML); input that is not would make one unreadable.
TextProblem text_problem(const Field& f) {
  if (!f.not_text.empty()) return TextProblem::not_text;
  if (f.text.find_first_not_of(" \t\r\n") == std::string::npos) return TextProblem::empty;
  if (!is_utf8(f.text)) return TextProblem::not_utf8;
  return TextProblem::none;
}

}  // namespace

bool text_is_fine(const Field& f) { return text_problem(f) == TextProblem::none; }

bool is_text(const Field* f, std::string_view what, DiagnosticSink& sink) {
  if (!f) return false;
  switch (text_problem(*f)) {
    case TextProblem::none:
      return true;
    case TextProblem::not_text:
      report_not_text(*f, N_("text"), what, sink);
      break;
    case TextProblem::empty:
      sink.error(f->pos, f->width, DiagnosticCode::empty_value, trf("{} is empty", what));
      break;
    case TextProblem::not_utf8:
      sink.error(f->pos, f->width, DiagnosticCode::bad_encoding, trf("{} is not valid UTF-8 text", what),
                 tr("save the text (or the CSV file) as UTF-8"));
      break;
  }
  return false;
}

Field key_field(std::string key, Position pos) {
  int width = static_cast<int>(key.size());
  return Field{std::move(key), pos, width, {}, false};
}

std::optional<Decimal> field_number(const Field& f, std::string_view what, DiagnosticSink& sink) {
  if (!is_text(&f, what, sink)) return std::nullopt;
  std::string why;
  auto value = parse_number(f.text, &why);
  if (!value)
    sink.error(f.pos, f.width, DiagnosticCode::bad_number, trf("{} \"{}\" is not a number ({})", what, f.text, why),
               tr("write a plain decimal such as 12 or 0.5"));
  return value;
}

std::optional<Period> field_period(const Field& f, std::string_view what, DiagnosticSink& sink) {
  if (!is_text(&f, what, sink)) return std::nullopt;
  std::string why;
  auto period = parse_period(f.text, &why);
  if (!period)
    sink.error(f.pos, f.width, DiagnosticCode::bad_period, trf("{} \"{}\" is malformed: {}", what, f.text, why),
               tr("write a year (2019) or a quarter (2019-Q2)"));
  return period;
}

}  // namespace ritrack
