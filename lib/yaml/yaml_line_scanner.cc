// Tested through store/journal_scan_test.cc, which reads each case both
// ways, and by fuzz_load, which does so for every input.
#include "yaml/yaml_line_scanner.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstring>

#include "base/escape.h"
#include "base/utf8.h"

namespace ritrack::detail {

namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// Characters a plain scalar may hold here. libyaml allows more; the rest
// are left to it. Bytes past ASCII were checked by plain_printable.
constexpr std::array<bool, 256> kPlainChars = [] {
  std::array<bool, 256> plain{};
  for (int c = 0; c < 256; ++c)
    plain[static_cast<size_t>(c)] = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                                    c == '_' || c == '.' || c == '-' || c == '+' || c == '/' || c == '(' || c == ')' ||
                                    c >= 0x80;
  return plain;
}();

bool plain_char(char c) { return kPlainChars[static_cast<unsigned char>(c)]; }

int hex_value(char c) {
  if (is_digit(c)) return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

}  // namespace

// Eight bytes at a time where they are all printable ASCII, as most are.
bool plain_printable(std::string_view text) {
  constexpr uint64_t kOnes = 0x0101010101010101ULL, kHigh = 0x8080808080808080ULL;
  for (size_t i = 0; i < text.size();) {
    if (i + 8 <= text.size()) {
      uint64_t w;
      std::memcpy(&w, text.data() + i, 8);
      bool below_space = ((w - kOnes * 0x20) & ~w & kHigh) != 0;
      bool del = (((w ^ (kOnes * 0x7F)) - kOnes) & ~(w ^ (kOnes * 0x7F)) & kHigh) != 0;
      if (!below_space && !del && (w & kHigh) == 0) {
        i += 8;
        continue;
      }
    }
    auto c = static_cast<unsigned char>(text[i]);
    if ((c >= 0x20 && c < 0x7F) || c == '\n') {
      ++i;
      continue;
    }
    auto [cp, n] = decode_utf8(text, i);
    if (n < 2) return false;  // a control character, or not UTF-8
    bool printable = (cp >= 0xA0 && cp <= 0xD7FF && cp != 0x2028 && cp != 0x2029) ||
                     (cp >= 0xE000 && cp <= 0xFFFD && cp != 0xFEFF) || cp >= 0x10000;
    if (!printable) return false;
    i += n;
  }
  return true;
}

Position LineScanner::position() const { return {number_, static_cast<int>(display_width(line_.substr(0, at_))) + 1}; }

bool LineScanner::take(char c) {
  if (peek() != c) return false;
  ++at_;
  return true;
}

bool LineScanner::take_key_end() {
  if (!take(':') || !take(' ')) return false;
  skip_spaces();
  return true;
}

void LineScanner::skip_spaces() {
  while (peek() == ' ') ++at_;
}

bool LineScanner::rest_blank() const { return line_.find_first_not_of(' ', at_) == std::string_view::npos; }

bool LineScanner::scalar(bool flow, std::string* text, bool* quoted) {
  if (text) text->clear();
  *quoted = peek() == '"' || peek() == '\'';
  if (peek() == '"') return double_quoted(text);
  if (peek() == '\'') return single_quoted(text);
  return plain(flow, text);
}

// A plain scalar as ritrack writes one: words that cannot be read as
// anything but themselves. "-" starts one only before a digit (else it is a
// list's dash); in a block ',' too, and ':' inside a word (10:29:00Z).
bool LineScanner::plain(bool flow, std::string* text) {
  size_t start = at_;
  char first = peek();
  bool dash_number = first == '-' && at_ + 1 < line_.size() && is_digit(line_[at_ + 1]);
  if (!plain_char(first) || (first == '-' && !dash_number)) return false;
  auto word_follows = [&](size_t i) { return i < line_.size() && plain_char(line_[i]); };
  while (!done()) {
    char c = line_[at_];
    if (plain_char(c) || (!flow && (c == ',' || (c == ':' && word_follows(at_ + 1))))) {
      ++at_;
    } else if (!flow && c == ' ') {
      // Words apart in a block: a space before a comment's '#' or a
      // mapping's ':' ends the scalar, and trailing spaces are not its own.
      size_t next = line_.find_first_not_of(' ', at_);
      if (next == std::string_view::npos || !word_follows(next)) break;
      at_ = next;
    } else {
      break;
    }
  }
  std::string_view word = line_.substr(start, at_ - start);
  if (word == "null") return false;  // a null, which the tree reader reads as such
  if (text) text->assign(word);
  return true;
}

bool LineScanner::single_quoted(std::string* text) {
  ++at_;
  while (true) {
    size_t quote = line_.find('\'', at_);
    if (quote == std::string_view::npos) return false;  // goes on to the next line
    if (text) text->append(line_.substr(at_, quote - at_));
    at_ = quote + 1;
    if (!take('\'')) return true;  // '' is a quote; one alone ends the scalar
    if (text) *text += '\'';
  }
}

bool LineScanner::double_quoted(std::string* text) {
  ++at_;
  while (true) {
    // Not find_first_of, which calls memchr for each character.
    size_t stop = at_;
    while (stop < line_.size() && line_[stop] != '"' && line_[stop] != '\\') ++stop;
    if (stop == line_.size()) return false;  // goes on to the next line
    if (text) text->append(line_.substr(at_, stop - at_));
    at_ = stop + 1;
    if (line_[stop] == '"') return true;
    if (!escape(text)) return false;
  }
}

namespace {

// The escapes libyaml knows (its scanner's yaml_parser_scan_flow_scalar)
// but '/' and '\'', which not every version knows: those, and any other,
// are left to libyaml. \x, \u and \U take that many hex digits.
struct Escape {
  char code;
  std::string_view text;
  int digits = 0;
};
constexpr std::array<Escape, 19> kEscapes{{
    {'0', std::string_view("\0", 1)},
    {'a', "\a"},
    {'b', "\b"},
    {'t', "\t"},
    {'n', "\n"},
    {'v', "\v"},
    {'f', "\f"},
    {'r', "\r"},
    {'e', "\x1B"},
    {' ', " "},
    {'"', "\""},
    {'\\', "\\"},
    {'N', "\xC2\x85"},
    {'_', "\xC2\xA0"},
    {'L', "\xE2\x80\xA8"},
    {'P', "\xE2\x80\xA9"},
    {'x', "", 2},
    {'u', "", 4},
    {'U', "", 8},
}};

}  // namespace

bool LineScanner::escape(std::string* text) {
  if (done()) return false;  // an escaped line break
  char c = line_[at_++];
  auto known = std::find_if(kEscapes.begin(), kEscapes.end(), [&](const Escape& e) { return e.code == c; });
  if (known == kEscapes.end()) return false;
  if (text) text->append(known->text);
  if (known->digits == 0) return true;
  if (at_ + static_cast<size_t>(known->digits) > line_.size()) return false;
  char32_t cp = 0;
  for (int k = 0; k < known->digits; ++k) {
    int v = hex_value(line_[at_++]);
    if (v < 0) return false;
    cp = (cp << 4) | static_cast<char32_t>(v);
  }
  if ((cp >= 0xD800 && cp <= 0xDFFF) || cp > 0x10FFFF) return false;  // libyaml refuses it
  if (text) encode_utf8(*text, cp);
  return true;
}

}  // namespace ritrack::detail
