#include "output/export_format.h"

#include <doctest/doctest.h>

#include "testing/fixtures.h"

using namespace ritrack;

TEST_CASE("the CSV export has import's columns, exact numbers and protected text") {
  Dataset data = testing::load_fixture("tests/fixtures/progress");
  auto rows = export_rows(data.entries, {std::nullopt, std::nullopt, {"PER"}, {"1.1", "1.2"}, false});
  std::string csv = export_csv(rows, data.framework, false);
  CHECK(csv.starts_with(
      "country,indicator,period,value,currency,unit,breakdown,item,types,partners,ends,source,note,recorded,by\r\n"));
  CHECK(csv.find("PER,1.1,2019-Q1,5,,,\"sector=GOB:3,EMP:1,TRAB:1\",") != std::string::npos);
  CHECK(csv.find("PER,1.2,2019,1000,USD,,") != std::string::npos);  // money names its currency
  Entry formula = *rows.front().entry;
  formula.source = "=HYPERLINK(\"x\")";
  CHECK(export_csv({{&formula}}, data.framework, false).find(",\"'=HYPERLINK(\"\"x\"\")\",") != std::string::npos);
}

TEST_CASE("the JSON export types its values and nests breakdowns") {
  Dataset data = testing::load_fixture("tests/fixtures/progress");
  auto rows = export_rows(data.entries, {std::nullopt, std::nullopt, {"PER"}, {"1.1", "1.3"}, true});
  std::string json = export_json(rows, data.framework, true);
  CHECK(json.starts_with(R"({"schema":"ritrack.export/1","values":[{"country":"PER","indicator":"1.1")"));
  CHECK(json.find(R"("value":5,"breakdown":{"sector":{"GOB":3,"EMP":1,"TRAB":1}})") != std::string::npos);
  CHECK(json.find(R"("value":true)") != std::string::npos);
  CHECK(json.find(R"("state":"superseded")") != std::string::npos);
  CHECK(json.ends_with("]}\n"));
}
