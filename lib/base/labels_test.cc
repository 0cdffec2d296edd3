#include "base/labels.h"

#include <doctest/doctest.h>

using namespace ritrack;

TEST_CASE("interface words in four languages, English when unknown") {
  CHECK(tr("Targets", Lang::fr) == "Cibles");
  CHECK(tr("Targets", Lang::es) == "Metas");
  CHECK(tr("Baseline", Lang::pt) == "Linha de base");
  CHECK(tr("Targets", Lang::en) == "Targets");
  CHECK(tr("no such word", Lang::fr) == "no such word");
}
