// A small positioned YAML tree built from yaml-cpp's event API.
//
// yaml-cpp's node API accepts duplicate keys silently, follows aliases and
// builds a shared node per scalar. This reader instead rejects anchors,
// aliases, tags and duplicate keys with positions, caps nesting depth, and can
// hand the items of one top-level sequence to a callback one at a time, so a
// journal of 100,000 entries never lives in memory as one tree.
#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "base/diagnostic.h"

namespace ritrack {

struct YamlMember;

struct YamlNode {
  enum class Kind { null, scalar, sequence, mapping };
  Kind kind = Kind::null;
  Position pos;
  std::string text;                 // scalar text (empty for others)
  bool quoted = false;              // scalar was written in quotes ("28" is text, 28 is a number)
  bool reported = false;            // already reported (an alias): readers stay silent about it
  std::vector<YamlNode> items;      // sequence items
  std::vector<YamlMember> members;  // mapping members in file order

  bool is_scalar() const { return kind == Kind::scalar; }
  bool is_map() const { return kind == Kind::mapping; }
  bool is_seq() const { return kind == Kind::sequence; }
  // Characters a caret should underline for this node.
  int width() const;
  const YamlNode* find(std::string_view key) const;
  YamlNode* find(std::string_view key);
};

struct YamlMember {
  std::string key;
  Position key_pos;
  YamlNode value;
};

// Characters a caret underlines for a scalar: its first line, and the quotes.
int scalar_width(std::string_view text, bool quoted);

// Deeper nesting than any ritrack file needs is refused rather than recursed into.
inline constexpr int kMaxYamlDepth = 16;

struct YamlStreamHook {
  std::string key;  // top-level mapping key whose sequence items are streamed
  std::function<void(YamlNode&&)> on_item;
};

// Which parser produces the events. libyaml, whose event parser is several
// times faster, reads the data: journals, plans, pledges, the framework,
// the countries and the rates (README, "Performance"). yaml-cpp reads the
// mapping files people write by hand for other systems (sdmx.yaml,
// iati.yaml, a DHIS2 mapping), where its YAML 1.2 accepts what YAML 1.1
// refuses (a flow mapping's empty value, `{RI:}`).
enum class YamlParser { yaml_cpp, libyaml };

// Parses exactly one YAML document. Problems go to `sink`; the returned tree
// holds whatever was read before the first fatal error (null when none).
YamlNode read_yaml(std::string_view text, DiagnosticSink& sink, const YamlStreamHook* hook = nullptr,
                   YamlParser parser = YamlParser::yaml_cpp);

std::string_view kind_name(YamlNode::Kind kind);  // English; translated where shown

}  // namespace ritrack
