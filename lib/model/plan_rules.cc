// Tested through store/plan_reader_test.cc and the golden reproducers tests/e2e/check/plan-*.
#include "model/plan_rules.h"

#include <algorithm>
#include <array>
#include <map>

#include <fmt/format.h>

#include "base/translate.h"
#include "model/rates.h"

namespace ritrack {

namespace {

void error(DiagnosticSink& sink, const Spot& at, DiagnosticCode code, const std::string& message,
           const std::string& hint) {
  sink.error(at.pos, at.width, code, message, hint);
}

void results_exist(const Model& model, const Plan& plan, DiagnosticSink& sink) {
  for (const PlanResult& r : plan.results)
    if (!model.framework.find_result(r.result))
      error(sink, r.at, DiagnosticCode::unknown_result, trf("the framework has no result {}", r.result),
            trf("results are numbered 1 to {}", model.framework.results.size()));
}

void indicators_exist(const Model& model, const Plan& plan, DiagnosticSink& sink) {
  for (const PlanResult& r : plan.results)
    for (const Product& p : r.products)
      for (size_t i = 0; i < p.indicators.size(); ++i)
        if (!model.framework.find_indicator(p.indicators[i]))
          error(sink, p.indicators_at[i], DiagnosticCode::unknown_indicator,
                trf("unknown indicator '{}'", p.indicators[i]), model.framework.indicator_range_hint(p.indicators[i]));
}

void activities_inside_plan(const Model&, const Plan& plan, DiagnosticSink& sink) {
  for (const PlanResult& r : plan.results)
    for (const Product& p : r.products)
      for (const Activity& a : p.activities) {
        std::string years = fmt::format("{}-{}", plan.from.str(), plan.to.str());
        if (a.from && (a.from->year < plan.from.year || a.from->year > plan.to.year))
          error(sink, a.from_at, DiagnosticCode::outside_plan,
                trf("activity {} starts in {}, outside the plan's years {}", a.id, a.from->str(), years),
                tr("an activity of another period belongs in that period's plan"));
        if (a.to && (a.to->year < plan.from.year || a.to->year > plan.to.year))
          error(sink, a.to_at, DiagnosticCode::outside_plan,
                trf("activity {} ends in {}, outside the plan's years {}", a.id, a.to->str(), years),
                tr("an activity of another period belongs in that period's plan"));
        else if (a.from && a.to && last_day(*a.to) < first_day(*a.from))
          error(sink, a.to_at, DiagnosticCode::outside_plan,
                trf("activity {} ends in {}, before it starts ({})", a.id, a.to->str(), a.from->str()), "");
      }
}

void resource_unit(const Resource& r, DiagnosticSink& sink) {
  if (r.unit.empty()) return;  // reported as a missing key
  const ResourceTypeRow& type = row_of(kResourceTypes, r.type);
  if (r.type == ResourceType::financial) {
    if (auto problem = currency_code_problem(r.unit))
      error(sink, r.unit_at, DiagnosticCode::bad_resource,
            trf("a financial resource is counted in a currency, not '{}'", r.unit), problem->message);
    return;
  }
  if (std::find(type.units.begin(), type.units.end(), r.unit) != type.units.end()) return;
  std::vector<std::string_view> units;
  for (std::string_view u : type.units)
    if (!u.empty()) units.push_back(u);
  error(sink, r.unit_at, DiagnosticCode::bad_resource,
        trf("a {} resource is counted in {}, not '{}'", tr(type.label), fmt::join(units, tr(" or ")), r.unit),
        tr("money in a currency (USD), people in persons or fte, other resources in items"));
}

void resources_in_units(const Model&, const Plan& plan, DiagnosticSink& sink) {
  for (const PlanResult& r : plan.results)
    for (const Product& p : r.products)
      for (const Activity& a : p.activities) {
        for (const Resource& needed : a.needed) resource_unit(needed, sink);
        for (const Resource& available : a.available) resource_unit(available, sink);
      }
}

void responsibles_known(const Model& model, const Plan& plan, DiagnosticSink& sink) {
  const Dimension* sectors = model.framework.find_dimension("sector");
  for (const PlanResult& r : plan.results)
    for (const Product& p : r.products)
      for (const Activity& a : p.activities) {
        const Responsible& who = a.responsible;
        if (who.role && !who.country.empty())
          error(sink, who.at, DiagnosticCode::bad_value,
                trf("activity {} names both a role and a country as responsible", a.id),
                tr("one responsible: a role, or a country with its sector"));
        if (!who.country.empty() && !model.countries.find(who.country))
          error(sink, who.country_at, DiagnosticCode::unknown_country, trf("unknown country '{}'", who.country),
                tr("countries are the ISO codes of countries.yaml"));
        if (!who.sector.empty() && (!sectors || !sectors->find(who.sector)))
          error(sink, who.sector_at, DiagnosticCode::bad_value, trf("unknown sector '{}'", who.sector),
                tr("sectors are the categories of the framework's 'sector' dimension (GOB, EMP, TRAB)"));
        if (!who.sector.empty() && who.country.empty())
          error(sink, who.sector_at, DiagnosticCode::bad_value,
                trf("activity {} names a sector without its country", a.id), tr("add 'country: <ISO code>'"));
      }
}

void ids_once(const Model&, const Plan& plan, DiagnosticSink& sink) {
  std::map<std::string, const Spot*> products;
  for (const PlanResult& r : plan.results)
    for (const Product& p : r.products)
      if (auto [it, fresh] = products.emplace(p.id, &p.at); !fresh)
        error(sink, p.at, DiagnosticCode::duplicate_id,
              trf("product {} is already in this plan (line {})", p.id, it->second->pos.line),
              tr("give each product its own id"));
}

using PlanCheck = void (*)(const Model&, const Plan&, DiagnosticSink&);
constexpr std::array<PlanCheck, 6> kPlanChecks{results_exist,      indicators_exist,   activities_inside_plan,
                                               resources_in_units, responsibles_known, ids_once};

}  // namespace

const Activity* Plan::find_activity(std::string_view id) const {
  for (const PlanResult& r : results)
    for (const Product& p : r.products)
      for (const Activity& a : p.activities)
        if (a.id == id) return &a;
  return nullptr;
}

void attach_to_activities(Plan& plan, std::vector<ActivityUpdate> updates, std::vector<Commitment> commitments,
                          DiagnosticSink& sink) {
  std::map<std::string, Activity*> by_id;
  for (PlanResult& r : plan.results)
    for (Product& p : r.products)
      for (Activity& a : p.activities) {
        if (a.id.empty()) continue;
        auto [it, fresh] = by_id.emplace(a.id, &a);
        if (!fresh)
          error(sink, a.id_at, DiagnosticCode::duplicate_id,
                trf("activity {} is already in this plan (line {})", a.id, it->second->id_at.pos.line),
                tr("give each activity its own id"));
      }
  auto find = [&](const std::string& id, const Spot& at) -> Activity* {
    auto it = by_id.find(id);
    if (it != by_id.end()) return it->second;
    if (!id.empty())
      error(sink, at, DiagnosticCode::unknown_activity, trf("no activity {} in this plan", id),
            tr("a status update or commitment follows its activity in the same plan"));
    return nullptr;
  };
  for (ActivityUpdate& u : updates)
    if (Activity* a = find(u.activity, u.at)) a->updates.push_back(std::move(u));
  // A commitment counts with the activity's own available resources (and
  // is checked with them, at its own position).
  for (Commitment& c : commitments)
    if (Activity* a = find(c.activity, c.at)) a->available.push_back(std::move(c.resource));
}

void check_plan(const Model& model, const Plan& plan, DiagnosticSink& sink) {
  for (PlanCheck check : kPlanChecks) check(model, plan, sink);
}

}  // namespace ritrack
