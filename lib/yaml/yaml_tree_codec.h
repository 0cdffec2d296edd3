// A parsed YAML tree as bytes and back, so that a file that has not changed
// is not parsed again (store/journal_cache.h keeps the framework's tree:
// parsing it is most of what a warm run spends reading the model).
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "yaml/yaml_reader.h"

namespace ritrack {

// Appends `node` to `out`: positions, kinds, quoting and texts, in file order.
void encode_tree(const YamlNode& node, std::string& out);
// The tree encode_tree wrote as `bytes`; nullopt unless they are exactly one.
std::optional<YamlNode> decode_tree(std::string_view bytes);

}  // namespace ritrack
