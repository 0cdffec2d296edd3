// Reporting periods: a year ("2019") or a quarter ("2019-Q2").
#pragma once

#include <compare>
#include <optional>
#include <string>
#include <string_view>

namespace ritrack {

struct Period {
  int year = 0;
  int quarter = 0;  // 1-4, or 0 for a whole year

  bool is_year() const { return quarter == 0; }
  // The period's time point is its end, in fractional years: 2019-Q2 -> 2019.5, 2019 -> 2020.0.
  double end_time() const { return end_quarter() / 4.0; }  // inline: reports call it per value and period
  // The same in whole quarters (end_time() * 4), for exact spans: 2019-Q2 -> 8078.
  int end_quarter() const { return year * 4 + (is_year() ? 4 : quarter); }
  // Where the period begins: 2019-Q2 -> 2019.25, 2019 -> 2019.0.
  double start_time() const { return is_year() ? year : year + (quarter - 1) / 4.0; }
  // Canonical text: "2019" or "2019-Q2".
  std::string str() const;
  // Periods compare by end time, then years before the quarter that ends with them.
  auto operator<=>(const Period& other) const { return order_key() <=> other.order_key(); }
  bool operator==(const Period&) const = default;

 private:
  int order_key() const { return (year * 4 + (is_year() ? 4 : quarter)) * 2 + (is_year() ? 1 : 0); }
};

// Accepts "2019", "2019-Q2", "2019Q2" and "2019-q2". Returns nullopt for
// anything else; `why` (optional) receives a short reason.
std::optional<Period> parse_period(std::string_view text, std::string* why = nullptr);

// The quarter containing a UTC date given as year and month.
Period quarter_of(int year, int month);
// The quarter whose span holds time point `t` (a period's time point is its
// end): 2020.82 and 2021.0 are both in 2020-Q4.
Period period_at(double t);

}  // namespace ritrack
