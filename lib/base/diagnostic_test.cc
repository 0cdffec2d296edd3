#include "base/diagnostic.h"

#include <doctest/doctest.h>

using namespace ritrack;

TEST_CASE("sink records file, position and code") {
  Diagnostics out;
  DiagnosticSink sink("a.yaml", out);
  sink.error({3, 5}, 0, "unknown-key", "unknown key 'x'", "did you mean 'y'?");
  REQUIRE(out.size() == 1);
  CHECK(out[0].file == "a.yaml");
  CHECK(out[0].pos.line == 3);
  CHECK(out[0].length == 1);  // never zero: the caret always shows
  CHECK(out[0].hint == "did you mean 'y'?");
  CHECK(has_errors(out));
}

TEST_CASE("sort keeps files together and orders by line then column") {
  auto at = [](const char* file, int line, int column) {
    Diagnostic d;
    d.file = file;
    d.pos = {line, column};
    return d;
  };
  Diagnostics d{at("b", 1, 1), at("a", 9, 1), at("a", 2, 7), at("a", 2, 3)};
  sort_diagnostics(d);
  CHECK(d[0].pos.line == 2);
  CHECK(d[0].pos.column == 3);
  CHECK(d[1].pos.column == 7);
  CHECK(d[2].pos.line == 9);
  CHECK(d[3].file == "b");
}
