#include "base/date.h"

#include <fmt/format.h>

namespace ritrack {

std::string Date::str() const { return fmt::format("{:04}-{:02}-{:02}", year, month, day); }

Date first_day(const Period& p) { return {p.year, p.is_year() ? 1 : (p.quarter - 1) * 3 + 1, 1}; }

Date last_day(const Period& p) {
  static constexpr int kLastDay[] = {31, 30, 30, 31};  // of March, June, September, December
  int quarter = p.is_year() ? 4 : p.quarter;
  return {p.year, quarter * 3, kLastDay[quarter - 1]};
}

std::optional<Date> parse_date(std::string_view text) {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
  auto number = [&](size_t from, size_t n) {
    int v = 0;
    for (size_t i = from; i < from + n; ++i) {
      if (text[i] < '0' || text[i] > '9') return -1;
      v = v * 10 + (text[i] - '0');
    }
    return v;
  };
  Date d{number(0, 4), number(5, 2), number(8, 2)};
  if (d.year < 1 || d.month < 1 || d.month > 12 || d.day < 1) return std::nullopt;
  bool leap = (d.year % 4 == 0 && d.year % 100 != 0) || d.year % 400 == 0;
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (d.day > kDays[d.month - 1] + (d.month == 2 && leap ? 1 : 0)) return std::nullopt;
  return d;
}

}  // namespace ritrack
