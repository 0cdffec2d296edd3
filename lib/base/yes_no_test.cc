#include "base/yes_no.h"

#include <doctest/doctest.h>

using namespace ritrack;

TEST_CASE("yes and no in four languages, any case") {
  for (const char* yes : {"yes", "Y", "oui", "O", "sí", "SÍ", "Sí", "si", "s", "sim", "SIM"})
    CHECK(parse_yes_no(yes) == std::optional<bool>(true));
  for (const char* no : {"no", "N", "non", "NON", "não", "NÃO", "Não", "nao"})
    CHECK(parse_yes_no(no) == std::optional<bool>(false));
  for (const char* neither : {"", "maybe", "yess", "sí ", "ja", "1"}) CHECK_FALSE(parse_yes_no(neither));
}
