// Tested through yaml/yaml_reader_test.cc: every tree and refusal goes through the builder.
#include "yaml/yaml_tree_builder.h"
#include "base/translate.h"

#include <fmt/format.h>

namespace ritrack::detail {

void TreeBuilder::null(Position pos) {
  YamlNode node;
  node.pos = pos;
  complete(std::move(node));
}

// Anchors and aliases are reported and parsing goes on, so that one run shows
// every place that needs writing out in full. An alias stands as null.
void TreeBuilder::alias(Position pos) {
  sink_.error(pos, 1, DiagnosticCode::yaml_alias, tr("aliases are not allowed in ritrack files"),
              tr("write the value out in full instead of referring to an anchor"));
  YamlNode node;
  node.pos = pos;
  node.reported = true;
  complete(std::move(node));
}

void TreeBuilder::anchor(Position pos, std::string_view name) {
  sink_.error(pos, static_cast<int>(name.size()) + 1, DiagnosticCode::yaml_anchor,
              trf("anchor '&{}' is not allowed in ritrack files", name), tr("write each value out in full"));
}

void TreeBuilder::scalar(Position pos, std::string_view tag, std::string text, bool quoted) {
  refuse_tag(pos, tag);
  YamlNode node;
  node.kind = YamlNode::Kind::scalar;
  node.pos = pos;
  node.text = std::move(text);
  node.quoted = quoted;
  complete(std::move(node));
}

void TreeBuilder::refuse_tag(Position pos, std::string_view tag) {
  if (tag.empty() || tag == "?" || tag == "!") return;
  std::string shown = tag.starts_with("tag:yaml.org,2002:") ? "!!" + std::string(tag.substr(18)) : std::string(tag);
  sink_.error(pos, 1, DiagnosticCode::yaml_tag, trf("tag '{}' is not allowed in ritrack files", shown),
              tr("remove the tag; ritrack reads every value by its field"));
  throw StopParsing{};
}

void TreeBuilder::open(Position pos, std::string_view tag, YamlNode::Kind kind) {
  refuse_tag(pos, tag);
  if (static_cast<int>(stack_.size()) >= kMaxYamlDepth) {
    sink_.error(pos, 1, DiagnosticCode::yaml_depth, trf("nesting is deeper than {} levels", kMaxYamlDepth),
                tr("ritrack files are at most a few levels deep; check the indentation"));
    throw StopParsing{};
  }
  Frame frame;
  frame.node.kind = kind;
  frame.node.pos = pos;
  if (kind == YamlNode::Kind::mapping) frame.node.members.reserve(8);  // an entry's fields, in one allocation
  stack_.push_back(std::move(frame));
}

void TreeBuilder::close() {
  YamlNode node = std::move(stack_.back().node);
  stack_.pop_back();
  complete(std::move(node));
}

bool TreeBuilder::streams_into_parent() const {
  return hook_ && stack_.size() == 2 && stack_[0].have_key && stack_[0].key == hook_->key && stack_[1].node.is_seq();
}

void TreeBuilder::complete(YamlNode&& node) {
  if (stack_.empty()) {
    root_ = std::move(node);
    return;
  }
  if (streams_into_parent()) {
    hook_->on_item(std::move(node));
    return;
  }
  Frame& parent = stack_.back();
  if (parent.node.is_seq()) {
    parent.node.items.push_back(std::move(node));
  } else if (!parent.have_key) {
    accept_key(parent, std::move(node));
  } else {
    parent.node.members.push_back(YamlMember{std::move(parent.key), parent.key_pos, std::move(node)});
    parent.have_key = false;
  }
}

void TreeBuilder::accept_key(Frame& map, YamlNode&& key) {
  if (!key.is_scalar()) {
    sink_.error(key.pos, 1, DiagnosticCode::yaml_complex_key, tr("mapping keys must be plain text"));
    throw StopParsing{};
  }
  for (const YamlMember& m : map.node.members) {
    if (m.key == key.text) {
      sink_.error(key.pos, key.width(), DiagnosticCode::duplicate_key,
                  trf("duplicate key '{}' (first defined on line {})", key.text, m.key_pos.line),
                  tr("keep one of the two; YAML readers disagree on which one wins"));
      break;
    }
  }
  map.key = std::move(key.text);
  map.key_pos = key.pos;
  map.have_key = true;
}

void report_empty_file(DiagnosticSink& sink) {
  sink.error({1, 1}, 1, DiagnosticCode::empty_file, tr("the file is empty"),
             tr("every ritrack file is a YAML mapping; see the README for its layout"));
}

void report_second_document(DiagnosticSink& sink, Position where) {
  sink.error(where, 3, DiagnosticCode::yaml_multiple_documents,
             tr("a ritrack file holds one YAML document; found a second one here"),
             tr("remove the '---' line or split the file"));
}

void report_syntax_error(DiagnosticSink& sink, Position where, std::string_view problem) {
  sink.error(where, 1, DiagnosticCode::yaml_syntax, trf("YAML syntax error: {}", problem));
}

}  // namespace ritrack::detail
