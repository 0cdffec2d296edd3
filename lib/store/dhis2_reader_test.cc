#include "store/dhis2_reader.h"

#include <doctest/doctest.h>

using namespace ritrack;

TEST_CASE("the DHIS2 mapping reads UIDs, keeping the template's empty ones empty") {
  Diagnostics out;
  DiagnosticSink sink("map.yaml", out);
  Dhis2Mapping m = read_dhis2_mapping(R"(data_elements: {"1.1": fbfJHSPpUQD, "1.3": ""}
org_units: {PER: ImspTQPwCqd, RI:}
category_option_combos: {total: HllvX50cXC0, sector=GOB: Prlt0C1RF0s}
)",
                                      sink);
  CHECK(out.empty());
  CHECK(m.data_elements.at("1.1") == "fbfJHSPpUQD");
  CHECK(m.data_elements.at("1.3").empty());
  CHECK(m.org_units.at("RI").empty());
  CHECK(m.category_option_combos.at(combo_key("sector", "GOB")) == "Prlt0C1RF0s");
}

TEST_CASE("a DHIS2 mapping with another key or a list is reported") {
  Diagnostics out;
  DiagnosticSink sink("map.yaml", out);
  read_dhis2_mapping("data_elements: [a]\nunits: {}\n", sink);
  REQUIRE(out.size() == 2);
}
