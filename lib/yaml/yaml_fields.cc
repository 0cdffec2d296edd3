#include "yaml/yaml_fields.h"

#include <algorithm>

#include <fmt/format.h>

#include "base/number.h"
#include "base/suggest.h"
#include "base/translate.h"

namespace ritrack {

Field field_of(const YamlNode& node) {
  Field f;
  f.pos = node.pos;
  f.width = node.width();
  f.reported = node.reported;
  if (node.is_scalar())
    f.text = node.text;
  else
    f.not_text = kind_name(node.kind);
  return f;
}

void report_type(const YamlNode& node, std::string_view expected, std::string_view what, DiagnosticSink& sink) {
  Field f{"", node.pos, node.width(), kind_name(node.kind), node.reported};
  report_not_text(f, expected, what, sink);
}

bool check_keys(const YamlNode& node, const KeySpec& keys, std::string_view what, DiagnosticSink& sink) {
  if (!node.is_map()) {
    report_type(node, tr("a mapping"), what, sink);
    return false;
  }
  std::vector<std::string> known = keys.required;
  known.insert(known.end(), keys.optional.begin(), keys.optional.end());
  for (const YamlMember& m : node.members) {
    if (std::find(known.begin(), known.end(), m.key) != known.end()) continue;
    sink.error(m.key_pos, static_cast<int>(m.key.size()), DiagnosticCode::unknown_key,
               trf("unknown key '{}' in {}", m.key, what), did_you_mean(m.key, known));
  }
  std::vector<std::string> missing;
  for (const std::string& k : keys.required)
    if (!node.find(k)) missing.push_back(fmt::format("'{}'", k));
  if (!missing.empty())
    sink.error(node.pos, 1, DiagnosticCode::missing_key, trf("{} has no {}", what, fmt::join(missing, ", ")));
  return true;
}

// The text checks on a node are the shared ones (base/field.h); the text
// itself is not copied for them.
static bool node_is_text(const YamlNode* node, std::string_view what, DiagnosticSink& sink) {
  if (!node) return false;  // check_keys reported it when required
  Field view{"", node->pos, node->width(), node->is_scalar() ? "" : kind_name(node->kind), node->reported};
  if (!view.not_text.empty()) return is_text(&view, what, sink);
  view.text = node->text;
  return is_text(&view, what, sink);
}

std::optional<std::string> read_text(const YamlNode* node, std::string_view what, DiagnosticSink& sink) {
  if (!node_is_text(node, what, sink)) return std::nullopt;
  return node->text;
}

std::optional<std::string> take_text(YamlNode* node, std::string_view what, DiagnosticSink& sink) {
  if (!node_is_text(node, what, sink)) return std::nullopt;
  return std::move(node->text);
}

std::optional<Decimal> read_number(const YamlNode* node, std::string_view what, DiagnosticSink& sink) {
  if (!node) return std::nullopt;
  return field_number(field_of(*node), what, sink);
}

std::optional<Period> read_period(const YamlNode* node, std::string_view what, DiagnosticSink& sink) {
  if (!node) return std::nullopt;
  return field_period(field_of(*node), what, sink);
}

std::optional<std::string> read_choice(const YamlNode* node, std::string_view what,
                                       const std::vector<std::string>& choices, DiagnosticSink& sink) {
  auto text = read_text(node, what, sink);
  if (!text) return std::nullopt;
  if (std::find(choices.begin(), choices.end(), *text) != choices.end()) return text;
  std::string hint = did_you_mean(*text, choices);
  if (hint.empty()) hint = trf("one of: {}", fmt::join(choices, ", "));
  sink.error(node->pos, node->width(), DiagnosticCode::bad_choice,
             trf("{} \"{}\" is not one of {}", what, *text, fmt::join(choices, "|")), hint);
  return std::nullopt;
}

std::optional<LocalizedText> read_localized(const YamlNode* node, std::string_view what, DiagnosticSink& sink) {
  if (!node) return std::nullopt;
  if (!check_keys(*node, {{"fr", "es", "en", "pt"}, {}}, what, sink)) return std::nullopt;
  LocalizedText out;
  bool complete = true;
  for (Lang l : kLangs) {
    auto t = read_text(node->find(lang_code(l)), fmt::format("{} ({})", what, lang_code(l)), sink);
    if (t)
      out[l] = *t;
    else
      complete = false;
  }
  if (!complete) return std::nullopt;
  return out;
}

std::vector<YamlNode> read_file_list(std::string_view text, std::string_view key, std::string_view what,
                                     DiagnosticSink& sink) {
  size_t before = sink.errors();
  YamlNode root = read_yaml(text, sink, nullptr, YamlParser::libyaml);
  if (sink.errors() > before && root.kind == YamlNode::Kind::null) return {};
  if (!check_keys(root, {{std::string(key)}, {}}, what, sink)) return {};
  YamlNode* list = root.find(key);
  if (read_list(list, key, sink).empty()) return {};
  return std::move(list->items);
}

const std::vector<YamlNode>& read_list(const YamlNode* node, std::string_view what, DiagnosticSink& sink) {
  static const std::vector<YamlNode> none;
  if (!node || node->kind == YamlNode::Kind::null) return none;
  if (!node->is_seq()) {
    report_type(*node, tr("a list"), what, sink);
    return none;
  }
  return node->items;
}

}  // namespace ritrack
