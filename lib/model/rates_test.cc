#include "model/rates.h"

#include <doctest/doctest.h>

using namespace ritrack;
using namespace ritrack::literals;

TEST_CASE("a rate is the period's own, else its year's for a quarter, else none") {
  ExchangeRates r{{{"EUR", "USD", {2019, 0}, 1.12_dec, "year"}, {"EUR", "USD", {2019, 2}, 1.10_dec, "quarter"}}};
  CHECK(r.find("EUR", "USD", {2019, 2})->rate == 1.10_dec);
  CHECK(r.find("EUR", "USD", {2019, 3})->rate == 1.12_dec);
  CHECK(r.find("EUR", "USD", {2019, 0})->rate == 1.12_dec);
  CHECK(r.find("EUR", "USD", {2020, 1}) == nullptr);
  CHECK(r.find("PEN", "USD", {2019, 0}) == nullptr);
  CHECK(r.find("USD", "EUR", {2019, 0}) == nullptr);  // no inverse is guessed
  CHECK_FALSE(currency_code_problem("EUR"));
  CHECK(currency_code_problem("eur")->code == DiagnosticCode::bad_currency);
  CHECK(currency_code_problem("EURO")->message == "'EURO' is not an ISO 4217 currency code");
}
