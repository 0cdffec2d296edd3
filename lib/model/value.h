// Values checked against an indicator's measure, scale and breakdown.
// Shared by the journal reader and by commands that take values as input.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/entry.h"
#include "model/framework.h"

namespace ritrack {

struct ParsedValue {
  Decimal number = 0;
  std::string text;
};

// The unit an entry's number is in: its own unit (a resource counted in
// persons), its currency, else its indicator's unit (may be empty).
const std::string& value_unit(const Entry& e, const Indicator& ind);

// An entry's value as a person reads it: yes/no, the text, or the number
// with the indicator's unit (retractions: empty).
std::string value_text(const Entry& e, const Indicator& ind);

// An item's types, its categories in order: "public_private, national".
std::string item_types(const Entry& e);

// An item as a person reads it: "ALI-1: Alliance with … (PPP, national) until 2021".
std::string item_text(const Entry& e);

// What the indicator accepts, for messages and prompts: "flag: yes or no".
// In the message language, or in `lang`.
std::string allowed_values(const Indicator& ind, const Framework& fw);
std::string allowed_values(const Indicator& ind, const Framework& fw, Lang lang);

// nullopt when `text` is not a valid value for `ind`; `why` gets the detail
// when there is more to say than allowed_values().
std::optional<ParsedValue> parse_value(const Indicator& ind, const Framework& fw, std::string_view text,
                                       std::string* why = nullptr);

// Why `ind` cannot be broken down by `dimension`, or empty when it can.
std::optional<Problem> check_breakdown_dimension(const Indicator& ind, std::string_view dimension);

// Why a part (of a valid dimension) is refused, or empty when it is fine.
std::optional<Problem> check_breakdown_part(const Indicator& ind, const Framework& fw, const BreakdownPart& part);

// Why the parts of each dimension do not add up to `total`, or empty.
std::optional<Problem> check_breakdown_sum(const Indicator& ind, const std::vector<BreakdownPart>& parts,
                                           const Decimal& total);

}  // namespace ritrack
