// Countries of the region, their membership of the Initiative and focal-point roles.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/diagnostic.h"
#include "base/lang.h"
#include "base/period.h"

namespace ritrack {

// Regional entries (recorded once for the whole Initiative) live under this
// code. It has two letters, so it can never be an ISO 3166-1 alpha-3 code.
inline constexpr std::string_view kRegionalCode = "RI";

// One spell of membership: joined (or known to be a member by) `from`,
// until `left` if the country left.
struct Membership {
  Period from;        // member from this period on
  bool exact = true;  // false: a source shows membership by then, the joining date is unknown
  std::optional<Period> left;
  std::string source;
};

struct Country {
  std::string code;  // ISO 3166-1 alpha-3
  std::string iso2;  // ISO 3166-1 alpha-2, where countries.yaml gives it: what people also type
  LocalizedText name;
  std::vector<Membership> memberships;    // its history, in time order; empty: never a member
  std::vector<std::string> focal_points;  // sectors with a focal point: GOB, EMP, TRAB
  bool is_member(const Period& at) const;
};

// Why a value of `country` for `at` does not count in regional figures
// (not a member then), as a warning; nullopt when it counts.
std::optional<Problem> membership_problem(const Country& country, const Period& at);

struct CountryList {
  std::vector<Country> countries;  // in file order
  const Country* find(std::string_view code) const;
  std::vector<std::string> codes() const;
  std::vector<const Country*> members(const Period& at) const;
};

// Why `code` cannot be a country code (bad-country-code), or nullopt.
std::optional<Problem> country_code_problem(std::string_view code);

// The journal code `text` names, as a person types it: a listed code or RI
// in any case, a country's ISO 3166-1 alpha-2 code, or its name in any of
// the four languages (case and accents aside): "per", "PE", "Pérou", "Perú".
std::optional<std::string> resolve_country(const CountryList& list, std::string_view text);
// The hint for a country that `text` does not name: "did you mean 'PER'
// (Peru)?" for a near miss, else where the codes are.
std::string country_hint(const CountryList& list, std::string_view text, Lang lang);

// Why `code` cannot be an ISO 3166-1 alpha-2 code (bad-country-code), or nullopt.
std::optional<Problem> iso2_code_problem(std::string_view code);

// True when `code` may name a journal: a listed country or the regional code.
// Journal paths are built only from codes that pass this check.
bool is_journal_code(const CountryList& list, std::string_view code);

}  // namespace ritrack
