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

TEST_CASE("SDMX-CSV has one observation per value and per breakdown part, coded by the mapping") {
  Dataset data = testing::load_fixture("tests/fixtures/progress");
  auto rows = export_rows(data.entries, {std::nullopt, std::nullopt, {"PER"}, {"1.1"}, false});
  SdmxStructure sdmx;
  sdmx.areas["PER"] = "604";
  std::string csv = export_sdmx_csv(rows, data.framework, sdmx);
  CHECK(
      csv.starts_with("STRUCTURE,STRUCTURE_ID,ACTION,INDICATOR,REF_AREA,TIME_PERIOD,SECTOR,UNIT_MEASURE,OBS_VALUE,"
                      "OBS_STATUS,SOURCE_DETAIL,COMMENT\r\n"));
  CHECK(csv.find("dataflow,RILAC:DF_RILAC(1.0),I,RILAC_1_1,604,2019-Q1,_T,COUNT,5,A,") != std::string::npos);
  CHECK(csv.find("dataflow,RILAC:DF_RILAC(1.0),I,RILAC_1_1,604,2019-Q1,GOB,COUNT,3,A,") != std::string::npos);
}

TEST_CASE("DHIS2 values carry the mapping's UIDs, and every unmapped code is named once") {
  Dataset data = testing::load_fixture("tests/fixtures/progress");
  auto rows = export_rows(data.entries, {std::nullopt, std::nullopt, {"PER"}, {"1.1", "1.3"}, false});
  Dhis2Mapping mapping;
  mapping.data_elements = {{"1.1", "DE11"}, {"1.3", "DE13"}};
  mapping.org_units = {{"PER", "OUPER"}};
  mapping.category_option_combos = {{"total", "COCT"}};
  std::vector<Dhis2Unmapped> unmapped;
  std::string json = export_dhis2(rows, data.framework, mapping, unmapped);
  CHECK(json.find(
            R"({"dataElement":"DE11","period":"2019Q1","orgUnit":"OUPER","categoryOptionCombo":"COCT","value":"5")") !=
        std::string::npos);
  CHECK(json.find(R"("period":"2018","orgUnit":"OUPER","categoryOptionCombo":"COCT","value":"true")") !=
        std::string::npos);
  CHECK(unmapped == std::vector<Dhis2Unmapped>{{"category_option_combos", "sector=EMP"},
                                               {"category_option_combos", "sector=GOB"},
                                               {"category_option_combos", "sector=TRAB"}});
  std::string tmpl = dhis2_mapping_template(data.framework, data.countries);
  CHECK(tmpl.find("  \"1.1\": \"\"  # Number of actions\n") != std::string::npos);
  CHECK(tmpl.find("  \"sector=GOB\": \"\"  # Sector: Government\n") != std::string::npos);
}
