// Counting words the same way in every language, for the limits of the
// Action pledge form (title at most 20 words, contribution at most 100).
//
// A word is a run of letters and digits (any code point from U+00C0 up
// counts as a letter, except the general punctuation block U+2000-U+206F,
// × and ÷). An apostrophe (' or ’) or a hyphen (- or U+2010/U+2011) between
// two such characters joins them ("l'été", "d’une", "COVID-19" are one
// word each), and so does a point or comma between two digits ("1.000",
// "10,5"). Everything else separates words, and punctuation alone («, —, :)
// is no word. So "Tenir une conférence en 2021" is 5 words in French as
// "Hold a conference in 2021" is in English.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace ritrack {

size_t count_words(std::string_view text);

// `text` without the spaces, tabs and carriage returns around it.
std::string_view trimmed(std::string_view text);

// The parts of a list typed as "radio, redes sociales", trimmed; empty
// parts left out.
std::vector<std::string> split_list(std::string_view text, char separator = ',');

}  // namespace ritrack
