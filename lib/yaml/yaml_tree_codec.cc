#include "yaml/yaml_tree_codec.h"

#include <cstdint>
#include <cstring>
#include <type_traits>

namespace ritrack {

namespace {

template <typename T>
void put(std::string& out, T value) {
  static_assert(std::is_trivially_copyable_v<T>);
  out.append(reinterpret_cast<const char*>(&value), sizeof value);
}

void put_text(std::string& out, std::string_view text) {
  put(out, static_cast<uint32_t>(text.size()));
  out += text;
}

void put_position(std::string& out, const Position& pos) {
  put(out, static_cast<int32_t>(pos.line));
  put(out, static_cast<int32_t>(pos.column));
}

// Kind, flags and position: the fewest bytes a node takes.
constexpr size_t kNodeBytes = 2 + 2 * sizeof(int32_t);

class TreeReader {
 public:
  explicit TreeReader(std::string_view bytes) : rest_(bytes) {}
  bool done() const { return ok_ && rest_.empty(); }

  bool node(YamlNode& into, int depth) {
    uint8_t kind = 0, flags = 0;
    if (depth > kMaxYamlDepth + 1 || !get(kind) || !get(flags) ||
        kind > static_cast<uint8_t>(YamlNode::Kind::mapping) || flags > 3 || !position(into.pos))
      return fail();
    into.kind = static_cast<YamlNode::Kind>(kind);
    into.quoted = (flags & 1) != 0;
    into.reported = (flags & 2) != 0;
    uint32_t count = 0;
    switch (into.kind) {
      case YamlNode::Kind::null:
        return true;
      case YamlNode::Kind::scalar:
        return text(into.text);
      case YamlNode::Kind::sequence:
        if (!get(count) || count > rest_.size() / kNodeBytes) return fail();
        into.items.resize(count);
        for (YamlNode& item : into.items)
          if (!node(item, depth + 1)) return false;
        return true;
      case YamlNode::Kind::mapping:
        if (!get(count) || count > rest_.size() / kNodeBytes) return fail();
        into.members.resize(count);
        for (YamlMember& m : into.members)
          if (!text(m.key) || !position(m.key_pos) || !node(m.value, depth + 1)) return false;
        return true;
    }
    return fail();
  }

 private:
  bool fail() { return ok_ = false; }
  template <typename T>
  bool get(T& value) {
    if (rest_.size() < sizeof value) return fail();
    std::memcpy(&value, rest_.data(), sizeof value);
    rest_.remove_prefix(sizeof value);
    return true;
  }
  bool text(std::string& into) {
    uint32_t size = 0;
    if (!get(size) || size > rest_.size()) return fail();
    into.assign(rest_.substr(0, size));
    rest_.remove_prefix(size);
    return true;
  }
  bool position(Position& pos) {
    int32_t line = 0, column = 0;
    if (!get(line) || !get(column)) return false;
    pos = Position{line, column};
    return true;
  }

  std::string_view rest_;
  bool ok_ = true;
};

}  // namespace

void encode_tree(const YamlNode& node, std::string& out) {
  put(out, static_cast<uint8_t>(node.kind));
  put(out, static_cast<uint8_t>((node.quoted ? 1 : 0) | (node.reported ? 2 : 0)));
  put_position(out, node.pos);
  switch (node.kind) {
    case YamlNode::Kind::null:
      break;
    case YamlNode::Kind::scalar:
      put_text(out, node.text);
      break;
    case YamlNode::Kind::sequence:
      put(out, static_cast<uint32_t>(node.items.size()));
      for (const YamlNode& item : node.items) encode_tree(item, out);
      break;
    case YamlNode::Kind::mapping:
      put(out, static_cast<uint32_t>(node.members.size()));
      for (const YamlMember& m : node.members) {
        put_text(out, m.key);
        put_position(out, m.key_pos);
        encode_tree(m.value, out);
      }
      break;
  }
}

std::optional<YamlNode> decode_tree(std::string_view bytes) {
  TreeReader r(bytes);
  YamlNode root;
  if (!r.node(root, 0) || !r.done()) return std::nullopt;
  return root;
}

}  // namespace ritrack
