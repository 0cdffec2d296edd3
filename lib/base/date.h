// Calendar dates ("2021-12-30"): pledge deadlines and progress updates.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "base/period.h"

namespace ritrack {

struct Date {
  int year = 0, month = 1, day = 1;
  std::string str() const;  // "2021-12-30"
  // Dates in order as whole numbers (20211230); clang-tidy 14 misreads a defaulted <=>.
  int serial() const { return year * 10000 + month * 100 + day; }
  bool operator==(const Date&) const = default;
  bool operator<(const Date& o) const { return serial() < o.serial(); }
  bool operator<=(const Date& o) const { return serial() <= o.serial(); }
  bool operator>(const Date& o) const { return serial() > o.serial(); }
  bool operator>=(const Date& o) const { return serial() >= o.serial(); }
};

// The first and the last day of a period: 2019-Q2 -> 2019-04-01, 2019-06-30.
Date first_day(const Period& p);
Date last_day(const Period& p);

// Exactly YYYY-MM-DD, a day that exists (29 February only in leap years).
std::optional<Date> parse_date(std::string_view text);

}  // namespace ritrack
