#include "base/period.h"

#include <cmath>

#include <fmt/format.h>

#include "base/translate.h"

namespace ritrack {

// Four digits always, so that a period prints as it is read ("0020" stays "0020").
std::string Period::str() const {
  return is_year() ? fmt::format("{:04}", year) : fmt::format("{:04}-Q{}", year, quarter);
}

static bool all_digits(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s)
    if (c < '0' || c > '9') return false;
  return true;
}

std::optional<Period> parse_period(std::string_view text, std::string* why) {
  auto fail = [&](std::string reason) -> std::optional<Period> {
    if (why) *why = std::move(reason);
    return std::nullopt;
  };
  std::string_view year_part = text.substr(0, std::min<size_t>(4, text.size()));
  if (!all_digits(year_part) || year_part.size() != 4 ||
      (text.size() > 4 && !(text[4] == '-' || text[4] == 'Q' || text[4] == 'q')))
    return fail(tr("a period starts with a four-digit year"));
  Period p;
  p.year = (year_part[0] - '0') * 1000 + (year_part[1] - '0') * 100 + (year_part[2] - '0') * 10 + (year_part[3] - '0');
  std::string_view rest = text.substr(4);
  if (rest.empty()) return p;
  if (rest[0] == '-') rest.remove_prefix(1);
  if (rest.size() != 2 || (rest[0] != 'Q' && rest[0] != 'q')) return fail(tr("a quarter is written YYYY-Qn"));
  if (rest[1] < '1' || rest[1] > '4') return fail(tr("the quarter must be Q1, Q2, Q3 or Q4"));
  p.quarter = rest[1] - '0';
  return p;
}

Period quarter_of(int year, int month) { return Period{year, (month - 1) / 3 + 1}; }

Period period_at(double t) {
  long long quarters =
      static_cast<long long>(std::ceil(t * 4 - 1e-9));  // quarters ended by then, counting the one holding t
  long long year = (quarters - 1) >= 0 ? (quarters - 1) / 4 : -((-(quarters - 1) + 3) / 4);
  return Period{static_cast<int>(year), static_cast<int>(quarters - year * 4)};
}

}  // namespace ritrack
