#include "base/words.h"

#include <doctest/doctest.h>

using namespace ritrack;

TEST_CASE("words are counted alike in the four languages") {
  CHECK(count_words("Hold a conference in 2021") == 5);
  CHECK(count_words("Tenir une conférence en 2021") == 5);
  CHECK(count_words("Realizar una encuesta nacional en 2021") == 6);
  CHECK(count_words("Realizar uma pesquisa nacional em 2021") == 6);
  CHECK(count_words("") == 0);
  CHECK(count_words("   \n\t ") == 0);
}

TEST_CASE("apostrophes and hyphens inside a word join it; punctuation alone is no word") {
  CHECK(count_words("l'été d’une année") == 3);
  CHECK(count_words("COVID-19 et sous-régional") == 3);
  CHECK(count_words("« Sensibiliser » — et : mettre fin…") == 4);
  CHECK(count_words("- tiret ' apostrophe") == 2);
  CHECK(count_words("fin-") == 1);
  CHECK(count_words("#EndChildLabour2021 @ILO") == 2);
  CHECK(count_words("Ñandú ação São Paulo") == 4);
  CHECK(count_words("Perú\u00A0:\u202Fbien") == 2);  // no-break spaces separate
}

TEST_CASE("numbers are one word, with their decimal or thousands separators") {
  CHECK(count_words("1.000 niños, 10,5 % y 3.") == 5);
  CHECK(count_words("X% d’ici à la fin 2021") == 6);
  CHECK(count_words("a,b 1,b") == 4);
  CHECK(count_words("bad \xFF byte") == 2);
}

TEST_CASE("trimmed drops the blanks around a text, split_list the empty parts") {
  CHECK(trimmed("  radio \t\r") == "radio");
  CHECK(trimmed(" \t ").empty());
  CHECK(split_list("radio, redes sociales,, ,prensa ") ==
        std::vector<std::string>{"radio", "redes sociales", "prensa"});
  CHECK(split_list("").empty());
  CHECK(split_list("a;b", ';') == std::vector<std::string>{"a", "b"});
}
