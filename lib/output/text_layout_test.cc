#include "output/text_layout.h"

#include <doctest/doctest.h>

using namespace ritrack;

TEST_CASE("wrap breaks at spaces within the width") {
  auto lines = wrap("Les pays renforcent l'approche préventive", 20);
  REQUIRE(lines.size() == 3);
  CHECK(lines[0] == "Les pays renforcent");
  CHECK(lines[1] == "l'approche");
  CHECK(lines[2] == "préventive");
  CHECK(wrap("", 10) == std::vector<std::string>{""});
  CHECK(wrap("supercalifragilistic x", 5).front() == "supercalifragilistic");
}

TEST_CASE("truncate and pad count code points, not bytes") {
  CHECK(truncate("Pérou et Brésil", 8) == "Pérou e…");
  CHECK(truncate("Pérou", 5) == "Pérou");
  CHECK(pad_right("é", 3) == "é  ");
  CHECK(pad_left("12", 4) == "  12");
}
