#include "yaml_reader.h"

#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/mark.h>
#include <yaml-cpp/parser.h>

#include <sstream>

#include <fmt/format.h>

namespace ritrack {

namespace {

Position position_of(const YAML::Mark& mark) {
  if (mark.line < 0) return {};
  return {mark.line + 1, mark.column + 1};
}

// Thrown by the handler to stop parsing after a fatal problem it reported.
struct StopParsing {};

class TreeBuilder : public YAML::EventHandler {
 public:
  TreeBuilder(DiagnosticSink& sink, const YamlStreamHook* hook) : sink_(sink), hook_(hook) {}

  YamlNode take_root() { return std::move(root_); }
  bool saw_document() const { return saw_document_; }

  void OnDocumentStart(const YAML::Mark&) override { saw_document_ = true; }
  void OnDocumentEnd() override {}

  void OnNull(const YAML::Mark& mark, YAML::anchor_t) override {
    YamlNode node;
    node.pos = position_of(mark);
    complete(std::move(node));
  }

  // Anchors and aliases are reported and parsing goes on, so that one run
  // shows every place that needs writing out in full. An alias stands as null.
  void OnAlias(const YAML::Mark& mark, YAML::anchor_t) override {
    sink_.error(position_of(mark), 1, "yaml-alias", "aliases are not allowed in ritrack files",
                "write the value out in full instead of referring to an anchor");
    YamlNode node;
    node.pos = position_of(mark);
    node.reported = true;
    complete(std::move(node));
  }

  void OnAnchor(const YAML::Mark& mark, const std::string& name) override {
    sink_.error(position_of(mark), static_cast<int>(name.size()) + 1, "yaml-anchor",
                fmt::format("anchor '&{}' is not allowed in ritrack files", name),
                "write each value out in full");
  }

  void OnScalar(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t,
                const std::string& value) override {
    refuse_tag(mark, tag);
    YamlNode node;
    node.kind = YamlNode::Kind::scalar;
    node.pos = position_of(mark);
    node.text = value;
    node.quoted = tag == "!";
    complete(std::move(node));
  }

  void OnSequenceStart(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t,
                       YAML::EmitterStyle::value) override {
    open(mark, tag, YamlNode::Kind::sequence);
  }
  void OnSequenceEnd() override { close(); }

  void OnMapStart(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t,
                  YAML::EmitterStyle::value) override {
    open(mark, tag, YamlNode::Kind::mapping);
  }
  void OnMapEnd() override { close(); }

 private:
  struct Frame {
    YamlNode node;
    bool have_key = false;  // mapping: the next completed node is a value
    std::string key;
    Position key_pos;
  };

  void refuse_tag(const YAML::Mark& mark, const std::string& tag) {
    if (tag.empty() || tag == "?" || tag == "!") return;
    std::string shown = tag.starts_with("tag:yaml.org,2002:") ? "!!" + tag.substr(18) : tag;
    sink_.error(position_of(mark), 1, "yaml-tag",
                fmt::format("tag '{}' is not allowed in ritrack files", shown),
                "remove the tag; ritrack reads every value by its field");
    throw StopParsing{};
  }

  void open(const YAML::Mark& mark, const std::string& tag, YamlNode::Kind kind) {
    refuse_tag(mark, tag);
    if (static_cast<int>(stack_.size()) >= kMaxYamlDepth) {
      sink_.error(position_of(mark), 1, "yaml-depth",
                  fmt::format("nesting is deeper than {} levels", kMaxYamlDepth),
                  "ritrack files are at most a few levels deep; check the indentation");
      throw StopParsing{};
    }
    Frame frame;
    frame.node.kind = kind;
    frame.node.pos = position_of(mark);
    stack_.push_back(std::move(frame));
  }

  void close() {
    YamlNode node = std::move(stack_.back().node);
    stack_.pop_back();
    complete(std::move(node));
  }

  bool streams_into_parent() const {
    return hook_ && stack_.size() == 2 && stack_[0].have_key && stack_[0].key == hook_->key &&
           stack_[1].node.is_seq();
  }

  void complete(YamlNode&& node) {
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

  void accept_key(Frame& map, YamlNode&& key) {
    if (!key.is_scalar()) {
      sink_.error(key.pos, 1, "yaml-complex-key", "mapping keys must be plain text");
      throw StopParsing{};
    }
    for (const YamlMember& m : map.node.members) {
      if (m.key == key.text) {
        sink_.error(key.pos, key.width(), "duplicate-key",
                    fmt::format("duplicate key '{}' (first defined on line {})", key.text,
                                m.key_pos.line),
                    "keep one of the two; YAML readers disagree on which one wins");
        break;
      }
    }
    map.key = std::move(key.text);
    map.key_pos = key.pos;
    map.have_key = true;
  }

  DiagnosticSink& sink_;
  const YamlStreamHook* hook_;
  std::vector<Frame> stack_;
  YamlNode root_;
  bool saw_document_ = false;
};

// Stops at the first event of a second document, remembering where it starts.
class SecondDocumentProbe : public YAML::EventHandler {
 public:
  Position where;
  void OnDocumentStart(const YAML::Mark& mark) override {
    where = position_of(mark);
    throw StopParsing{};
  }
  void OnDocumentEnd() override {}
  void OnNull(const YAML::Mark&, YAML::anchor_t) override {}
  void OnAlias(const YAML::Mark&, YAML::anchor_t) override {}
  void OnScalar(const YAML::Mark&, const std::string&, YAML::anchor_t, const std::string&) override {}
  void OnSequenceStart(const YAML::Mark&, const std::string&, YAML::anchor_t,
                       YAML::EmitterStyle::value) override {}
  void OnSequenceEnd() override {}
  void OnMapStart(const YAML::Mark&, const std::string&, YAML::anchor_t,
                  YAML::EmitterStyle::value) override {}
  void OnMapEnd() override {}
};

void report_syntax(DiagnosticSink& sink, const YAML::Exception& e) {
  std::string msg = e.msg;
  sink.error(position_of(e.mark), 1, "yaml-syntax", fmt::format("YAML syntax error: {}", msg));
}

}  // namespace

int YamlNode::width() const {
  if (kind != Kind::scalar) return 1;
  // Multi-line scalars underline their first line only.
  size_t end = text.find('\n');
  int n = static_cast<int>(end == std::string::npos ? text.size() : end);
  return (quoted ? n + 2 : n);
}

const YamlNode* YamlNode::find(std::string_view key) const {
  for (const YamlMember& m : members)
    if (m.key == key) return &m.value;
  return nullptr;
}

const char* kind_name(YamlNode::Kind kind) {
  switch (kind) {
    case YamlNode::Kind::null: return "nothing";
    case YamlNode::Kind::scalar: return "a value";
    case YamlNode::Kind::sequence: return "a list";
    case YamlNode::Kind::mapping: return "a mapping";
  }
  return "?";
}

YamlNode read_yaml(std::string_view text, DiagnosticSink& sink, const YamlStreamHook* hook) {
  // std::istringstream copies; journals are read once, so the copy is cheap next to parsing.
  std::istringstream in{std::string(text)};
  YAML::Parser parser(in);
  TreeBuilder builder(sink, hook);
  try {
    parser.HandleNextDocument(builder);
  } catch (const StopParsing&) {
    return builder.take_root();
  } catch (const YAML::Exception& e) {
    report_syntax(sink, e);
    return builder.take_root();
  }
  if (!builder.saw_document()) {
    sink.error({1, 1}, 1, "empty-file", "the file is empty",
               "every ritrack file is a YAML mapping; see the README for its layout");
    return {};
  }
  SecondDocumentProbe probe;
  try {
    parser.HandleNextDocument(probe);
  } catch (const StopParsing&) {
    sink.error(probe.where, 3, "yaml-multiple-documents",
               "a ritrack file holds one YAML document; found a second one here",
               "remove the '---' line or split the file");
  } catch (const YAML::Exception& e) {
    report_syntax(sink, e);
  }
  return builder.take_root();
}

}  // namespace ritrack
