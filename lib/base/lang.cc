#include "base/lang.h"

namespace ritrack {

std::optional<Lang> lang_from_locale(std::string_view locale) {
  if (locale.size() < 2) return std::nullopt;
  if (locale.size() > 2 && locale[2] != '_' && locale[2] != '.' && locale[2] != '@' && locale[2] != '-')
    return std::nullopt;
  return parse_lang(locale.substr(0, 2));
}

const std::string& LocalizedText::in(Lang lang) const {
  if (!(*this)[lang].empty()) return (*this)[lang];
  if (!(*this)[Lang::en].empty()) return (*this)[Lang::en];
  return (*this)[Lang::fr];
}

}  // namespace ritrack
