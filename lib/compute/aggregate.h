// An indicator's value at a period: regional (aggregated over member
// countries by measure, scope and accumulation) or for one country.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "compute/ledger.h"
#include "model/countries.h"
#include "model/framework.h"

namespace ritrack {

// Member countries as of the period, by how they reported a country-scope indicator.
struct Coverage {
  std::vector<std::string> reported;  // a value for the reporting period itself
  std::vector<std::string> carried;   // stocks only: an earlier value, carried forward
  std::vector<std::string> missing;   // no value (flows: none for the reporting period)
  size_t members() const { return reported.size() + carried.size() + missing.size(); }
};

struct LevelCount {
  int level = 0;
  int countries = 0;
};

struct AggregateValue {
  std::optional<Decimal> value;  // absent: no data (and always for text measures)
  std::optional<Period> period;  // latest period that contributes
  // flag and level measures: member countries that count, and those that do not
  std::vector<std::string> counted, not_counted;
  std::vector<LevelCount> distribution;  // level measures: countries at each level
  std::vector<BreakdownPart> breakdown;  // counts and amounts: parts summed
  std::vector<const Entry*> evidence;  // text measures: each country's latest entry; item registers: the items counted
  Coverage coverage;                   // country-scope indicators
  // 'counts: members' (5.1) with nothing recorded by then: the value is the
  // number of members countries.yaml names, the one source of membership.
  bool from_countries = false;
  std::vector<const ExchangeRate*> rates;  // amounts: the rates that converted values in other currencies
};

struct AggregateQuery {
  const Framework& framework;
  const CountryList& countries;
  const Ledger& ledger;
  // Only the value (a trend's points): flows' breakdowns and derivations,
  // summed over every period before, are left out.
  bool value_only = false;
};

// The period whose values count as "reported" at `as_of`: the quarter itself
// for quarterly indicators; for annual ones the year when `as_of` is its last
// quarter or the year, else the year before.
Period reporting_period(const Indicator& ind, const Period& as_of);

// The last reporting period of `ind` that has ended by `today`: what a focal
// point is most likely reporting.
Period last_ended_period(const Indicator& ind, const Period& today);

AggregateValue regional_value(const AggregateQuery& q, const Indicator& ind, const Period& as_of);

// The value recorded by one country (country scope) at `as_of`; flags and
// levels count 1 or 0 so that the same table serves.
AggregateValue country_value(const AggregateQuery& q, const Indicator& ind, std::string_view country,
                             const Period& as_of);

}  // namespace ritrack
