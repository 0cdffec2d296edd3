// JSON as a stream of values, written by RapidJSON's Writer (README,
// "Libraries"): escaping and structure are the library's, so that no
// output is assembled by hand. Keys come out in the order written, so the
// same data always gives the same bytes. Texts are made inert for a
// terminal the way json_string makes them (malformed UTF-8 becomes U+FFFD;
// DEL, C1 controls and bidirectional marks are escaped).
#pragma once

#include <cmath>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>

#include "base/decimal.h"

namespace ritrack {

class JsonWriter {
 public:
  JsonWriter();
  ~JsonWriter();
  JsonWriter(const JsonWriter&) = delete;
  JsonWriter& operator=(const JsonWriter&) = delete;

  JsonWriter& begin_object();
  JsonWriter& end_object();
  JsonWriter& begin_array();
  JsonWriter& end_array();
  JsonWriter& key(std::string_view name);
  JsonWriter& string(std::string_view text);
  // Exact, with all its decimals: "0.3", "123456789762.125".
  JsonWriter& number(const Decimal& value);
  JsonWriter& integer(long long value);
  // Figures computed with doubles (shares, paces, years): the shortest text
  // that reads back as the same double; null when not finite, 0 for -0.
  JsonWriter& number(double value);
  JsonWriter& boolean(bool value);
  JsonWriter& null();

  // A member: key(name) then its value.
  template <typename T>
  JsonWriter& field(std::string_view name, const T& value) {
    key(name);
    if constexpr (std::is_same_v<T, bool>)
      return boolean(value);
    else if constexpr (std::is_integral_v<T>)
      return integer(static_cast<long long>(value));
    else if constexpr (std::is_same_v<T, Decimal> || std::is_same_v<T, double>)
      return number(value);
    else if constexpr (std::is_same_v<T, std::optional<Decimal>> || std::is_same_v<T, std::optional<double>>)
      return value ? number(*value) : null();
    else
      return string(value);
  }

  // The document, ended by a newline; the writer is spent.
  std::string finish();

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace ritrack
