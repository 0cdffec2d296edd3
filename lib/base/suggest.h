// "Did you mean ...?" for misspelt keys, codes and ids.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace ritrack {

// The candidate closest to `word` by edit distance (case-insensitive), when it
// is close enough to be a plausible typo; empty otherwise.
std::string closest_match(std::string_view word, const std::vector<std::string>& candidates);

// `text` as people mean it when they type it: lower case, without accents
// ("Pérou" and "perou", "São Tomé" and "sao tome" fold alike), spaces kept.
std::string fold_for_matching(std::string_view text);

// "did you mean 'x'?" or empty.
std::string did_you_mean(std::string_view word, const std::vector<std::string>& candidates);

}  // namespace ritrack
