#include "model/countries.h"

#include <doctest/doctest.h>

using namespace ritrack;

TEST_CASE("membership from a period on, until it is left") {
  Country c;
  c.code = "PER";
  c.memberships = {Membership{{2014, 4}, true, Period{2020, 0}, "s"}};
  CHECK_FALSE(c.is_member({2014, 3}));
  CHECK(c.is_member({2014, 4}));
  CHECK(c.is_member({2020, 0}));
  CHECK_FALSE(c.is_member({2021, 1}));
  Country never;
  never.code = "ARG";
  CHECK_FALSE(never.is_member({2020, 0}));
}

TEST_CASE("why a value does not count: never a member, not yet, known only later, left") {
  Country c;
  c.code = "CHL";
  CHECK(membership_problem(c, {2019, 0})->hint == "add its membership, with a source, to countries.yaml");
  c.memberships = {Membership{{2018, 4}, false, Period{2022, 0}, "s"}};
  CHECK_FALSE(membership_problem(c, {2019, 0}));
  auto early = membership_problem(c, {2017, 0});
  REQUIRE(early);
  CHECK(early->code == DiagnosticCode::not_a_member);
  CHECK(early->message ==
        "CHL is known to be a member only from 2018-Q4 (countries.yaml, 'known_by'): its value for 2017 does not "
        "count in regional figures");
  CHECK(membership_problem(c, {2023, 0})->message ==
        "CHL left the Initiative in 2022: its value for 2023 does not count in regional figures");
}

TEST_CASE("a country as people type it: any case, ISO-2, a name in any language") {
  CountryList list;
  Country peru;
  peru.code = "PER";
  peru.iso2 = "PE";
  peru.name[Lang::fr] = "Pérou";
  peru.name[Lang::es] = "Perú";
  peru.name[Lang::en] = "Peru";
  list.countries.push_back(peru);
  for (const char* typed : {"PER", "per", "PE", "pe", "Pérou", "perou", "PERÚ", "Peru"})
    CHECK(resolve_country(list, typed) == "PER");
  CHECK(resolve_country(list, "ri") == "RI");
  CHECK_FALSE(resolve_country(list, "Pérouu"));
  CHECK_FALSE(resolve_country(list, "../PER"));
  CHECK(country_hint(list, "Pérouu", Lang::en) == "did you mean 'PER' (Peru)?");
  CHECK(country_hint(list, "Chine", Lang::en).starts_with("use an ISO code"));
}
