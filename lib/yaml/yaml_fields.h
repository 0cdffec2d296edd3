// Typed reads from a YamlNode that report what is wrong, where, and why.
#pragma once

#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/diagnostic.h"
#include "base/field.h"
#include "base/lang.h"
#include "base/period.h"
#include "yaml/yaml_reader.h"

namespace ritrack {

struct KeySpec {
  std::vector<std::string> required;
  std::vector<std::string> optional;
};

// Checks that `node` is a mapping holding every required key and no unknown
// one (suggesting the near match). Returns false when it is not a mapping.
bool check_keys(const YamlNode& node, const KeySpec& keys, std::string_view what, DiagnosticSink& sink);

// Reports `node` (or the mapping that lacks it) when it is not a non-empty scalar.
std::optional<std::string> read_text(const YamlNode* node, std::string_view what, DiagnosticSink& sink);
// As read_text, moving the text out of the node instead of copying it.
std::optional<std::string> take_text(YamlNode* node, std::string_view what, DiagnosticSink& sink);
std::optional<Decimal> read_number(const YamlNode* node, std::string_view what, DiagnosticSink& sink);
std::optional<Period> read_period(const YamlNode* node, std::string_view what, DiagnosticSink& sink);
// One of `choices`, e.g. measure: count|amount|flag|level|text.
std::optional<std::string> read_choice(const YamlNode* node, std::string_view what,
                                       const std::vector<std::string>& choices, DiagnosticSink& sink);
// {fr: ..., es: ..., en: ..., pt: ...}; every language required.
std::optional<LocalizedText> read_localized(const YamlNode* node, std::string_view what, DiagnosticSink& sink);
// A list (or absent: empty list).
const std::vector<YamlNode>& read_list(const YamlNode* node, std::string_view what, DiagnosticSink& sink);
// The items of a file that holds one list under `key` (countries.yaml,
// rates.yaml): none, reported, when it does not parse or has other keys.
std::vector<YamlNode> read_file_list(std::string_view text, std::string_view key, std::string_view what,
                                     DiagnosticSink& sink);

// The node as a field of the shared reads (base/field.h), its text copied.
Field field_of(const YamlNode& node);

// Reports a wrong-type node: "expected a mapping for 'targets', got a value".
void report_type(const YamlNode& node, std::string_view expected, std::string_view what, DiagnosticSink& sink);

}  // namespace ritrack
