// The four languages of the Initiative and text given in each of them.
#pragma once

#include <array>
#include <optional>
#include <string>
#include <string_view>

namespace ritrack {

enum class Lang { fr, es, en, pt };
inline constexpr std::array<Lang, 4> kLangs{Lang::fr, Lang::es, Lang::en, Lang::pt};

std::string_view lang_code(Lang lang);
std::optional<Lang> parse_lang(std::string_view code);
// From a locale such as "es_PE.UTF-8"; nullopt when it names none of the four.
std::optional<Lang> lang_from_locale(std::string_view locale);

struct LocalizedText {
  std::array<std::string, 4> text;

  const std::string& operator[](Lang lang) const { return text[static_cast<size_t>(lang)]; }
  std::string& operator[](Lang lang) { return text[static_cast<size_t>(lang)]; }
  // The text in `lang`, else English, else French (the framework's original).
  const std::string& in(Lang lang) const;
};

}  // namespace ritrack
