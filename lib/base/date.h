// Calendar dates ("2021-12-30"): pledge deadlines and progress updates.
#pragma once

#include <compare>
#include <optional>
#include <string>
#include <string_view>

namespace ritrack {

struct Date {
  int year = 0, month = 1, day = 1;
  std::string str() const;  // "2021-12-30"
  auto operator<=>(const Date&) const = default;
};

// Exactly YYYY-MM-DD, a day that exists (29 February only in leap years).
std::optional<Date> parse_date(std::string_view text);

}  // namespace ritrack
