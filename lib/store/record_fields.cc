// Tested through store/pledge_reader_test.cc (and the plan reader's tests).
#include "store/record_fields.h"

#include "base/translate.h"
#include "model/entry_rules.h"

namespace ritrack {

std::string text_or_empty(const YamlNode* node, std::string_view what, DiagnosticSink& sink) {
  return node ? read_text(node, what, sink).value_or("") : "";
}

std::optional<Date> read_date(const YamlNode* node, std::string_view what, DiagnosticSink& sink) {
  auto text = read_text(node, what, sink);
  if (!text) return std::nullopt;
  auto date = parse_date(*text);
  if (!date)
    sink.error(node->pos, node->width(), DiagnosticCode::bad_date, trf("{} \"{}\" is not a date", what, *text),
               tr("write it as YYYY-MM-DD, e.g. 2021-12-30"));
  return date;
}

std::optional<int> read_year(const YamlNode* node, std::string_view what, DiagnosticSink& sink) {
  auto number = read_number(node, what, sink);
  if (!number) return std::nullopt;
  if (!number->is_whole() || number->whole() < 1900 || number->whole() > 2100) {
    sink.error(node->pos, node->width(), DiagnosticCode::bad_number, trf("{} must be a year, e.g. 2025", what));
    return std::nullopt;
  }
  return static_cast<int>(number->whole());
}

void read_provenance(const YamlNode& node, std::string& recorded, std::string& by, DiagnosticSink& sink) {
  by = text_or_empty(node.find("by"), tr("'by' (who recorded it)"), sink);
  const YamlNode* at = node.find("recorded");
  recorded = text_or_empty(at, tr("the recording time"), sink);
  if (!recorded.empty() && !is_utc_timestamp(recorded))
    sink.error(at->pos, at->width(), DiagnosticCode::bad_timestamp,
               trf("recording time \"{}\" is not a UTC timestamp", recorded), tr("e.g. 2021-02-01T10:00:00Z"));
}

}  // namespace ritrack
