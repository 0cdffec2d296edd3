// detail: reads YAML scalars and flow mappings written whole on one line,
// exactly as libyaml reads them, or says it cannot. It is the fast path of
// a reader for a file laid out as ritrack writes it (store/journal_scan.h):
// anything it does not take (a null, a multi-line or tagged value, an
// escape it does not know) sends that reader back to read_yaml, so it never
// has a diagnostic of its own.
#pragma once

#include <string>
#include <string_view>

#include "base/diagnostic.h"

namespace ritrack::detail {

// Whether every character of `text` is one this fast path knows libyaml
// reads as itself: printable UTF-8 and '\n'. No tab, carriage return,
// byte-order mark or other line break (NEL, U+2028, U+2029).
bool plain_printable(std::string_view text);

// One line (without its '\n'), read from left to right.
class LineScanner {
 public:
  LineScanner(std::string_view line, int number) : line_(line), number_(number) {}

  void move_to(size_t at) { at_ = at; }
  // Where the next character is, as libyaml says: columns count characters.
  Position position() const;
  bool done() const { return at_ >= line_.size(); }
  char peek() const { return done() ? '\0' : line_[at_]; }
  // Skips `c` when it is next.
  bool take(char c);
  // Skips ": " and any further spaces: a key's end before its value.
  bool take_key_end();
  void skip_spaces();
  // Only spaces remain: no comment, nothing else.
  bool rest_blank() const;

  // A scalar: plain (in a block or a flow mapping), 'single' or "double"
  // quoted. Its text goes to `text` when not null. False, moving nowhere
  // useful, for anything else: a null, a value going on to the next line.
  bool scalar(bool flow, std::string* text, bool* quoted);
  // A flow mapping of scalars, `{key: value, ...}`, calling
  // on_member(key, key position, value, value position, value quoted).
  template <typename OnMember>
  bool flow_mapping(OnMember&& on_member);

 private:
  bool plain(bool flow, std::string* text);
  bool single_quoted(std::string* text);
  bool double_quoted(std::string* text);
  bool escape(std::string* text);

  std::string_view line_;
  int number_;
  size_t at_ = 0;
};

template <typename OnMember>
bool LineScanner::flow_mapping(OnMember&& on_member) {
  if (!take('{')) return false;
  skip_spaces();
  if (take('}')) return true;
  std::string key, value;
  while (true) {
    Position key_pos = position();
    bool key_quoted = false, value_quoted = false;
    // libyaml looks for a key's ':' only so far (a "simple key").
    if (!scalar(true, &key, &key_quoted) || key.size() > 512) return false;
    skip_spaces();
    if (!take_key_end()) return false;
    Position value_pos = position();
    if (!scalar(true, &value, &value_quoted)) return false;
    on_member(std::move(key), key_pos, std::move(value), value_pos, value_quoted);
    skip_spaces();
    if (take('}')) return true;
    if (!take(',')) return false;
    skip_spaces();
  }
}

}  // namespace ritrack::detail
