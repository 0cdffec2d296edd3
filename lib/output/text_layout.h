// Fitting text into terminal columns (widths count UTF-8 code points).
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace ritrack {

// Splits at spaces into lines of at most `width` columns; a word longer than
// the width gets a line of its own.
std::vector<std::string> wrap(std::string_view text, size_t width);

// Cuts to `width` columns, ending with "…" when something was cut.
std::string truncate(std::string_view text, size_t width);

// Pads with spaces to `width` columns, on the right (left-aligned) or left.
std::string pad_right(std::string_view text, size_t width);
std::string pad_left(std::string_view text, size_t width);

}  // namespace ritrack
