#include "base/yes_no.h"

#include <array>
#include <string>

namespace ritrack {

std::optional<bool> parse_yes_no(std::string_view answer) {
  // Lower case: ASCII letters, and the two accented capitals these words use.
  std::string lower;
  for (size_t i = 0; i < answer.size(); ++i) {
    char c = answer[i];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (c == '\xc3' && i + 1 < answer.size() && (answer[i + 1] == '\x8d' || answer[i + 1] == '\x83')) {
      lower += c;
      lower += static_cast<char>(answer[++i] + 0x20);  // Í -> í, Ã -> ã
      continue;
    }
    lower += c;
  }
  static constexpr std::array<std::string_view, 8> kYes{"yes", "y", "oui", "o", "s\xc3\xad", "si", "s", "sim"};
  static constexpr std::array<std::string_view, 5> kNo{"no", "n", "non", "n\xc3\xa3o", "nao"};
  for (std::string_view w : kYes)
    if (lower == w) return true;
  for (std::string_view w : kNo)
    if (lower == w) return false;
  return std::nullopt;
}

}  // namespace ritrack
