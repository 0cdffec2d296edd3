#include "model/rates.h"

#include <fmt/format.h>

#include "base/field.h"
#include "base/translate.h"

namespace ritrack {

const ExchangeRate* ExchangeRates::find(std::string_view currency, std::string_view to, const Period& period) const {
  const ExchangeRate* year = nullptr;
  for (const ExchangeRate& r : rates) {
    if (r.currency != currency || r.to != to) continue;
    if (r.period == period) return &r;
    if (r.period == Period{period.year, 0}) year = &r;
  }
  return year;
}

std::optional<Problem> currency_code_problem(std::string_view code) {
  if (is_three_capitals(code)) return std::nullopt;
  return Problem{DiagnosticCode::bad_currency, trf("'{}' is not an ISO 4217 currency code", code),
                 tr("three capital letters, e.g. EUR")};
}

}  // namespace ritrack
