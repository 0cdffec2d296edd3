// Strict decimal numbers as written in ritrack files and on the command line.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace ritrack {

// Largest magnitude accepted; every integer up to it is exact in a double.
inline constexpr double kMaxNumber = 1e15;

// Accepts plain decimals only: "12", "-3", "0.25". Refuses NaN, Inf, hex,
// exponents, thousands separators and magnitudes above kMaxNumber, because a
// spreadsheet artefact read as a number is worse than an error.
std::optional<double> parse_number(std::string_view text, std::string* why = nullptr);

// Shortest plain rendering: 28 -> "28", 2.5 -> "2.5", 1/3 -> "0.33".
std::string format_number(double value, int max_decimals = 2);

}  // namespace ritrack
