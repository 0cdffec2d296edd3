#include "model/countries.h"

#include <algorithm>

namespace ritrack {

bool Country::is_member(const Period& at) const {
  if (!membership) return false;
  if (at.end_time() < membership->from.end_time()) return false;
  return !membership->left || at.end_time() <= membership->left->end_time();
}

const Country* CountryList::find(std::string_view code) const {
  auto it = std::find_if(countries.begin(), countries.end(), [&](const Country& c) { return c.code == code; });
  return it == countries.end() ? nullptr : &*it;
}

std::vector<std::string> CountryList::codes() const {
  std::vector<std::string> out;
  for (const Country& c : countries) out.push_back(c.code);
  return out;
}

std::vector<const Country*> CountryList::members(const Period& at) const {
  std::vector<const Country*> out;
  for (const Country& c : countries)
    if (c.is_member(at)) out.push_back(&c);
  return out;
}

bool is_journal_code(const CountryList& list, std::string_view code) {
  return code == kRegionalCode || list.find(code) != nullptr;
}

}  // namespace ritrack
