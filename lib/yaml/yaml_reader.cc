#include "yaml/yaml_reader.h"

#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/mark.h>
#include <yaml-cpp/parser.h>

#include <sstream>

#include <fmt/format.h>

#include "base/escape.h"
#include "base/translate.h"
#include "yaml/yaml_tree_builder.h"

namespace ritrack {

namespace {

// yaml-cpp counts columns in bytes; diagnostics count characters, as libyaml
// and editors do, so "é" before an error does not shift the caret.
class Positions {
 public:
  explicit Positions(std::string_view text) : text_(text) {}
  Position operator()(const YAML::Mark& mark) const {
    if (mark.line < 0) return {};
    size_t at = std::min(static_cast<size_t>(mark.pos), text_.size());
    size_t line_start = at - std::min<size_t>(at, static_cast<size_t>(mark.column));
    return {mark.line + 1, static_cast<int>(display_width(text_.substr(line_start, at - line_start))) + 1};
  }

 private:
  std::string_view text_;
};

// Forwards yaml-cpp's events to the tree builder.
class YamlCppEvents : public YAML::EventHandler {
 public:
  YamlCppEvents(detail::TreeBuilder& builder, const Positions& position_of) : b_(builder), position_of(position_of) {}
  void OnDocumentStart(const YAML::Mark&) override { b_.document_start(); }
  void OnDocumentEnd() override {}
  void OnNull(const YAML::Mark& mark, YAML::anchor_t) override { b_.null(position_of(mark)); }
  void OnAlias(const YAML::Mark& mark, YAML::anchor_t) override { b_.alias(position_of(mark)); }
  void OnAnchor(const YAML::Mark& mark, const std::string& name) override { b_.anchor(position_of(mark), name); }
  void OnScalar(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t, const std::string& value) override {
    b_.scalar(position_of(mark), tag, value, tag == "!");
  }
  void OnSequenceStart(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t,
                       YAML::EmitterStyle::value) override {
    b_.open(position_of(mark), tag, YamlNode::Kind::sequence);
  }
  void OnSequenceEnd() override { b_.close(); }
  void OnMapStart(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t, YAML::EmitterStyle::value) override {
    b_.open(position_of(mark), tag, YamlNode::Kind::mapping);
  }
  void OnMapEnd() override { b_.close(); }

 private:
  detail::TreeBuilder& b_;
  const Positions& position_of;
};

// Stops at the first event of a second document, remembering where it starts.
class SecondDocumentProbe : public YAML::EventHandler {
 public:
  explicit SecondDocumentProbe(const Positions& p) : position_of(p) {}
  const Positions& position_of;
  Position where;
  void OnDocumentStart(const YAML::Mark& mark) override {
    where = position_of(mark);
    throw detail::StopParsing{};
  }
  void OnDocumentEnd() override {}
  void OnNull(const YAML::Mark&, YAML::anchor_t) override {}
  void OnAlias(const YAML::Mark&, YAML::anchor_t) override {}
  void OnScalar(const YAML::Mark&, const std::string&, YAML::anchor_t, const std::string&) override {}
  void OnSequenceStart(const YAML::Mark&, const std::string&, YAML::anchor_t, YAML::EmitterStyle::value) override {}
  void OnSequenceEnd() override {}
  void OnMapStart(const YAML::Mark&, const std::string&, YAML::anchor_t, YAML::EmitterStyle::value) override {}
  void OnMapEnd() override {}
};

void report_syntax(DiagnosticSink& sink, const YAML::Exception& e, const Positions& position_of) {
  detail::report_syntax_error(sink, position_of(e.mark), e.msg);
}

}  // namespace

int scalar_width(std::string_view text, bool quoted) {
  size_t end = text.find('\n');
  int n = static_cast<int>(end == std::string::npos ? text.size() : end);
  return quoted ? n + 2 : n;
}

int YamlNode::width() const { return kind == Kind::scalar ? scalar_width(text, quoted) : 1; }

const YamlNode* YamlNode::find(std::string_view key) const {
  for (const YamlMember& m : members)
    if (m.key == key) return &m.value;
  return nullptr;
}

YamlNode* YamlNode::find(std::string_view key) {
  for (YamlMember& m : members)
    if (m.key == key) return &m.value;
  return nullptr;
}

std::string_view kind_name(YamlNode::Kind kind) {
  switch (kind) {
    case YamlNode::Kind::null:
      return N_("nothing");
    case YamlNode::Kind::scalar:
      return N_("a value");
    case YamlNode::Kind::sequence:
      return N_("a list");
    case YamlNode::Kind::mapping:
      return N_("a mapping");
  }
  return "?";
}

YamlNode read_yaml(std::string_view text, DiagnosticSink& sink, const YamlStreamHook* hook, YamlParser which) {
  if (which == YamlParser::libyaml) return detail::read_yaml_libyaml(text, sink, hook);
  std::istringstream in{std::string(text)};
  YAML::Parser parser(in);
  detail::TreeBuilder builder(sink, hook);
  Positions positions(text);
  YamlCppEvents events(builder, positions);
  try {
    parser.HandleNextDocument(events);
  } catch (const detail::StopParsing&) {
    return builder.take_root();
  } catch (const YAML::Exception& e) {
    report_syntax(sink, e, positions);
    return builder.take_root();
  }
  if (!builder.saw_document()) {
    detail::report_empty_file(sink);
    return {};
  }
  SecondDocumentProbe probe(positions);
  try {
    parser.HandleNextDocument(probe);
  } catch (const detail::StopParsing&) {
    detail::report_second_document(sink, probe.where);
  } catch (const YAML::Exception& e) {
    report_syntax(sink, e, positions);
  }
  return builder.take_root();
}

}  // namespace ritrack
