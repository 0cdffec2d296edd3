#include "base/translate.h"

#include <doctest/doctest.h>

using namespace ritrack;

TEST_CASE("the program's words come from the catalogs, English when there is none") {
  CHECK(tr("Targets", Lang::fr) == "Cibles");
  CHECK(tr("Targets", Lang::es) == "Metas");
  CHECK(tr("Baseline", Lang::pt) == "Linha de base");
  CHECK(tr("Targets", Lang::en) == "Targets");
  CHECK(tr("no such word", Lang::fr) == "no such word");
  // Switching back and forth: gettext's cache must not keep the last language.
  CHECK(tr("Targets", Lang::fr) == "Cibles");
}

TEST_CASE("plural forms follow the language's rule") {
  CHECK(trnf_in(Lang::en, "{} text", "{} texts", 1) == "1 text");
  CHECK(trnf_in(Lang::en, "{} text", "{} texts", 0) == "0 texts");
  CHECK(trnf_in(Lang::fr, "{} text", "{} texts", 0) == "0 texte");  // French: 0 is singular
  CHECK(trnf_in(Lang::es, "{} text", "{} texts", 0) == "0 textos");
  CHECK(trn("{} text", "{} texts", 2, Lang::pt) == "{} textos");
}

TEST_CASE("messages made without a language are in the message language") {
  CHECK(trf("unknown language '{}' (use fr, es, en or pt)", "de") == "unknown language 'de' (use fr, es, en or pt)");
  set_message_lang(Lang::es);
  CHECK(trf("unknown language '{}' (use fr, es, en or pt)", "de") == "idioma desconocido «de» (use fr, es, en o pt)");
  CHECK(tr("Targets") == "Metas");
  set_message_lang(Lang::en);
}

TEST_CASE("a translation whose placeholders do not fit falls back to the English") {
  CHECK(detail::format_runtime("{} et {}", "{}", fmt::make_format_args(1)) == "1");
  CHECK(detail::format_runtime("{n}", "{} items", fmt::make_format_args(3)) == "3 items");
}

TEST_CASE("a label and its text follow the language's punctuation") {
  CHECK(labelled(Lang::fr, "Note", "texte") == "Note\u00a0: texte");  // a no-break space before the colon
  CHECK(labelled(Lang::es, "Nota", "texto") == "Nota: texto");
  CHECK(labelled(Lang::en, "Period", "") == "Period: ");  // a prompt
}
