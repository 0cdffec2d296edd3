#include "base/suggest.h"

#include <algorithm>
#include <cctype>

#include <fmt/format.h>

#include "base/translate.h"

namespace ritrack {

static size_t edit_distance(std::string_view a, std::string_view b) {
  std::vector<size_t> row(b.size() + 1);
  for (size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (size_t i = 1; i <= a.size(); ++i) {
    size_t diagonal = row[0];
    row[0] = i;
    for (size_t j = 1; j <= b.size(); ++j) {
      size_t above = row[j];
      bool same =
          std::tolower(static_cast<unsigned char>(a[i - 1])) == std::tolower(static_cast<unsigned char>(b[j - 1]));
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (same ? 0 : 1)});
      diagonal = above;
    }
  }
  return row[b.size()];
}

std::string closest_match(std::string_view word, const std::vector<std::string>& candidates) {
  // A third of the word's length, at least one and at most three edits.
  size_t limit = std::clamp<size_t>(word.size() / 3, 1, 3);
  std::string best;
  size_t best_distance = limit + 1;
  for (const std::string& c : candidates) {
    size_t d = edit_distance(word, c);
    if (d < best_distance) best_distance = d, best = c;
  }
  return best;
}

std::string fold_for_matching(std::string_view text) {
  // The accented letters of French, Spanish and Portuguese, two bytes each in
  // UTF-8 (U+00C0 to U+00FF), with the letter they fold to.
  static constexpr std::string_view kFolds[] = {"ÀAÁAÂAÃAÄAÅAÇCÈEÉEÊEËEÌIÍIÎIÏIÑNÒOÓOÔOÕOÖOÙUÚUÛUÜUÝY",
                                                "àaáaâaãaäaåaçcèeéeêeëeìiíiîiïiñnòoóoôoõoöoùuúuûuüuýyÿy"};
  std::string out;
  for (size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (static_cast<unsigned char>(c) == 0xC3 && i + 1 < text.size()) {
      bool folded = false;
      for (std::string_view table : kFolds)
        for (size_t k = 0; k + 2 < table.size() && !folded; k += 3)
          if (table[k + 1] == text[i + 1]) {
            out += static_cast<char>(std::tolower(static_cast<unsigned char>(table[k + 2])));
            folded = true;
          }
      if (folded) {
        ++i;
        continue;
      }
    }
    out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  }
  return out;
}

std::string did_you_mean(std::string_view word, const std::vector<std::string>& candidates) {
  std::string match = closest_match(word, candidates);
  return match.empty() ? std::string{} : trf("did you mean '{}'?", match);
}

}  // namespace ritrack
