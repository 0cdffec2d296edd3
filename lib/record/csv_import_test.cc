#include "record/csv_import.h"

#include <doctest/doctest.h>

#include "testing/fixtures.h"

using namespace ritrack;

static Dataset fixture() { return testing::load_fixture("tests/fixtures/progress", std::vector<std::string>{}); }

TEST_CASE("rows become entries, in any column order") {
  Dataset data = fixture();
  Diagnostics out;
  auto rows = read_import(
      "Source;Country;Indicator;Period;Value;breakdown\n"
      "Q1 report;PER;1.1;2020-Q1;6;sector=GOB:4,EMP:2\n",
      "q1.csv", data, {2026, 4}, "ana", "2026-11-22T10:00:00Z", out);
  CHECK(out.empty());
  REQUIRE(rows.size() == 1);
  CHECK(rows[0].line == 2);
  CHECK(rows[0].entry.number == 6);
  CHECK(rows[0].entry.by == "ana");
  CHECK(rows[0].entry.breakdown.size() == 2);
}

TEST_CASE("every bad row is reported at its line; a bad header stops first") {
  Dataset data = fixture();
  Diagnostics out;
  auto rows = read_import(
      "country,indicator,period,value,source\nPER,1.3,2020,maybe,x\nXXX,1.3,2020,yes,x\n"
      "PER,1.3,2020,yes,\n",
      "bad.csv", data, {2026, 4}, "ana", "2026-11-22T10:00:00Z", out);
  CHECK(rows.empty());
  REQUIRE(out.size() == 3);
  CHECK(out[0].pos.line == 2);
  CHECK(out[1].code == DiagnosticCode::unknown_country);
  CHECK(out[2].message == "the row has no source");
  Diagnostics header;
  read_import("country,indicator,periode,value,source\nPER,1.3,2020,yes,x\n", "h.csv", data, {2026, 4}, "a",
              "2026-11-22T10:00:00Z", header);
  REQUIRE(header.size() == 2);
  CHECK(header[0].hint == "did you mean 'period'?");
  CHECK(header[1].code == DiagnosticCode::missing_column);
}
