#include "base/lang.h"

#include <doctest/doctest.h>

using namespace ritrack;

TEST_CASE("language codes and locales") {
  CHECK(parse_lang("pt") == Lang::pt);
  CHECK_FALSE(parse_lang("de"));
  CHECK(lang_from_locale("es_PE.UTF-8") == Lang::es);
  CHECK(lang_from_locale("fr") == Lang::fr);
  CHECK_FALSE(lang_from_locale("C.UTF-8"));
  CHECK_FALSE(lang_from_locale("english"));
}

TEST_CASE("missing translations fall back to English, then French") {
  LocalizedText t;
  t[Lang::fr] = "Pays";
  CHECK(t.in(Lang::pt) == "Pays");
  t[Lang::en] = "Countries";
  CHECK(t.in(Lang::pt) == "Countries");
  t[Lang::pt] = "Países";
  CHECK(t.in(Lang::pt) == "Países");
}
