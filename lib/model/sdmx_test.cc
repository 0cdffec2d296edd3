#include "model/sdmx.h"

#include <doctest/doctest.h>

using namespace ritrack;

TEST_CASE("SDMX codes come from the mapping, else from the framework's own names") {
  SdmxStructure s;
  CHECK(s.structure_id() == "RILAC:DF_RILAC(1.0)");
  CHECK(s.indicator_code("1.6") == "RILAC_1_6");
  s.indicators["1.6"] = "SL_TLF_CHLDEA";
  CHECK(s.indicator_code("1.6") == "SL_TLF_CHLDEA");
  CHECK(s.dimension_id("sector") == "SECTOR");
  CHECK(s.area_code("PER") == "PER");
  CHECK(s.area_code("RI") == "419");
  s.areas["PER"] = "604";
  CHECK(s.area_code("PER") == "604");
  s.units["count"] = "NUMBER";
  CHECK(s.unit_code("count") == "NUMBER");
  CHECK(s.unit_code("usd") == "USD");
}
