#include "yaml_reader.h"

#include <doctest/doctest.h>

using namespace ritrack;

static YamlNode parse(const char* text, Diagnostics& out, const YamlStreamHook* hook = nullptr) {
  DiagnosticSink sink("t.yaml", out);
  return read_yaml(text, sink, hook);
}

TEST_CASE("positions are 1-based and quoted scalars are marked") {
  Diagnostics out;
  YamlNode root = parse("a: 1\nb:\n  - \"x\"\n", out);
  REQUIRE(out.empty());
  CHECK(root.find("a")->pos.line == 1);
  CHECK(root.find("a")->pos.column == 4);
  const YamlNode& x = root.find("b")->items.at(0);
  CHECK(x.quoted);
  CHECK(x.pos.line == 3);
  CHECK(x.width() == 3);
}

TEST_CASE("duplicate keys name both lines") {
  Diagnostics out;
  parse("a: 1\nb: 2\na: 3\n", out);
  REQUIRE(out.size() == 1);
  CHECK(out[0].code == "duplicate-key");
  CHECK(out[0].message == "duplicate key 'a' (first defined on line 1)");
  CHECK(out[0].pos.line == 3);
}

TEST_CASE("anchors and aliases are refused, tags too") {
  Diagnostics out;
  parse("a: &x 1\nb: *x\n", out);
  REQUIRE(out.size() == 2);
  CHECK(out[0].code == "yaml-anchor");
  CHECK(out[1].code == "yaml-alias");
  Diagnostics tags;
  parse("a: !!int 1\n", tags);
  CHECK(tags.at(0).code == "yaml-tag");
}

TEST_CASE("deep nesting stops with one diagnostic") {
  Diagnostics out;
  std::string deep = "a: " + std::string(100, '[') + std::string(100, ']') + "\n";
  parse(deep.c_str(), out);
  REQUIRE(out.size() == 1);
  CHECK(out[0].code == "yaml-depth");
}

TEST_CASE("empty input, syntax errors and second documents") {
  Diagnostics empty;
  parse("", empty);
  CHECK(empty.at(0).code == "empty-file");
  Diagnostics syntax;
  parse("a: [1, 2\n", syntax);
  CHECK(syntax.at(0).code == "yaml-syntax");
  Diagnostics two;
  parse("a: 1\n---\nb: 2\n", two);
  CHECK(two.at(0).code == "yaml-multiple-documents");
  CHECK(two.at(0).pos.line == 2);
}

TEST_CASE("items of the streamed sequence go to the hook, not the tree") {
  Diagnostics out;
  std::vector<std::string> seen;
  YamlStreamHook hook{"entries", [&](YamlNode&& n) { seen.push_back(n.find("id")->text); }};
  YamlNode root = parse("country: PER\nentries:\n  - id: a\n  - id: b\nother: [x]\n", out, &hook);
  CHECK(out.empty());
  CHECK(seen == std::vector<std::string>{"a", "b"});
  CHECK(root.find("entries")->items.empty());
  CHECK(root.find("other")->items.size() == 1);  // only the named key streams
}
