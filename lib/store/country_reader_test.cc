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
  CHECK_FALSE(list.find("PER")->memberships.at(0).exact);  // known_by: joined earlier, date unknown
  CHECK(list.members({2018, 2}).size() == 1);
  CHECK(list.members({2018, 1}).empty());
}

TEST_CASE("a membership history: spells in time order") {
  Diagnostics out;
  DiagnosticSink sink("countries.yaml", out);
  CountryList list = read_countries(
      "countries:\n  - code: PER\n    name: {fr: P, es: P, en: P, pt: P}\n"
      "    membership:\n      - {joined: 2014-Q4, left: 2016, source: a}\n"
      "      - {joined: 2018-Q3, source: b}\n",
      sink);
  CHECK(out.empty());
  const Country& per = *list.find("PER");
  REQUIRE(per.memberships.size() == 2);
  CHECK(per.is_member({2015, 0}));
  CHECK_FALSE(per.is_member({2017, 2}));
  CHECK(per.is_member({2018, 3}));
  CHECK(membership_problem(per, {2017, 2})->message ==
        "PER joined the Initiative in 2018-Q3: its value for 2017-Q2 does not count in regional figures");

  Diagnostics bad;
  DiagnosticSink bad_sink("countries.yaml", bad);
  read_countries(
      "countries:\n  - code: PER\n    name: {fr: P, es: P, en: P, pt: P}\n"
      "    membership:\n      - {joined: 2014-Q4, source: a}\n"
      "      - {joined: 2018-Q3, source: b}\n",
      bad_sink);
  REQUIRE(bad.size() == 1);
  CHECK(bad[0].code == DiagnosticCode::bad_membership);
  CHECK(bad[0].pos.line == 6);
}
