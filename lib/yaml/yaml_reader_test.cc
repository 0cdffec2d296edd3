#include "yaml/yaml_reader.h"

#include <doctest/doctest.h>

using namespace ritrack;

static YamlNode parse(const char* text, Diagnostics& out, const YamlStreamHook* hook = nullptr,
                      YamlParser parser = YamlParser::yaml_cpp) {
  DiagnosticSink sink("t.yaml", out);
  return read_yaml(text, sink, hook, parser);
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
  CHECK(out[0].code == DiagnosticCode::duplicate_key);
  CHECK(out[0].message == "duplicate key 'a' (first defined on line 1)");
  CHECK(out[0].pos.line == 3);
}

TEST_CASE("anchors and aliases are refused, tags too") {
  Diagnostics out;
  parse("a: &x 1\nb: *x\n", out);
  REQUIRE(out.size() == 2);
  CHECK(out[0].code == DiagnosticCode::yaml_anchor);
  CHECK(out[1].code == DiagnosticCode::yaml_alias);
  Diagnostics tags;
  parse("a: !!int 1\n", tags);
  CHECK(tags.at(0).code == DiagnosticCode::yaml_tag);
}

TEST_CASE("deep nesting stops with one diagnostic") {
  Diagnostics out;
  std::string deep = "a: " + std::string(100, '[') + std::string(100, ']') + "\n";
  parse(deep.c_str(), out);
  REQUIRE(out.size() == 1);
  CHECK(out[0].code == DiagnosticCode::yaml_depth);
}

TEST_CASE("empty input, syntax errors and second documents") {
  Diagnostics empty;
  parse("", empty);
  CHECK(empty.at(0).code == DiagnosticCode::empty_file);
  Diagnostics syntax;
  parse("a: [1, 2\n", syntax);
  CHECK(syntax.at(0).code == DiagnosticCode::yaml_syntax);
  Diagnostics two;
  parse("a: 1\n---\nb: 2\n", two);
  CHECK(two.at(0).code == DiagnosticCode::yaml_multiple_documents);
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

TEST_CASE("both parsers build the same tree and report the same problems") {
  const char* inputs[] = {"a: 1\nb:\n  - \"x\"\n  - y\nc: {d: é, e: ~}\n",
                          "a: 1\nb: 2\na: 3\n",
                          "a: &x 1\nb: *x\n",
                          "a: !!int 1\n",
                          "",
                          "a: 1\n---\nb: 2\n",
                          "k: {\"é\": 1, x: 2}\n"};
  for (const char* text : inputs) {
    CAPTURE(text);
    Diagnostics a, b;
    YamlNode x = parse(text, a, nullptr, YamlParser::yaml_cpp);
    YamlNode y = parse(text, b, nullptr, YamlParser::libyaml);
    REQUIRE(a.size() == b.size());
    for (size_t i = 0; i < a.size(); ++i) {
      CHECK(a[i].code == b[i].code);
      CHECK(a[i].pos.line == b[i].pos.line);
      CHECK(a[i].pos.column == b[i].pos.column);  // both count characters
    }
    CHECK(x.members.size() == y.members.size());
  }
}

TEST_CASE("libyaml: nulls, quoting and positions") {
  Diagnostics out;
  YamlNode root = parse("a:\nb: ~\nc: \"\"\nd: 'x'\n", out, nullptr, YamlParser::libyaml);
  REQUIRE(out.empty());
  CHECK(root.find("a")->kind == YamlNode::Kind::null);
  CHECK(root.find("b")->kind == YamlNode::Kind::null);
  CHECK(root.find("c")->is_scalar());  // an empty quoted string is text, not null
  CHECK(root.find("d")->quoted);
  CHECK(root.find("d")->pos.column == 4);
}
