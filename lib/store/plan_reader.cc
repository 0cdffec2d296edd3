#include "store/plan_reader.h"

#include <fmt/format.h>

#include "base/translate.h"
#include "model/plan_rules.h"
#include "store/journal_reader.h"
#include "store/record_fields.h"
#include "yaml/yaml_fields.h"
#include "yaml/yaml_reader.h"

namespace ritrack {

namespace {

// The keys of a resource: what every one says, and what an available one
// (or a commitment) says besides: who provides it and the source.
KeySpec resource_keys(bool available, std::vector<std::string> more = {}) {
  KeySpec keys{{"type", "amount", "unit"}, {"provider", "source", "note"}};
  if (available) keys = {{"type", "amount", "unit", "provider", "source"}, {"note"}};
  keys.required.insert(keys.required.end(), more.begin(), more.end());
  return keys;
}

// A resource's fields from a mapping whose keys were checked; nullopt when
// its type is missing or unknown (reported): nothing else can be said of it.
std::optional<Resource> resource_fields(const YamlNode& node, DiagnosticSink& sink) {
  auto type = read_enum(node.find("type"), tr("the resource's type"), kResourceTypes, sink);
  if (!type) return std::nullopt;
  Resource r;
  r.at = spot(node);
  r.type = *type;
  if (const YamlNode* a = node.find("amount")) r.amount = read_number(a, tr("the amount"), sink).value_or(0);
  if (const YamlNode* u = node.find("unit")) {
    r.unit = read_text(u, tr("the resource's unit"), sink).value_or("");
    r.unit_at = spot(*u);
  }
  if (auto p = read_enum(node.find("provider"), tr("the provider"), kProviders, sink)) r.provider = *p;
  r.source = text_or_empty(node.find("source"), tr("the resource's source"), sink);
  r.note = text_or_empty(node.find("note"), tr("the note"), sink);
  return r;
}

std::vector<Resource> read_resources(const YamlNode* list, bool available, DiagnosticSink& sink) {
  std::vector<Resource> out;
  for (const YamlNode& node : read_list(list, available ? "available" : "needed", sink))
    if (check_keys(node, resource_keys(available), tr("a resource"), sink))
      if (auto r = resource_fields(node, sink)) out.push_back(std::move(*r));
  return out;
}

Responsible read_responsible(const YamlNode& node, DiagnosticSink& sink) {
  Responsible r;
  r.at = spot(node);
  if (!check_keys(node, {{}, {"role", "country", "sector"}}, tr("the responsible"), sink)) return r;
  r.role = read_enum(node.find("role"), tr("the responsible's role"), kRoles, sink);
  if (const YamlNode* c = node.find("country")) {
    r.country = read_text(c, tr("the responsible's country"), sink).value_or("");
    r.country_at = spot(*c);
  }
  if (const YamlNode* s = node.find("sector")) {
    r.sector = read_text(s, tr("the responsible's sector"), sink).value_or("");
    r.sector_at = spot(*s);
  }
  return r;
}

std::optional<Period> read_period_at(const YamlNode* node, std::string_view what, Spot& at, DiagnosticSink& sink) {
  if (!node) return std::nullopt;
  at = spot(*node);
  return read_period(node, what, sink);
}

std::optional<Activity> read_activity(const YamlNode& node, DiagnosticSink& sink) {
  if (!check_keys(node, {{"activity", "title"}, {"responsible", "from", "to", "needed", "available"}},
                  tr("an activity"), sink))
    return std::nullopt;
  Activity a;
  a.at = spot(node);
  // A missing key is reported by check_keys; what it would have said stays empty.
  if (const YamlNode* id = node.find("activity")) a.id_at = spot(*id);
  a.id = read_text(node.find("activity"), tr("the activity's id"), sink).value_or("");
  a.title = read_localized(node.find("title"), tr("the activity's title"), sink).value_or(LocalizedText{});
  if (const YamlNode* r = node.find("responsible")) a.responsible = read_responsible(*r, sink);
  a.from = read_period_at(node.find("from"), tr("the activity's start"), a.from_at, sink);
  a.to = read_period_at(node.find("to"), tr("the activity's end"), a.to_at, sink);
  a.needed = read_resources(node.find("needed"), false, sink);
  a.available = read_resources(node.find("available"), true, sink);
  return a;
}

std::optional<Product> read_product(const YamlNode& node, DiagnosticSink& sink) {
  if (!check_keys(node, {{"product", "title"}, {"indicators", "activities"}}, tr("a product"), sink))
    return std::nullopt;
  Product p;
  p.at = spot(node);
  p.id = read_text(node.find("product"), tr("the product's id"), sink).value_or("");
  p.title = read_localized(node.find("title"), tr("the product's title"), sink).value_or(LocalizedText{});
  for (const YamlNode& i : read_list(node.find("indicators"), "indicators", sink))
    if (auto id = read_text(&i, tr("an indicator"), sink)) {
      p.indicators.push_back(*id);
      p.indicators_at.push_back(spot(i));
    }
  for (const YamlNode& a : read_list(node.find("activities"), "activities", sink))
    if (auto activity = read_activity(a, sink)) p.activities.push_back(std::move(*activity));
  return p;
}

std::optional<PlanResult> read_result(const YamlNode& node, DiagnosticSink& sink) {
  if (!check_keys(node, {{"result"}, {"products"}}, tr("a result of the plan"), sink)) return std::nullopt;
  const YamlNode* number = node.find("result");
  if (!number) return std::nullopt;  // reported by check_keys; its products wait for it
  PlanResult r;
  r.at = spot(*number);
  auto id = read_number(number, tr("the result"), sink);
  r.result = id && id->is_whole() ? static_cast<int>(id->whole()) : 0;
  for (const YamlNode& p : read_list(node.find("products"), "products", sink))
    if (auto product = read_product(p, sink)) r.products.push_back(std::move(*product));
  return r;
}

std::optional<ActivityUpdate> read_update(const YamlNode& node, DiagnosticSink& sink) {
  if (!check_keys(node, {{"status", "date", "state", "recorded", "by"}, {"note"}}, tr("an activity's status"), sink))
    return std::nullopt;
  ActivityUpdate u;
  u.at = spot(node);
  u.activity = text_or_empty(node.find("status"), tr("the activity it updates"), sink);
  if (auto d = read_date(node.find("date"), tr("the update's date"), sink)) u.date = *d;
  if (auto s = read_enum(node.find("state"), tr("the activity's state"), kActivityStates, sink)) u.state = *s;
  u.note = text_or_empty(node.find("note"), tr("the note"), sink);
  read_provenance(node, u.recorded, u.by, sink);
  return u;
}

std::optional<Commitment> read_commitment(const YamlNode& node, DiagnosticSink& sink) {
  if (!check_keys(node, resource_keys(true, {"commitment", "date", "recorded", "by"}), tr("a resource commitment"),
                  sink))
    return std::nullopt;
  Commitment c;
  c.at = spot(node);
  c.activity = text_or_empty(node.find("commitment"), tr("the activity it funds"), sink);
  if (auto d = read_date(node.find("date"), tr("the commitment's date"), sink)) c.date = *d;
  auto resource = resource_fields(node, sink);
  if (!resource) return std::nullopt;
  c.resource = std::move(*resource);
  read_provenance(node, c.recorded, c.by, sink);
  return c;
}

}  // namespace

Plan read_plan(std::string_view text, const Model& model, std::string_view name, DiagnosticSink& sink) {
  Plan plan;
  plan.name = name;
  std::vector<ActivityUpdate> updates;
  std::vector<Commitment> commitments;
  size_t items = 0;
  YamlStreamHook hook{"entries", [&](YamlNode&& node) {
                        ++items;
                        if (node.is_map() && node.find("commitment")) {
                          if (auto c = read_commitment(node, sink)) commitments.push_back(std::move(*c));
                        } else if (auto u = read_update(node, sink)) {
                          updates.push_back(std::move(*u));
                        }
                      }};
  size_t before = sink.errors();
  YamlNode root = read_yaml(text, sink, &hook, YamlParser::libyaml);
  if (sink.errors() > before && root.kind == YamlNode::Kind::null) {
    if (!text.empty()) check_end_marker(text, std::nullopt, sink);
    return plan;
  }
  if (!check_keys(root, {{"plan", "period", "source", "results", "entries"}, {}}, tr("an operational plan"), sink))
    return plan;
  const YamlNode* named = root.find("plan");
  if (auto n = read_text(named, tr("the plan's name"), sink); n && *n != name)
    sink.error(named->pos, named->width(), DiagnosticCode::wrong_country,
               trf("this plan says '{}' but its file is {}.yaml", *n, name), tr("each plan is named after its file"));
  if (const YamlNode* p = root.find("period");
      p && check_keys(*p, {{"from", "to"}, {}}, tr("the plan's period"), sink)) {
    plan.period_at = spot(*p);
    if (auto from = read_period(p->find("from"), tr("the plan's first year"), sink)) plan.from = *from;
    if (auto to = read_period(p->find("to"), tr("the plan's last year"), sink)) plan.to = *to;
  }
  plan.source = text_or_empty(root.find("source"), tr("the plan's source"), sink);
  for (const YamlNode& r : read_list(root.find("results"), "results", sink))
    if (auto result = read_result(r, sink)) plan.results.push_back(std::move(*result));
  const YamlNode* list = root.find("entries");
  if (list && list->kind != YamlNode::Kind::null && !list->is_seq()) report_type(*list, tr("a list"), "entries", sink);
  check_end_marker(text, items, sink);
  attach_to_activities(plan, std::move(updates), std::move(commitments), sink);
  check_plan(model, plan, sink);
  return plan;
}

}  // namespace ritrack
