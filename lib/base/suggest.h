// "Did you mean ...?" for misspelt keys, codes and ids.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace ritrack {

// The candidate closest to `word` by edit distance (case-insensitive), when it
// is close enough to be a plausible typo; empty otherwise.
std::string closest_match(std::string_view word, const std::vector<std::string>& candidates);

// "did you mean 'x'?" or empty.
std::string did_you_mean(std::string_view word, const std::vector<std::string>& candidates);

}  // namespace ritrack
