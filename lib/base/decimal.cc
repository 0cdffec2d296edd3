#include "base/decimal.h"

#include <cmath>

namespace ritrack {

namespace {

std::string digits_of(Int128 n) {  // n >= 0
  std::string s;
  do {
    s.insert(s.begin(), static_cast<char>('0' + static_cast<int>(n % 10)));
    n /= 10;
  } while (n > 0);
  return s;
}

Int128 pow10(int n) {
  Int128 p = 1;
  while (n-- > 0) p *= 10;
  return p;
}

// a / d rounded half away from zero (d > 0).
Int128 divide_rounded(Int128 a, Int128 d) {
  Int128 q = a / d, r = a % d;
  if (r < 0) r = -r;
  if (2 * r >= d) q += a < 0 ? -1 : 1;
  return q;
}

}  // namespace

std::optional<Decimal> Decimal::parse(std::string_view text) {
  size_t i = !text.empty() && text[0] == '-' ? 1 : 0;
  bool negative = i == 1;
  Int128 units = 0;
  size_t before = 0, after = 0;
  for (; i < text.size() && text[i] >= '0' && text[i] <= '9'; ++i, ++before) {
    units = units * 10 + (text[i] - '0');
    if (before > 24) return std::nullopt;  // beyond what any caller accepts; keeps clear of overflow
  }
  units *= kScale;
  if (i < text.size() && text[i] == '.') {
    Int128 place = kScale;
    for (++i; i < text.size() && text[i] >= '0' && text[i] <= '9'; ++i, ++after) {
      if (after == kPlaces) return std::nullopt;
      place /= 10;
      units += (text[i] - '0') * place;
    }
    if (after == 0) return std::nullopt;
  }
  if (before == 0 || i != text.size()) return std::nullopt;
  return from_units(negative ? -units : units);
}

Decimal Decimal::from_double(double value) {
  double whole = std::trunc(value);  // the fraction, value - whole, is exact
  return from_units(static_cast<Int128>(static_cast<long long>(whole)) * kScale + std::llround((value - whole) * 1e9));
}

double Decimal::to_double() const {
  // Whole and fraction apart, so that the result is the double nearest the
  // decimal for every value a person writes.
  Int128 whole = units_ / kScale, fraction = units_ % kScale;
  return static_cast<double>(whole) + static_cast<double>(fraction) / 1e9;
}

std::string Decimal::str() const { return rounded_str(kPlaces); }

std::string Decimal::rounded_str(int places) const {
  if (places > kPlaces) places = kPlaces;
  if (places < 0) places = 0;
  Int128 scaled = divide_rounded(units_, pow10(kPlaces - places));
  bool negative = scaled < 0;
  std::string digits = digits_of(negative ? -scaled : scaled);
  if (digits.size() <= static_cast<size_t>(places)) digits.insert(0, places + 1 - digits.size(), '0');
  std::string whole = digits.substr(0, digits.size() - places), fraction = digits.substr(digits.size() - places);
  while (!fraction.empty() && fraction.back() == '0') fraction.pop_back();
  bool zero = whole == "0" && fraction.empty();
  return (negative && !zero ? "-" : "") + whole + (fraction.empty() ? "" : "." + fraction);
}

Decimal Decimal::times(const Decimal& factor) const {
  // Split the factor into whole and billionths so that no product overflows
  // for values and factors up to 10^13 each; beyond, the result saturates
  // (no real amount times a real rate comes near).
  Int128 whole = factor.units_ / kScale, fraction = factor.units_ % kScale, big = 0, small = 0, sum = 0;
  if (__builtin_mul_overflow(units_, whole, &big) || __builtin_mul_overflow(units_, fraction, &small) ||
      __builtin_add_overflow(big, divide_rounded(small, kScale), &sum)) {
    Int128 max = ~static_cast<Int128>(0) ^ (static_cast<Int128>(1) << 127);
    return from_units(sign() * factor.sign() < 0 ? -max : max);
  }
  return from_units(sum);
}

bool ratio_at_least(Int128 a, Int128 b, Int128 num, Int128 den) {
  // a/b >= num/den  <=>  a*den >= num*b when b > 0, and <= when b < 0.
  return b > 0 ? a * den >= num * b : a * den <= num * b;
}

}  // namespace ritrack
