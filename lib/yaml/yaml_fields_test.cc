#include "yaml/yaml_fields.h"

#include <doctest/doctest.h>

using namespace ritrack;

namespace {

YamlNode parse(std::string_view text, Diagnostics& out) {
  DiagnosticSink sink("t.yaml", out);
  return read_yaml(text, sink);
}

}  // namespace

TEST_CASE("keys: unknown ones with the near match, missing ones together") {
  Diagnostics out;
  YamlNode root = parse("indicatr: 1\nnote: x\n", out);
  DiagnosticSink sink("t.yaml", out);
  CHECK(check_keys(root, {{"indicator", "period"}, {"note"}}, "an entry", sink));
  REQUIRE(out.size() == 2);
  CHECK(out[0].code == DiagnosticCode::unknown_key);
  CHECK(out[0].hint == "did you mean 'indicator'?");
  CHECK(out[1].message == "an entry has no 'indicator', 'period'");
}

TEST_CASE("typed reads say what is wrong, where") {
  Diagnostics out;
  YamlNode root = parse("n: 0x10\np: 2019-Q5\nc: stok\ne: ''\nl: [a]\n", out);
  DiagnosticSink sink("t.yaml", out);
  CHECK_FALSE(read_number(root.find("n"), "the value", sink));
  CHECK_FALSE(read_period(root.find("p"), "the period", sink));
  CHECK_FALSE(read_choice(root.find("c"), "the accumulation", {"stock", "flow"}, sink));
  CHECK_FALSE(read_text(root.find("e"), "the source", sink));
  CHECK_FALSE(read_text(root.find("l"), "the note", sink));
  REQUIRE(out.size() == 5);
  CHECK(out[0].code == DiagnosticCode::bad_number);
  CHECK(out[1].code == DiagnosticCode::bad_period);
  CHECK(out[1].pos.line == 2);
  CHECK(out[2].hint == "did you mean 'stock'?");
  CHECK(out[3].message == "the source is empty");
  CHECK(out[4].message == "expected text for the note, got a list");
}

TEST_CASE("localized text needs every language") {
  Diagnostics out;
  YamlNode root = parse("t: {fr: a, es: b, en: c}\n", out);
  DiagnosticSink sink("t.yaml", out);
  CHECK_FALSE(read_localized(root.find("t"), "the title", sink));
  REQUIRE(out.size() == 1);
  CHECK(out[0].message == "the title has no 'pt'");
}
