// Yes and no as people type them in the Initiative's four languages.
#pragma once

#include <optional>
#include <string_view>

namespace ritrack {

// true for yes (yes, y, oui, o, sí, si, s, sim), false for no (no, n, non,
// não, nao), any case; nullopt for anything else. Files keep "yes"/"no":
// this is for what a person types.
std::optional<bool> parse_yes_no(std::string_view answer);

}  // namespace ritrack
