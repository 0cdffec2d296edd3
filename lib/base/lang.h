// The four languages of the Initiative and text given in each of them.
#pragma once

#include <algorithm>
#include <array>
#include <optional>
#include <string>
#include <string_view>

#include "base/enum_table.h"

namespace ritrack {

enum class Lang { fr, es, en, pt };
// The code of each language; French first, the framework's original.
inline constexpr std::array kLangTable{EnumName<Lang>{Lang::fr, "fr"}, EnumName<Lang>{Lang::es, "es"},
                                       EnumName<Lang>{Lang::en, "en"}, EnumName<Lang>{Lang::pt, "pt"}};
static_assert(in_enum_order(kLangTable));
inline constexpr auto kLangs = [] {
  std::array<Lang, kLangTable.size()> langs{};
  for (size_t i = 0; i < langs.size(); ++i) langs[i] = kLangTable[i].value;
  return langs;
}();

inline std::string_view lang_code(Lang lang) { return name_of(kLangTable, lang); }
// Each language's name in itself, which a reader of that language finds in
// any list ("Español"): a language switcher, the headings of a README.
inline std::string_view lang_autonym(Lang lang) {
  constexpr std::array<std::string_view, kLangTable.size()> kAutonyms{"Français", "Español", "English", "Português"};
  return kAutonyms[static_cast<size_t>(lang)];
}
inline std::optional<Lang> parse_lang(std::string_view code) { return parse_name(kLangTable, code); }
// From a locale such as "es_PE.UTF-8"; nullopt when it names none of the four.
std::optional<Lang> lang_from_locale(std::string_view locale);

struct LocalizedText {
  std::array<std::string, kLangTable.size()> text;

  const std::string& operator[](Lang lang) const { return text[static_cast<size_t>(lang)]; }
  std::string& operator[](Lang lang) { return text[static_cast<size_t>(lang)]; }
  // The text in `lang`, else English, else French (the framework's original).
  const std::string& in(Lang lang) const;
  // True when no language has a text (an optional text that was not given).
  bool empty() const {
    return std::all_of(text.begin(), text.end(), [](const std::string& t) { return t.empty(); });
  }
};

}  // namespace ritrack
