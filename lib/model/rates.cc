#include "model/rates.h"

#include <algorithm>

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

bool is_currency_code(std::string_view code) {
  return code.size() == 3 && std::all_of(code.begin(), code.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
}

}  // namespace ritrack
