#include "store/rates_reader.h"

#include <doctest/doctest.h>

using namespace ritrack;
using namespace ritrack::literals;

TEST_CASE("rates: each with its currencies, period, rate and source") {
  Diagnostics out;
  DiagnosticSink sink("rates.yaml", out);
  ExchangeRates r = read_rates(
      "rates:\n"
      "  - {currency: EUR, to: USD, period: 2019, rate: 1.12, source: \"bank\"}\n"
      "  - {currency: eur, to: USD, period: 2020, rate: 1.1, source: \"bank\"}\n"
      "  - {currency: PEN, to: USD, period: 2019, rate: 0, source: \"bank\"}\n"
      "  - {currency: EUR, to: USD, period: 2019, rate: 1.13, source: \"again\"}\n"
      "  - {currency: BRL, to: USD, period: 2019, rate: 0.25}\n",
      sink);
  REQUIRE(r.rates.size() == 1);
  CHECK(r.rates[0].rate == 1.12_dec);
  REQUIRE(out.size() == 4);
  CHECK(out[0].code == DiagnosticCode::bad_currency);
  CHECK(out[0].message == "'eur' is not an ISO 4217 currency code");
  CHECK(out[1].code == DiagnosticCode::bad_number);
  CHECK(out[2].code == DiagnosticCode::duplicate_id);
  CHECK(out[3].code == DiagnosticCode::missing_key);
}
