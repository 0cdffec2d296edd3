#include "store/country_reader.h"

#include <doctest/doctest.h>

using namespace ritrack;

TEST_CASE("journal codes are matched against the list") {
  Diagnostics out;
  DiagnosticSink sink("countries.yaml", out);
  CountryList list = read_countries(
      "countries:\n  - code: PER\n    name: {fr: Pérou, es: Perú, en: Peru, pt: Peru}\n"
      "    membership: {known_by: 2018-Q2, source: s}\n    focal_points: [GOB]\n",
      sink);
  CHECK(out.empty());
  CHECK(is_journal_code(list, "PER"));
  CHECK(is_journal_code(list, "RI"));
  CHECK_FALSE(is_journal_code(list, "../PER"));
  CHECK_FALSE(is_journal_code(list, "per"));
  CHECK_FALSE(list.find("PER")->membership->exact);  // known_by: joined earlier, date unknown
  CHECK(list.members({2018, 2}).size() == 1);
  CHECK(list.members({2018, 1}).empty());
}
