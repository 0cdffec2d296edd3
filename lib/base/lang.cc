#include "base/lang.h"

namespace ritrack {

std::string_view lang_code(Lang lang) {
  static constexpr std::array<std::string_view, 4> codes{"fr", "es", "en", "pt"};
  return codes[static_cast<size_t>(lang)];
}

std::optional<Lang> parse_lang(std::string_view code) {
  for (Lang l : kLangs)
    if (lang_code(l) == code) return l;
  return std::nullopt;
}

std::optional<Lang> lang_from_locale(std::string_view locale) {
  if (locale.size() < 2) return std::nullopt;
  if (locale.size() > 2 && locale[2] != '_' && locale[2] != '.' && locale[2] != '@' &&
      locale[2] != '-')
    return std::nullopt;
  return parse_lang(locale.substr(0, 2));
}

const std::string& LocalizedText::in(Lang lang) const {
  if (!(*this)[lang].empty()) return (*this)[lang];
  if (!(*this)[Lang::en].empty()) return (*this)[Lang::en];
  return (*this)[Lang::fr];
}

}  // namespace ritrack
