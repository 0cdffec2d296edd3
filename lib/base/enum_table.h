// One table per enumeration. Each row names one enumerator (and, where the
// enumeration has them, its traits); names are parsed and printed through
// the table, so adding an enumerator is adding a row. Rows are kept in
// enumerator order, which `in_enum_order` checks at compile time.
#pragma once

#include <array>
#include <cstddef>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace ritrack {

// The plain row, for enumerations that have a name and nothing else.
template <class E>
struct EnumName {
  E value;
  std::string_view name;
};

// A name as written in files and a label as a person reads it (the msgid
// of its translations).
template <class E>
struct EnumLabel {
  E value;
  std::string_view name;
  std::string_view label;
};

template <class Row, std::size_t N>
constexpr bool in_enum_order(const std::array<Row, N>& rows) {
  for (std::size_t i = 0; i < N; ++i)
    if (static_cast<std::size_t>(rows[i].value) != i) return false;
  return true;
}

// The row of `value`. Tables are searched, never indexed, so an enumerator
// without a row is an exception, not a read past the end.
template <class Row, std::size_t N, class E>
constexpr const Row& row_of(const std::array<Row, N>& rows, E value) {
  for (const Row& r : rows)
    if (r.value == value) return r;
  throw std::logic_error("enumerator without a row in its table");
}

template <class Row, std::size_t N, class E>
constexpr std::string_view name_of(const std::array<Row, N>& rows, E value) {
  return row_of(rows, value).name;
}

template <class Row, std::size_t N>
constexpr auto parse_name(const std::array<Row, N>& rows, std::string_view name)
    -> std::optional<decltype(Row::value)> {
  for (const Row& r : rows)
    if (r.name == name) return r.value;
  return std::nullopt;
}

template <class Row, std::size_t N>
std::vector<std::string> names_of(const std::array<Row, N>& rows) {
  std::vector<std::string> out;
  for (const Row& r : rows) out.emplace_back(r.name);
  return out;
}

}  // namespace ritrack
