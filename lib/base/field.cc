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

bool text_is_fine(const Field& f) {
  return f.not_text.empty() && f.text.find_first_not_of(" \t\r\n") != std::string::npos && is_utf8(f.text);
}

bool is_text(const Field* f, std::string_view what, DiagnosticSink& sink) {
  if (!f) return false;
  if (!f->not_text.empty()) {
    report_not_text(*f, N_("text"), what, sink);
    return false;
  }
  if (f->text.find_first_not_of(" \t\r\n") == std::string::npos) {
    sink.error(f->pos, f->width, DiagnosticCode::empty_value, trf("{} is empty", what));
    return false;
  }
  // Data files are UTF-8 (YAML); input that is not would make one unreadable.
  if (!is_utf8(f->text)) {
    sink.error(f->pos, f->width, DiagnosticCode::bad_encoding, trf("{} is not valid UTF-8 text", what),
               tr("save the text (or the CSV file) as UTF-8"));
    return false;
  }
  return true;
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
