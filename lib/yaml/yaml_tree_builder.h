// detail: builds the positioned YamlNode tree from parser events, whichever
// parser produces them. It refuses anchors, aliases, tags, duplicate keys and
// deep nesting, and streams the items of one top-level sequence.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "yaml/yaml_reader.h"

namespace ritrack::detail {

// Thrown by the builder to stop parsing after a fatal problem it reported.
struct StopParsing {};

class TreeBuilder {
 public:
  TreeBuilder(DiagnosticSink& sink, const YamlStreamHook* hook) : sink_(sink), hook_(hook) {}

  YamlNode take_root() { return std::move(root_); }
  bool saw_document() const { return saw_document_; }

  void document_start() { saw_document_ = true; }
  void null(Position pos);
  void alias(Position pos);
  void anchor(Position pos, std::string_view name);
  // `tag` as the parser gives it: empty, "?" or "!" for none.
  void scalar(Position pos, std::string_view tag, std::string text, bool quoted);
  void open(Position pos, std::string_view tag, YamlNode::Kind kind);
  void close();

 private:
  struct Frame {
    YamlNode node;
    bool have_key = false;  // mapping: the next completed node is a value
    std::string key;
    Position key_pos;
  };

  void refuse_tag(Position pos, std::string_view tag);
  bool streams_into_parent() const;
  void complete(YamlNode&& node);
  void accept_key(Frame& map, YamlNode&& key);

  DiagnosticSink& sink_;
  const YamlStreamHook* hook_;
  std::vector<Frame> stack_;
  YamlNode root_;
  bool saw_document_ = false;
};

// The libyaml parser (yaml_libyaml.cc) behind read_yaml(..., YamlParser::libyaml).
YamlNode read_yaml_libyaml(std::string_view text, DiagnosticSink& sink, const YamlStreamHook* hook);

// Problems every parser reports the same way.
void report_empty_file(DiagnosticSink& sink);
void report_second_document(DiagnosticSink& sink, Position where);
void report_syntax_error(DiagnosticSink& sink, Position where, std::string_view problem);

}  // namespace ritrack::detail
