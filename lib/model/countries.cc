#include "model/countries.h"

#include <algorithm>

#include <fmt/format.h>

#include "base/field.h"
#include "base/suggest.h"
#include "base/translate.h"

namespace ritrack {

static bool in_spell(const Membership& m, const Period& at) {
  if (at.end_time() < m.from.end_time()) return false;
  return !m.left || at.end_time() <= m.left->end_time();
}

bool Country::is_member(const Period& at) const {
  return std::any_of(memberships.begin(), memberships.end(), [&](const Membership& m) { return in_spell(m, at); });
}

std::optional<Problem> membership_problem(const Country& c, const Period& at) {
  if (c.is_member(at)) return std::nullopt;
  auto problem = [&](std::string why, std::string hint) {
    return Problem{DiagnosticCode::not_a_member,
                   trf("{}: its value for {} does not count in regional figures", why, at.str()), std::move(hint)};
  };
  if (c.memberships.empty())
    return problem(trf("{} is not a member of the Initiative in countries.yaml", c.code),
                   tr("add its membership, with a source, to countries.yaml"));
  // The spell that starts after `at`, or else the one that ended before it.
  for (const Membership& m : c.memberships) {
    if (at.end_time() >= m.from.end_time()) continue;
    if (m.exact)
      return problem(trf("{} joined the Initiative in {}", c.code, m.from.str()),
                     tr("check the period, or the joining date in countries.yaml"));
    return problem(trf("{} is known to be a member only from {} (countries.yaml, 'known_by')", c.code, m.from.str()),
                   tr("if a source shows it a member earlier, give it in countries.yaml"));
  }
  const std::optional<Period>& left = c.memberships.back().left;
  return problem(trf("{} left the Initiative in {}", c.code, left ? left->str() : "?"),
                 tr("check the period, or the membership in countries.yaml"));
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

std::optional<Problem> country_code_problem(std::string_view code) {
  if (is_three_capitals(code)) return std::nullopt;
  return Problem{DiagnosticCode::bad_country_code, trf("country code '{}' is not an ISO 3166-1 alpha-3 code", code),
                 tr("use three capital letters, e.g. PER")};
}

std::optional<Problem> iso2_code_problem(std::string_view code) {
  auto capital = [](char c) { return c >= 'A' && c <= 'Z'; };
  if (code.size() == 2 && capital(code[0]) && capital(code[1])) return std::nullopt;
  return Problem{DiagnosticCode::bad_country_code, trf("'{}' is not an ISO 3166-1 alpha-2 code", code),
                 tr("use two capital letters, e.g. PE")};
}

std::optional<std::string> resolve_country(const CountryList& list, std::string_view text) {
  if (is_journal_code(list, text)) return std::string(text);
  std::string folded = fold_for_matching(text);
  if (folded == fold_for_matching(kRegionalCode)) return std::string(kRegionalCode);
  for (const Country& c : list.countries) {
    if (folded == fold_for_matching(c.code) || (!c.iso2.empty() && folded == fold_for_matching(c.iso2))) return c.code;
    for (Lang l : kLangs)
      if (!c.name[l].empty() && folded == fold_for_matching(c.name[l])) return c.code;
  }
  return std::nullopt;
}

std::string country_hint(const CountryList& list, std::string_view text, Lang lang) {
  // Names are matched folded; the suggestion is the code, with the name to recognise it by.
  std::vector<std::string> candidates;
  std::vector<const Country*> owners;
  for (const Country& c : list.countries)
    for (Lang l : kLangs) {
      candidates.push_back(fold_for_matching(c.name[l]));
      owners.push_back(&c);
    }
  std::string match = closest_match(fold_for_matching(text), candidates);
  for (size_t i = 0; i < candidates.size() && !match.empty(); ++i)
    if (candidates[i] == match) return trf("did you mean '{}' ({})?", owners[i]->code, owners[i]->name.in(lang));
  return trf("use an ISO code from countries.yaml (e.g. PER), or {} for regional indicators", kRegionalCode);
}

bool is_journal_code(const CountryList& list, std::string_view code) {
  return code == kRegionalCode || list.find(code) != nullptr;
}

}  // namespace ritrack
