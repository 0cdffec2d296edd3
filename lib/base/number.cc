#include "base/number.h"

#include <cmath>

#include <fmt/format.h>

#include "base/translate.h"

namespace ritrack {

std::optional<Decimal> parse_number(std::string_view text, std::string* why) {
  auto fail = [&](std::string reason) -> std::optional<Decimal> {
    if (why) *why = std::move(reason);
    return std::nullopt;
  };
  if (text.empty()) return fail(tr("empty"));
  std::string lower;
  for (char c : text) lower += static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
  if (lower.find("nan") != std::string::npos || lower.find("inf") != std::string::npos)
    return fail(tr("NaN and infinity are not numbers here"));
  if (lower.starts_with("0x") || lower.starts_with("-0x")) return fail(tr("hexadecimal is not accepted"));
  size_t i = text[0] == '-' ? 1 : 0;
  size_t digits_before = 0, digits_after = 0;
  while (i < text.size() && text[i] >= '0' && text[i] <= '9') ++i, ++digits_before;
  if (i < text.size() && text[i] == '.') {
    ++i;
    while (i < text.size() && text[i] >= '0' && text[i] <= '9') ++i, ++digits_after;
    if (digits_after == 0) return fail(tr("digits must follow the decimal point"));
  }
  if (digits_before > 0 && i < text.size() && (text[i] == 'e' || text[i] == 'E'))
    return fail(tr("exponents are not accepted"));
  if (i != text.size() || digits_before == 0) return fail(tr("not a plain decimal number"));
  if (digits_after > static_cast<size_t>(Decimal::kPlaces))
    return fail(trf("at most {} decimal places", Decimal::kPlaces));
  std::optional<Decimal> value = Decimal::parse(text);  // nullopt only beyond 25 digits
  if (!value || value->abs() > kMaxNumber) return fail(tr("out of range (at most 10^15)"));
  return value;
}

namespace {

// "12345.5" as `lang` writes it.
std::string localize_plain(Lang lang, const std::string& plain, bool grouped) {
  if (plain.empty()) return plain;
  bool negative = plain.front() == '-';
  std::string digits = plain.substr(negative ? 1 : 0);
  size_t point = digits.find('.');
  std::string whole = digits.substr(0, point);
  std::string fraction = point == std::string::npos ? "" : digits.substr(point + 1);
  std::string_view group = lang == Lang::en ? "," : lang == Lang::fr ? "\u202f" : ".";
  std::string_view decimal = lang == Lang::en ? "." : ",";
  size_t min_grouped = !grouped ? std::string::npos : lang == Lang::es ? 5 : 4;
  std::string out;
  for (size_t i = 0; i < whole.size(); ++i) {
    if (i > 0 && whole.size() >= min_grouped && (whole.size() - i) % 3 == 0) out += group;
    out += whole[i];
  }
  return (negative ? "-" : "") + out + (fraction.empty() ? "" : std::string(decimal) + fraction);
}

}  // namespace

std::string format_number_in(Lang lang, double value, int max_decimals, bool grouped) {
  return localize_plain(lang, format_number(value, max_decimals), grouped);
}

std::string format_number_in(Lang lang, const Decimal& value, int max_decimals, bool grouped) {
  return localize_plain(lang, format_number(value, max_decimals), grouped);
}

std::string format_number(const Decimal& value, int max_decimals) { return value.rounded_str(max_decimals); }

std::string format_number(double value, int max_decimals) {
  if (std::isnan(value)) return "";
  std::string s = fmt::format("{:.{}f}", value, max_decimals);
  if (s.find('.') != std::string::npos) {
    while (s.back() == '0') s.pop_back();
    if (s.back() == '.') s.pop_back();
  }
  if (s == "-0") s = "0";
  return s;
}

}  // namespace ritrack
