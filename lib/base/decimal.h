// Exact decimal numbers. Values, sums, targets and gaps are held as a whole
// count of billionths, so that 0.1 + 0.2 is 0.3 and a ratio of exactly 0.6
// compares as 0.6 (binary floating point gets both wrong). Doubles remain
// for what is approximate by nature: shares of time, paces, growth rates.
#pragma once

#include <compare>
#include <concepts>
#include <optional>
#include <string>
#include <string_view>

#include <fmt/format.h>

namespace ritrack {

__extension__ using Int128 = __int128;  // GCC and Clang; ±1.7e38, far beyond any sum of 10^15-sized values

class Decimal {
 public:
  static constexpr int kPlaces = 9;  // decimal places held; parse() refuses more
  static constexpr Int128 kScale = 1'000'000'000;

  constexpr Decimal() = default;
  template <std::integral I>
  constexpr Decimal(I whole) : units_(static_cast<Int128>(whole) * kScale) {}  // NOLINT: exact, so implicit

  // "12", "-3", "0.25": an optional minus, digits, optionally a point and
  // 1 to kPlaces digits. Anything else (exponents, '+', grouping) is nullopt;
  // number.h says why to people.
  static std::optional<Decimal> parse(std::string_view plain);
  // The nearest billionth, for |value| up to 10^15: for values that only
  // exist as doubles (tests, figures computed with doubles).
  static Decimal from_double(double value);
  static constexpr Decimal from_units(Int128 units) {
    Decimal d;
    d.units_ = units;
    return d;
  }

  constexpr Int128 units() const { return units_; }
  double to_double() const;
  // Exact and shortest: "0.3", "-12", "123456789762.125".
  std::string str() const;
  // Rounded half away from zero to `places`, trailing zeros dropped: "2.68".
  std::string rounded_str(int places) const;

  constexpr bool is_whole() const { return units_ % kScale == 0; }
  constexpr long long whole() const { return static_cast<long long>(units_ / kScale); }  // towards zero
  constexpr int sign() const { return units_ > 0 ? 1 : units_ < 0 ? -1 : 0; }
  constexpr Decimal abs() const { return from_units(units_ < 0 ? -units_ : units_); }
  // The product rounded half away from zero to the nearest billionth (an
  // amount times an exchange rate).
  Decimal times(const Decimal& factor) const;

  constexpr Decimal operator-() const { return from_units(-units_); }
  constexpr Decimal& operator+=(const Decimal& o) { return units_ += o.units_, *this; }
  constexpr Decimal& operator-=(const Decimal& o) { return units_ -= o.units_, *this; }
  friend constexpr Decimal operator+(Decimal a, const Decimal& b) { return a += b; }
  friend constexpr Decimal operator-(Decimal a, const Decimal& b) { return a -= b; }
  friend constexpr bool operator==(const Decimal&, const Decimal&) = default;
  friend constexpr std::strong_ordering operator<=>(const Decimal& a, const Decimal& b) {
    return a.units_ <=> b.units_;
  }

 private:
  Int128 units_ = 0;
};

// Whether a/b >= num/den, exactly (b != 0, den > 0): thresholds on ratios of
// exact quantities, compared by cross-multiplying.
bool ratio_at_least(Int128 a, Int128 b, Int128 num, Int128 den);

namespace literals {
// 2.5_dec is exactly 2.5: the literal's own digits, not a double's.
inline Decimal operator""_dec(const char* text) { return Decimal::parse(text).value(); }
}  // namespace literals

}  // namespace ritrack

// "{}" prints a Decimal exactly, for programs (str()); people get format_number_in.
template <>
struct fmt::formatter<ritrack::Decimal> : fmt::formatter<std::string_view> {
  auto format(const ritrack::Decimal& d, fmt::format_context& ctx) const {
    return fmt::formatter<std::string_view>::format(d.str(), ctx);
  }
};
