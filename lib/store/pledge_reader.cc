#include "store/pledge_reader.h"

#include <map>

#include <fmt/format.h>

#include "base/translate.h"
#include "model/entry_rules.h"
#include "model/pledge_rules.h"
#include "store/journal_reader.h"
#include "store/record_fields.h"
#include "yaml/yaml_fields.h"
#include "yaml/yaml_reader.h"

namespace ritrack {

namespace {

std::optional<Pledge> read_pledge(const YamlNode& node, DiagnosticSink& sink) {
  if (!check_keys(node,
                  {{"pledge", "stakeholder", "title", "implementation", "contribution", "communication", "source",
                    "recorded", "by"},
                   {"year", "deadline", "measure", "resources"}},
                  tr("a pledge"), sink))
    return std::nullopt;
  Pledge p;
  p.at = spot(node);
  if (const YamlNode* id = node.find("pledge")) {
    p.id = read_text(id, tr("the pledge's id"), sink).value_or("");
    p.id_at = spot(*id);
  }
  if (const YamlNode* s = node.find("stakeholder");
      s && check_keys(*s, {{"type", "name"}, {"country"}}, tr("the stakeholder"), sink)) {
    if (const YamlNode* type = s->find("type")) {
      p.stakeholder.type_at = spot(*type);
      if (auto t = read_enum(type, tr("the stakeholder's type"), kStakeholderTypes, sink)) p.stakeholder.type = *t;
    }
    p.stakeholder.name = text_or_empty(s->find("name"), tr("the stakeholder's name"), sink);
    if (const YamlNode* c = s->find("country")) {
      p.stakeholder.country = read_text(c, tr("the stakeholder's country"), sink).value_or("");
      p.stakeholder.country_at = spot(*c);
    }
  }
  if (const YamlNode* y = node.find("year"))
    if (auto year = read_year(y, tr("the year of action"), sink)) p.year = *year;
  if (const YamlNode* t = node.find("title")) {
    p.title = read_text(t, tr("the pledge's title"), sink).value_or("");
    p.title_at = spot(*t);
  }
  p.implementation = text_or_empty(node.find("implementation"), tr("how the pledge is implemented"), sink);
  if (const YamlNode* c = node.find("contribution")) {
    p.contribution = read_text(c, tr("how the pledge contributes"), sink).value_or("");
    p.contribution_at = spot(*c);
  }
  if (const YamlNode* c = node.find("communication");
      c && check_keys(*c, {{}, {"channels", "hashtag", "moments"}}, tr("the communication plan"), sink)) {
    for (const YamlNode& channel : read_list(c->find("channels"), "channels", sink))
      if (auto t = read_text(&channel, tr("a channel"), sink)) p.communication.channels.push_back(*t);
    p.communication.hashtag = text_or_empty(c->find("hashtag"), tr("the hashtag"), sink);
    p.communication.moments = text_or_empty(c->find("moments"), tr("the planned moments"), sink);
  }
  if (const YamlNode* d = node.find("deadline")) {
    p.deadline = read_date(d, tr("the deadline"), sink);
    p.deadline_at = spot(*d);
  }
  if (const YamlNode* m = node.find("measure");
      m && check_keys(*m, {{"what"}, {"baseline", "target", "indicator"}}, tr("the pledge's measure"), sink)) {
    PledgeMeasure measure;
    measure.at = spot(*m);
    measure.what = text_or_empty(m->find("what"), tr("what the pledge counts"), sink);
    if (const YamlNode* b = m->find("baseline")) measure.baseline = read_number(b, tr("the pledge's baseline"), sink);
    if (const YamlNode* t = m->find("target")) measure.target = read_number(t, tr("the pledge's target"), sink);
    if (const YamlNode* i = m->find("indicator")) {
      measure.indicator = read_text(i, tr("the indicator it feeds"), sink).value_or("");
      measure.indicator_at = spot(*i);
    }
    p.measure = std::move(measure);
  }
  p.resources = text_or_empty(node.find("resources"), tr("the resources needed"), sink);
  p.source = text_or_empty(node.find("source"), tr("the pledge's source"), sink);
  read_provenance(node, p.recorded, p.by, sink);
  return p;
}

std::optional<PledgeUpdate> read_update(const YamlNode& node, DiagnosticSink& sink) {
  if (!check_keys(node, {{"update", "date", "status", "source", "recorded", "by"}, {"value", "note"}},
                  tr("a progress update"), sink))
    return std::nullopt;
  PledgeUpdate u;
  u.at = spot(node);
  u.pledge = text_or_empty(node.find("update"), tr("the pledge it updates"), sink);
  if (const YamlNode* d = node.find("date")) {
    u.date_at = spot(*d);
    if (auto date = read_date(d, tr("the update's date"), sink)) u.date = *date;
  }
  if (auto s = read_enum(node.find("status"), tr("the pledge's status"), kPledgeStatuses, sink)) u.status = *s;
  if (const YamlNode* v = node.find("value")) u.value = read_number(v, tr("the value reached"), sink);
  u.note = text_or_empty(node.find("note"), tr("the note"), sink);
  u.source = text_or_empty(node.find("source"), tr("the evidence"), sink);
  read_provenance(node, u.recorded, u.by, sink);
  return u;
}

std::optional<ScaleUp> read_scale_up(const YamlNode& node, DiagnosticSink& sink) {
  if (!check_keys(node, {{"scale_up", "kind", "to", "plan", "recorded", "by"}, {"cost", "currency"}},
                  tr("a scale-up plan"), sink))
    return std::nullopt;
  ScaleUp s;
  s.at = spot(node);
  s.pledge = text_or_empty(node.find("scale_up"), tr("the pledge it scales up"), sink);
  if (auto k = read_enum(node.find("kind"), tr("the kind of scale-up"), kScaleUpKinds, sink)) s.kind = *k;
  if (const YamlNode* to = node.find("to")) {
    s.to_at = spot(*to);
    if (auto year = read_year(to, tr("the year it reaches"), sink)) s.to = *year;
  }
  if (const YamlNode* c = node.find("cost")) s.cost = read_number(c, tr("the cost"), sink);
  s.currency = text_or_empty(node.find("currency"), tr("the currency"), sink);
  s.plan = text_or_empty(node.find("plan"), tr("the scale-up plan"), sink);
  read_provenance(node, s.recorded, s.by, sink);
  return s;
}

}  // namespace

PledgeRegister read_pledges(std::string_view text, const Model& model, std::string_view name, DiagnosticSink& sink) {
  PledgeRegister out{std::string(name), {}};
  std::vector<PledgeUpdate> updates;
  std::vector<ScaleUp> scale_ups;
  size_t items = 0;
  YamlStreamHook hook{"entries", [&](YamlNode&& node) {
                        ++items;
                        if (node.is_map() && node.find("update")) {
                          if (auto u = read_update(node, sink)) updates.push_back(std::move(*u));
                        } else if (node.is_map() && node.find("scale_up")) {
                          if (auto s = read_scale_up(node, sink)) scale_ups.push_back(std::move(*s));
                        } else if (auto p = read_pledge(node, sink)) {
                          out.pledges.push_back(std::move(*p));
                        }
                      }};
  size_t before = sink.errors();
  YamlNode root = read_yaml(text, sink, &hook, YamlParser::libyaml);
  if (sink.errors() > before && root.kind == YamlNode::Kind::null) {
    if (!text.empty()) check_end_marker(text, std::nullopt, sink);
    return out;
  }
  if (!check_keys(root, {{"register", "entries"}, {}}, tr("a pledge register"), sink)) return out;
  const YamlNode* named = root.find("register");
  if (auto n = read_text(named, tr("the register's name"), sink); n && *n != name)
    sink.error(named->pos, named->width(), DiagnosticCode::wrong_country,
               trf("this register says '{}' but its file is {}.yaml", *n, name),
               tr("each register is named after its file"));
  const YamlNode* list = root.find("entries");
  if (list && list->kind != YamlNode::Kind::null && !list->is_seq()) report_type(*list, tr("a list"), "entries", sink);
  check_end_marker(text, items, sink);
  attach_to_pledges(out, std::move(updates), std::move(scale_ups), sink);
  for (const Pledge& p : out.pledges) check_pledge(model, p, sink);
  return out;
}

}  // namespace ritrack
