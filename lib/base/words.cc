#include "base/words.h"

#include <vector>

#include "base/utf8.h"

namespace ritrack {

namespace {

// The code points of `text`; a malformed byte stands as U+FFFD (it separates).
std::vector<char32_t> code_points(std::string_view text) {
  std::vector<char32_t> out;
  for (size_t i = 0; i < text.size();) {
    auto [cp, n] = decode_utf8(text, i);
    out.push_back(n == 0 ? 0xFFFD : cp);
    i += n == 0 ? 1 : n;
  }
  return out;
}

bool is_digit(char32_t c) { return c >= '0' && c <= '9'; }

bool is_word_char(char32_t c) {
  if (c < 0x80) return is_digit(c) || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  if (c < 0xC0 || c == 0xD7 || c == 0xF7 || c == 0xFFFD) return false;
  return !(c >= 0x2000 && c <= 0x206F);
}

bool joins_letters(char32_t c) { return c == '\'' || c == 0x2019 || c == '-' || c == 0x2010 || c == 0x2011; }
bool joins_digits(char32_t c) { return c == '.' || c == ','; }

}  // namespace

size_t count_words(std::string_view text) {
  std::vector<char32_t> cps = code_points(text);
  size_t words = 0;
  bool in_word = false;
  for (size_t i = 0; i < cps.size(); ++i) {
    char32_t c = cps[i];
    if (is_word_char(c)) {
      if (!in_word) ++words;
      in_word = true;
      continue;
    }
    // A joiner keeps the word going when a word character follows it (and,
    // for a point or comma, when digits stand on both sides).
    bool next_word = i + 1 < cps.size() && is_word_char(cps[i + 1]);
    bool joined =
        in_word && next_word && (joins_letters(c) || (joins_digits(c) && is_digit(cps[i - 1]) && is_digit(cps[i + 1])));
    if (!joined) in_word = false;
  }
  return words;
}

std::string_view trimmed(std::string_view text) {
  size_t from = text.find_first_not_of(" \t\r");
  if (from == std::string_view::npos) return {};
  return text.substr(from, text.find_last_not_of(" \t\r") - from + 1);
}

std::vector<std::string> split_list(std::string_view text, char separator) {
  std::vector<std::string> parts;
  while (true) {
    size_t end = text.find(separator);
    std::string_view part = trimmed(text.substr(0, end));
    if (!part.empty()) parts.emplace_back(part);
    if (end == std::string_view::npos) return parts;
    text.remove_prefix(end + 1);
  }
}

}  // namespace ritrack
