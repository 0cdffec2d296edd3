// Strict decimal numbers as written in ritrack files and on the command line.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "base/decimal.h"
#include "base/lang.h"

namespace ritrack {

// Largest magnitude accepted.
inline constexpr Decimal kMaxNumber = 1'000'000'000'000'000;

// Accepts plain decimals only: "12", "-3", "0.25", exactly, with at most
// Decimal::kPlaces decimal places. Refuses NaN, Inf, hex, exponents,
// thousands separators and magnitudes above kMaxNumber, because a
// spreadsheet artefact read as a number is worse than an error.
std::optional<Decimal> parse_number(std::string_view text, std::string* why = nullptr);

// Shortest plain rendering: 28 -> "28", 2.5 -> "2.5", 1/3 -> "0.33". For
// programs (CSV, JSON, YAML): the same in every language.
std::string format_number(double value, int max_decimals = 2);
std::string format_number(const Decimal& value, int max_decimals = 2);

// The same for a person reading `lang`: 12345.5 -> "12,345.5" (en),
// "12 345,5" (fr, narrow no-break space), "12.345,5" (es, pt). Four-digit
// numbers are grouped too, except in Spanish (RAE: 1500, 12 500).
// `grouped` false: years (2031,5) keep their digits together.
std::string format_number_in(Lang lang, double value, int max_decimals = 2, bool grouped = true);
std::string format_number_in(Lang lang, const Decimal& value, int max_decimals = 2, bool grouped = true);

}  // namespace ritrack
