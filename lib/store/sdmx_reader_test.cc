#include "store/sdmx_reader.h"

#include <doctest/doctest.h>

using namespace ritrack;

TEST_CASE("the SDMX mapping names the dataflow and overrides codes") {
  Diagnostics out;
  DiagnosticSink sink("sdmx.yaml", out);
  SdmxStructure s = read_sdmx(R"(structure: {agency: ILO, id: DF_CL, version: "2.1"}
areas: {RI: LAC, PER: "604"}
dimensions: {sector: SECTOR_ILO}
units: {count: NUMBER}
source: "agreed with the ILO"
)",
                              sink);
  CHECK(out.empty());
  CHECK(s.structure_id() == "ILO:DF_CL(2.1)");
  CHECK(s.area_code("RI") == "LAC");
  CHECK(s.area_code("PER") == "604");
  CHECK(s.dimension_id("sector") == "SECTOR_ILO");
  CHECK(s.unit_code("count") == "NUMBER");
}

TEST_CASE("a mapping without a source or with an unknown key is reported") {
  Diagnostics out;
  DiagnosticSink sink("sdmx.yaml", out);
  read_sdmx("structure: {agency: A, id: B, version: C}\ncodes: {}\n", sink);
  REQUIRE(out.size() == 2);
  CHECK(out[0].code == DiagnosticCode::unknown_key);  // in file order: 'codes' is on line 2
  CHECK(out[1].code == DiagnosticCode::missing_key);
}
