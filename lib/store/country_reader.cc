#include "store/country_reader.h"

#include <algorithm>
#include <set>

#include <fmt/format.h>

#include "base/translate.h"
#include "yaml/yaml_fields.h"
#include "yaml/yaml_reader.h"

namespace ritrack {

static std::optional<Membership> read_membership(const YamlNode& node, DiagnosticSink& sink) {
  if (!check_keys(node, {{"source"}, {"joined", "known_by", "left"}}, tr("a membership"), sink)) return std::nullopt;
  const YamlNode* joined = node.find("joined");
  const YamlNode* known_by = node.find("known_by");
  if (!joined == !known_by) {
    sink.error(node.pos, 1, DiagnosticCode::bad_membership,
               tr("a membership gives either 'joined' (the period the country joined) or "
                  "'known_by' (a period by which a source shows it was a member)"));
    return std::nullopt;
  }
  Membership m;
  auto from = read_period(joined ? joined : known_by, tr("the membership period"), sink);
  auto source = read_text(node.find("source"), tr("the membership source"), sink);
  if (!from || !source) return std::nullopt;
  m.from = *from;
  m.exact = joined != nullptr;
  m.source = *source;
  if (const YamlNode* left = node.find("left")) m.left = read_period(left, tr("the period left"), sink);
  return m;
}

// `membership:` is one spell (a mapping) or its history (a list of spells in
// time order, each starting after the previous one left).
static std::vector<Membership> read_memberships(const YamlNode& node, DiagnosticSink& sink) {
  std::vector<Membership> spells;
  const std::vector<YamlNode> one{node};
  for (const YamlNode& item : node.is_seq() ? node.items : one) {
    auto m = read_membership(item, sink);
    if (!m) continue;
    if (!spells.empty() && (!spells.back().left || !(*spells.back().left < m->from))) {
      sink.error(item.pos, 1, DiagnosticCode::bad_membership,
                 trf("a membership from {} starts before the previous one ended", m->from.str()),
                 tr("list the spells in time order, each but the last with 'left'"));
      continue;
    }
    if (m->left && *m->left < m->from) {
      sink.error(item.find("left")->pos, item.find("left")->width(), DiagnosticCode::bad_membership,
                 trf("a membership cannot end ({}) before it starts ({})", m->left->str(), m->from.str()));
      continue;
    }
    spells.push_back(std::move(*m));
  }
  return spells;
}

CountryList read_countries(std::string_view text, DiagnosticSink& sink) {
  CountryList list;
  std::set<std::string> seen;
  for (const YamlNode& n : read_file_list(text, "countries", tr("the country list"), sink)) {
    if (!check_keys(n, {{"code", "name"}, {"iso2", "membership", "focal_points"}}, tr("a country"), sink)) continue;
    const YamlNode* code_node = n.find("code");
    auto code = read_text(code_node, tr("the country code"), sink);
    if (!code) continue;
    if (auto problem = country_code_problem(*code)) {
      sink.error(code_node->pos, code_node->width(), std::move(*problem));
      continue;
    }
    if (!seen.insert(*code).second) {
      sink.error(code_node->pos, code_node->width(), DiagnosticCode::duplicate_id,
                 trf("country '{}' is listed twice", *code));
      continue;
    }
    Country c;
    c.code = *code;
    if (auto name = read_localized(n.find("name"), tr("the country name"), sink)) c.name = *name;
    if (const YamlNode* iso2 = n.find("iso2")) {
      if (auto two = read_text(iso2, tr("the ISO 3166-1 alpha-2 code"), sink)) {
        if (auto problem = iso2_code_problem(*two))
          sink.error(iso2->pos, iso2->width(), std::move(*problem));
        else
          c.iso2 = *two;
      }
    }
    if (const YamlNode* m = n.find("membership")) c.memberships = read_memberships(*m, sink);
    for (const YamlNode& f : read_list(n.find("focal_points"), "focal_points", sink))
      if (auto sector = read_choice(&f, tr("a focal-point sector"), {"GOB", "EMP", "TRAB"}, sink))
        c.focal_points.push_back(*sector);
    list.countries.push_back(std::move(c));
  }
  return list;
}

}  // namespace ritrack
