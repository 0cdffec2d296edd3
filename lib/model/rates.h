// Exchange rates, dated and sourced: how amounts recorded in one currency
// are converted to an indicator's unit for regional totals.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/decimal.h"
#include "base/diagnostic.h"
#include "base/period.h"

namespace ritrack {

struct ExchangeRate {
  std::string currency;  // ISO 4217, e.g. "EUR"
  std::string to;        // the currency it converts to, e.g. "USD"
  Period period;         // a year (the year's average) or a quarter
  Decimal rate = 0;      // units of `to` for one unit of `currency`
  std::string source;
};

struct ExchangeRates {
  std::vector<ExchangeRate> rates;

  // The rate for an amount of `period`: the period's own or, for a quarter
  // without one, its year's. Null when there is none: the amount cannot be
  // converted, and nothing guesses a rate for it.
  const ExchangeRate* find(std::string_view currency, std::string_view to, const Period& period) const;
};

// Why `code` cannot be an ISO 4217 currency code (bad-currency), or nullopt.
std::optional<Problem> currency_code_problem(std::string_view code);

}  // namespace ritrack
