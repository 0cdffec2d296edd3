#include "store/iati_reader.h"

#include <doctest/doctest.h>

using namespace ritrack;

TEST_CASE("the IATI activity names who publishes and implements, in four languages") {
  Diagnostics out;
  DiagnosticSink sink("iati.yaml", out);
  IatiActivity a = read_iati(R"(identifier: XM-DAC-41302-RILAC
reporting_org: {ref: XM-DAC-41302, type: "40", name: "ILO"}
implementing_org: {ref: XM-DAC-41302, type: "40", name: "ILO, secretariat"}
description: {fr: "Réseau", es: "Red", en: "Network", pt: "Rede"}
result_type: "3"
source: "IATI Registry"
)",
                             sink);
  CHECK(out.empty());
  CHECK(a.identifier == "XM-DAC-41302-RILAC");
  CHECK(a.reporting.ref == "XM-DAC-41302");
  CHECK(a.implementing.name == "ILO, secretariat");
  CHECK(a.description[Lang::es] == "Red");
  CHECK(a.status == "2");  // the default
  CHECK(a.result_type == "3");
}

TEST_CASE("an IATI activity without a source, or an organisation without its type, is reported") {
  Diagnostics out;
  DiagnosticSink sink("iati.yaml", out);
  read_iati(R"(identifier: X
reporting_org: {ref: R, name: "N"}
implementing_org: {ref: R, type: "40", name: "N"}
description: {fr: "a", es: "b", en: "c", pt: "d"}
)",
            sink);
  REQUIRE(out.size() == 2);
  CHECK(out[0].code == DiagnosticCode::missing_key);
  CHECK(out[1].pos.line == 2);  // the root's missing source comes first
  CHECK(out[1].code == DiagnosticCode::missing_key);
}
