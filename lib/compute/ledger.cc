#include "compute/ledger.h"

#include <algorithm>
#include <tuple>

namespace ritrack {

Ledger::Ledger(const std::vector<Entry>& entries) {
  // Last entry per (indicator, country, period) wins; a retraction leaves nothing.
  std::map<std::tuple<std::string_view, std::string_view, Period>, const Entry*> last;
  for (const Entry& e : entries) last[{e.indicator, e.country, e.period}] = &e;
  for (const auto& [key, entry] : last) {
    if (entry->retraction) continue;
    by_indicator_[entry->indicator][entry->country].push_back(StandingValue{entry});
  }
  for (auto& [indicator, countries] : by_indicator_)
    for (auto& [country, values] : countries)
      std::sort(values.begin(), values.end(),
                [](const StandingValue& a, const StandingValue& b) { return a.period() < b.period(); });
}

const std::vector<StandingValue>& Ledger::series(std::string_view indicator, std::string_view country) const {
  static const std::vector<StandingValue> none;
  auto i = by_indicator_.find(indicator);
  if (i == by_indicator_.end()) return none;
  auto c = i->second.find(country);
  return c == i->second.end() ? none : c->second;
}

std::vector<std::string> Ledger::countries(std::string_view indicator) const {
  std::vector<std::string> out;
  auto i = by_indicator_.find(indicator);
  if (i != by_indicator_.end())
    for (const auto& [country, values] : i->second) out.push_back(country);
  return out;
}

const StandingValue* Ledger::latest(std::string_view indicator, std::string_view country, const Period& at) const {
  const auto& values = series(indicator, country);
  // Values ending after `at` do not count yet.
  auto it = std::upper_bound(values.begin(), values.end(), at.end_time(),
                             [](double t, const StandingValue& v) { return t < v.period().end_time(); });
  return it == values.begin() ? nullptr : &*(it - 1);
}

}  // namespace ritrack
