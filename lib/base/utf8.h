// Decoding UTF-8 one code point at a time, strictly (no overlong forms,
// surrogates or code points past U+10FFFF): what escaping, word counting
// and validation share. Tested through base/escape_test.cc and base/words_test.cc.
#pragma once

#include <string>
#include <string_view>
#include <utility>

namespace ritrack {

// The code point at byte `i` of `s` and its length in bytes, or {0, 0} when
// the bytes there are not well-formed UTF-8.
std::pair<char32_t, size_t> decode_utf8(std::string_view s, size_t i);

// Appends code point `cp` (at most U+10FFFF, not a surrogate) to `out`.
void encode_utf8(std::string& out, char32_t cp);

}  // namespace ritrack
