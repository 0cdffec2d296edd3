#include "output/entry_card.h"

#include <doctest/doctest.h>

#include "testing/makers.h"

using namespace ritrack;
using ritrack::testing::small_model;
using ritrack::testing::value_entry;

TEST_CASE("the card names the country, the value as people say it, and what it replaces") {
  Model m = small_model();
  m.countries.countries[0].name[Lang::es] = "Perú";
  Entry now = value_entry("PER", "1.1", Period{2019, 0}, 0);
  now.source = "informe";
  Entry before = value_entry("PER", "1.1", Period{2019, 0}, 1);
  before.recorded = "2019-04-10T09:00:00Z";
  before.by = "GOB focal point";
  Document doc = entry_card(now, m, &before, Lang::es);
  REQUIRE(doc.blocks.size() == 1);
  const auto& rows = doc.blocks[0].table.sections[0].rows;
  auto value_of = [&](std::string_view label) {
    for (const auto& r : rows)
      if (r[0].text == label) return r[1].text;
    return std::string("(none)");
  };
  CHECK(value_of("País") == "PER Perú");
  CHECK(value_of("Valor") == "no");
  CHECK(value_of("Fuente") == "informe");
  CHECK(value_of("Reemplaza") == "sí registrado el 2019-04-10 por GOB focal point");
  CHECK(value_of("Nota") == "(none)");  // empty fields are left out
  CHECK(entry_card(now, m, nullptr, Lang::en).blocks.size() == 1);
}
