#include "store/rates_reader.h"

#include <fmt/format.h>

#include "base/translate.h"
#include "yaml/yaml_fields.h"
#include "yaml/yaml_reader.h"

namespace ritrack {

static std::optional<std::string> read_currency(const YamlNode* node, std::string_view what, DiagnosticSink& sink) {
  auto code = read_text(node, what, sink);
  if (!code) return std::nullopt;
  if (auto problem = currency_code_problem(*code)) {
    sink.error(node->pos, node->width(), std::move(*problem));
    return std::nullopt;
  }
  return code;
}

ExchangeRates read_rates(std::string_view text, DiagnosticSink& sink) {
  ExchangeRates out;
  for (const YamlNode& n : read_file_list(text, "rates", tr("the rates file"), sink)) {
    if (!check_keys(n, {{"currency", "to", "period", "rate", "source"}, {}}, tr("a rate"), sink)) continue;
    auto currency = read_currency(n.find("currency"), tr("the rate's currency"), sink);
    auto to = read_currency(n.find("to"), tr("the currency converted to"), sink);
    auto period = read_period(n.find("period"), tr("the rate's period"), sink);
    auto rate = read_number(n.find("rate"), tr("the rate"), sink);
    auto source = read_text(n.find("source"), tr("the rate's source"), sink);
    if (!currency || !to || !period || !rate || !source) continue;
    if (*rate <= 0) {
      sink.error(n.find("rate")->pos, n.find("rate")->width(), DiagnosticCode::bad_number,
                 trf("a rate is more than 0, not {}", n.find("rate")->text));
      continue;
    }
    if (out.find(*currency, *to, *period) && out.find(*currency, *to, *period)->period == *period) {
      sink.error(n.pos, 1, DiagnosticCode::duplicate_id,
                 trf("the rate from {} to {} for {} is given twice", *currency, *to, period->str()));
      continue;
    }
    out.rates.push_back({*currency, *to, *period, *rate, *source});
  }
  return out;
}

}  // namespace ritrack
