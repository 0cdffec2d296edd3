#include "yaml/yaml_tree_codec.h"

#include <doctest/doctest.h>

using namespace ritrack;

TEST_CASE("a tree written as bytes reads back the same; bytes that are not exactly one tree are refused") {
  Diagnostics out;
  DiagnosticSink sink("f.yaml", out);
  YamlNode root = read_yaml(
      "name: {en: \"Tracker\", es: Seguimiento}\nempty:\nlist:\n  - 1\n  - \"28\"\n  - [a, b]\nnested:\n  deep: "
      "|\n    two\n    lines\n",
      sink, nullptr, YamlParser::libyaml);
  REQUIRE(out.empty());
  std::string bytes;
  encode_tree(root, bytes);
  std::optional<YamlNode> back = decode_tree(bytes);
  REQUIRE(back);
  std::string again;
  encode_tree(*back, again);
  CHECK(again == bytes);
  const YamlNode* list = back->find("list");
  REQUIRE(list);
  REQUIRE(list->items.size() == 3);
  CHECK(list->items[1].text == "28");
  CHECK(list->items[1].quoted);
  CHECK_FALSE(list->items[0].quoted);
  CHECK(list->items[2].items[1].text == "b");
  CHECK(list->items[2].pos.line == 6);
  CHECK(back->members[1].key == "empty");
  CHECK(back->members[1].value.kind == YamlNode::Kind::null);
  CHECK(back->members[1].key_pos.line == 2);
  CHECK(back->find("nested")->find("deep")->text == "two\nlines\n");

  for (size_t cut = 0; cut < bytes.size(); ++cut) CHECK_FALSE(decode_tree(bytes.substr(0, cut)));
  CHECK_FALSE(decode_tree(bytes + "x"));
  std::string bad_kind = bytes;
  bad_kind[0] = 9;
  CHECK_FALSE(decode_tree(bad_kind));
  // Any byte changed reads as another tree or none, never out of bounds.
  for (size_t at = 0; at < bytes.size(); ++at) {
    std::string changed = bytes;
    changed[at] = static_cast<char>(0xFF);
    if (auto other = decode_tree(changed)) {
      std::string s;
      encode_tree(*other, s);
      CHECK(s == changed);
    }
  }
}
