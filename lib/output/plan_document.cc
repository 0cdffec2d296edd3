#include "output/plan_document.h"

#include <algorithm>

#include <fmt/format.h>

#include "base/number.h"
#include "base/translate.h"
#include "output/json_writer.h"

namespace ritrack {

namespace {

std::string state_label(ActivityState s, Lang lang) { return tr_s(row_of(kActivityStates, s).label, lang); }

// "persons", "FTE", "items" in the reader's language; a currency as its code.
std::string unit_label(const std::string& unit, Lang lang) {
  if (auto u = parse_name(kResourceUnits, unit)) return tr_s(row_of(kResourceUnits, *u).label, lang);
  return unit;
}

std::string responsible_text(const Responsible& who, const Framework& fw, Lang lang) {
  if (who.role) return tr_s(row_of(kRoles, *who.role).label, lang);
  if (who.country.empty()) return "";
  const Dimension* sectors = fw.find_dimension("sector");
  const Category* sector = sectors ? sectors->find(who.sector) : nullptr;
  return sector ? fmt::format("{} ({})", who.country, sector->name.in(lang)) : who.country;
}

Cell responsible_cell(const Responsible& who, const Framework& fw, Lang lang) {
  std::string text = responsible_text(who, fw, lang);
  return text.empty() ? Cell(tr_s("no responsible", lang), Tone::warn) : Cell(text);
}

std::string period_text(const Activity& a) {
  if (!a.from && !a.to) return "";
  if (a.from && a.to && *a.from == *a.to) return a.from->str();
  return fmt::format("{}–{}", a.from ? a.from->str() : "", a.to ? a.to->str() : "");
}

Cell state_cell(ActivityState s, Lang lang) {
  Tone tone = s == ActivityState::done ? Tone::good : s == ActivityState::dropped ? Tone::muted : Tone::plain;
  return Cell(state_label(s, lang), tone).with_code(std::string(name_of(kActivityStates, s)));
}

// A label in the reader's language, its name in CSV.
template <typename Row, size_t N, typename E>
Cell labelled_cell(const std::array<Row, N>& rows, E value, Lang lang) {
  return Cell(tr_s(row_of(rows, value).label, lang)).with_code(std::string(name_of(rows, value)));
}

bool admits(const Activity& a, const PlanView& view) {
  return view.country.empty() || a.responsible.country == view.country;
}

std::string result_title(int id, const Framework& fw, Lang lang) {
  const Result* r = fw.find_result(id);
  return trf_in(lang, "Result {}: {}", id, r ? r->title.in(lang) : "");
}

}  // namespace

void add_plan_tree(Document& doc, const Plan& plan, const Framework& fw, const PlanView& view, Lang lang) {
  Table tree, resources;
  tree.columns = {label_column("ID", lang), label_column("Product or activity", lang, Column::flex_),
                  label_column("Indicators or responsible", lang), label_column("Period", lang),
                  label_column("State", lang)};
  resources.columns = {label_column("Activity", lang),
                       label_column("Type", lang),
                       label_column("Provider", lang),
                       label_column("Unit", lang),
                       label_column("Needed", lang, Column::numeric_),
                       label_column("Available", lang, Column::numeric_),
                       label_column("Source", lang, Column::hide_in_text_)};
  for (const PlanResult& r : plan.results) {
    if (view.result && r.result != view.result) continue;
    TableSection s, rs;
    s.title = rs.title = result_title(r.result, fw, lang);
    for (const Product& p : r.products) {
      std::vector<const Activity*> shown;
      for (const Activity& a : p.activities)
        if (admits(a, view)) shown.push_back(&a);
      if (shown.empty() && !view.country.empty()) continue;
      s.rows.push_back({Cell(p.id), Cell(p.title.in(lang)),
                        p.indicators.empty() ? Cell::none() : Cell(fmt::format("{}", fmt::join(p.indicators, ", "))),
                        Cell::none(), Cell::none()});
      for (const Activity* a : shown) {
        std::string period = period_text(*a);
        s.rows.push_back({Cell(a->id), Cell("↳ " + a->title.in(lang)).with_raw(a->title.in(lang)),
                          responsible_cell(a->responsible, fw, lang), period.empty() ? Cell::none() : Cell(period),
                          state_cell(state_on(*a, view.today), lang)});
        auto add = [&](const Resource& res, bool needed) {
          Cell amount = Cell(format_number_in(lang, res.amount)).with_raw(res.amount.str());
          rs.rows.push_back({Cell(a->id), labelled_cell(kResourceTypes, res.type, lang),
                             labelled_cell(kProviders, res.provider, lang),
                             Cell(unit_label(res.unit, lang)).with_raw(res.unit), needed ? amount : Cell::none(),
                             needed ? Cell::none() : amount, res.source.empty() ? Cell::none() : Cell(res.source)});
        };
        for (const Resource& res : a->needed) add(res, true);
        for (const Resource& res : a->available) add(res, false);
      }
    }
    if (!s.rows.empty()) tree.sections.push_back(std::move(s));
    if (!rs.rows.empty()) resources.sections.push_back(std::move(rs));
  }
  if (tree.sections.empty()) return;  // nothing of this plan is asked for
  doc.heading(trf_in(lang, "Operational plan {} ({} to {})", plan.name, plan.from.str(), plan.to.str()));
  doc.paragraph(trf_in(lang, "Source: {}. States as of {}.", plan.source, view.today.str()));
  doc.table(std::move(tree));
  if (resources.sections.empty()) {
    doc.paragraph(tr_s("No resource is estimated yet.", lang));
    return;
  }
  doc.heading(trf_in(lang, "Resources of plan {}", plan.name));
  doc.table(std::move(resources));
}

namespace {

void localized(JsonWriter& json, std::string_view name, const LocalizedText& text) {
  json.key(name).begin_object();
  for (Lang l : kLangs) json.field(lang_code(l), text[l]);
  json.end_object();
}

void resources_json(JsonWriter& json, std::string_view name, const std::vector<Resource>& resources) {
  json.key(name).begin_array();
  for (const Resource& r : resources) {
    json.begin_object()
        .field("type", name_of(kResourceTypes, r.type))
        .field("amount", r.amount)
        .field("unit", r.unit)
        .field("provider", name_of(kProviders, r.provider))
        .field("source", r.source)
        .end_object();
  }
  json.end_array();
}

void gap_lines_json(JsonWriter& json, const std::vector<ResourceGap>& gaps) {
  json.key("resources").begin_array();
  for (const ResourceGap& g : gaps)
    json.begin_object()
        .field("type", name_of(kResourceTypes, g.type))
        .field("unit", g.unit)
        .field("needed", g.needed)
        .field("available", g.available)
        .field("missing", g.missing)
        .end_object();
  json.end_array();
}

}  // namespace

std::string plans_json(const std::vector<const Plan*>& plans, const PlanView& view, const Provenance* provenance) {
  JsonWriter json;
  json.begin_object().field("schema", "ritrack.plan/1");
  if (view.illustrative) json.field("illustrative", true);
  json.field("as_of", view.today.str()).key("plans").begin_array();
  for (const Plan* plan : plans) {
    json.begin_object()
        .field("plan", plan->name)
        .field("from", plan->from.str())
        .field("to", plan->to.str())
        .field("source", plan->source)
        .key("results")
        .begin_array();
    for (const PlanResult& r : plan->results) {
      if (view.result && r.result != view.result) continue;
      json.begin_object().field("result", r.result).key("products").begin_array();
      for (const Product& p : r.products) {
        json.begin_object().field("product", p.id);
        localized(json, "title", p.title);
        json.key("indicators").begin_array();
        for (const std::string& i : p.indicators) json.string(i);
        json.end_array().key("activities").begin_array();
        for (const Activity& a : p.activities) {
          if (!admits(a, view)) continue;
          json.begin_object().field("activity", a.id);
          localized(json, "title", a.title);
          json.key("responsible").begin_object();
          if (a.responsible.role) json.field("role", name_of(kRoles, *a.responsible.role));
          if (!a.responsible.country.empty()) json.field("country", a.responsible.country);
          if (!a.responsible.sector.empty()) json.field("sector", a.responsible.sector);
          json.end_object();
          json.key("from");
          a.from ? json.string(a.from->str()) : json.null();
          json.key("to");
          a.to ? json.string(a.to->str()) : json.null();
          json.field("state", name_of(kActivityStates, state_on(a, view.today)));
          resources_json(json, "needed", a.needed);
          resources_json(json, "available", a.available);
          json.end_object();
        }
        json.end_array().end_object();
      }
      json.end_array().end_object();
    }
    json.end_array().end_object();
  }
  json.end_array();
  if (provenance) write_provenance(json, *provenance);
  return json.end_object().finish();
}

namespace {

// A number in the reader's language, bare in CSV.
Cell number_cell(const Decimal& d, Lang lang, Tone tone = Tone::plain) {
  return Cell(format_number_in(lang, d), tone).with_raw(d.str());
}

Cell missing_cell(const Decimal& d, Lang lang) { return number_cell(d, lang, d > Decimal(0) ? Tone::bad : Tone::good); }

// Needed, available and missing per result; nullopt when nothing is estimated.
std::optional<Table> result_gaps_table(const PlanGaps& gaps, const Framework& fw, Lang lang) {
  Table results;
  results.columns = {label_column("Result", lang, Column::flex_),
                     label_column("Type", lang),
                     label_column("Unit", lang),
                     label_column("Needed", lang, Column::numeric_),
                     label_column("Available", lang, Column::numeric_),
                     label_column("Missing", lang, Column::numeric_)};
  TableSection rs;
  rs.title = tr_s("By result", lang);
  for (const ResultGaps& r : gaps.results)
    for (const ResourceGap& g : r.resources)
      rs.rows.push_back({Cell(result_title(r.result, fw, lang)).with_raw(std::to_string(r.result)),
                         labelled_cell(kResourceTypes, g.type, lang), Cell(unit_label(g.unit, lang)).with_raw(g.unit),
                         number_cell(g.needed, lang), number_cell(g.available, lang), missing_cell(g.missing, lang)});
  if (rs.rows.empty()) return std::nullopt;
  results.sections.push_back(std::move(rs));
  return results;
}

}  // namespace

void add_plan_gaps(Document& doc, const PlanGaps& gaps, const Framework& fw, Lang lang) {
  const Plan& plan = *gaps.plan;
  doc.heading(trf_in(lang, "What plan {} still lacks", plan.name));
  doc.paragraph(trf_in(lang,
                       "Resources needed minus available, money in {} converted with the dated rates, people and "
                       "items in their own units; each activity's gap on its own, dropped activities left out.",
                       gaps.currency));
  auto number = [&](const Decimal& d) { return number_cell(d, lang); };
  Table products;
  products.columns = {label_column("Product", lang),
                      label_column("Title", lang, Column::flex_),
                      label_column("Type", lang),
                      label_column("Unit", lang),
                      label_column("Needed", lang, Column::numeric_),
                      label_column("Available", lang, Column::numeric_),
                      label_column("Missing", lang, Column::numeric_),
                      label_column("Indicators off track or at risk", lang)};
  TableSection ps;
  ps.title = tr_s("Products, most urgent first", lang);
  for (const ProductGaps& p : gaps.products) {
    std::vector<std::string> risky;
    for (const IndicatorStatus& s : p.at_risk)
      risky.push_back(fmt::format("{} ({})", s.indicator, tr(row_of(kStatuses, s.status).label, lang)));
    Cell risk = risky.empty() ? Cell::none() : Cell(fmt::format("{}", fmt::join(risky, ", ")), Tone::bad);
    if (p.resources.empty())
      ps.rows.push_back({Cell(p.product->id), Cell(p.product->title.in(lang)),
                         Cell(tr_s("no resource estimate", lang), Tone::warn), Cell::none(), Cell::none(), Cell::none(),
                         Cell::none(), risk});
    for (const ResourceGap& g : p.resources)
      ps.rows.push_back({Cell(p.product->id), Cell(p.product->title.in(lang)),
                         labelled_cell(kResourceTypes, g.type, lang), Cell(unit_label(g.unit, lang)).with_raw(g.unit),
                         number(g.needed), number(g.available), missing_cell(g.missing, lang), risk});
  }
  products.sections.push_back(std::move(ps));
  doc.table(std::move(products));

  if (auto by_result = result_gaps_table(gaps, fw, lang)) doc.table(std::move(*by_result));

  Table providers;
  providers.columns = {label_column("Product", lang),
                       label_column("Provider", lang),
                       label_column("Type", lang),
                       label_column("Unit", lang),
                       label_column("Needed", lang, Column::numeric_),
                       label_column("Available", lang, Column::numeric_)};
  TableSection vs;
  vs.title = tr_s("By provider", lang);
  for (const ProductGaps& p : gaps.products)
    for (const ProviderShare& s : p.providers)
      vs.rows.push_back({Cell(p.product->id), labelled_cell(kProviders, s.provider, lang),
                         labelled_cell(kResourceTypes, s.type, lang), Cell(unit_label(s.unit, lang)).with_raw(s.unit),
                         number(s.needed), number(s.available)});
  providers.sections.push_back(std::move(vs));
  if (!providers.sections[0].rows.empty()) doc.table(std::move(providers));

  Table attention;
  attention.columns = {label_column("Activity", lang),    label_column("Title", lang, Column::flex_),
                       label_column("Responsible", lang), label_column("Ends", lang),
                       label_column("State", lang),       label_column("Needs attention", lang)};
  TableSection as;
  as.title = tr_s("Activities needing attention", lang);
  for (const ProductGaps& p : gaps.products)
    for (const ActivityGaps& a : p.activities) {
      if (a.attention.empty()) continue;
      std::vector<std::string> why, why_raw;
      for (Attention at : a.attention) {
        why.push_back(tr_s(row_of(kAttentions, at).label, lang));
        why_raw.emplace_back(name_of(kAttentions, at));
      }
      as.rows.push_back({Cell(a.activity->id), Cell(a.activity->title.in(lang)),
                         responsible_cell(a.activity->responsible, fw, lang),
                         a.activity->to ? Cell(a.activity->to->str()) : Cell::none(), state_cell(a.state, lang),
                         Cell(fmt::format("{}", fmt::join(why, ", ")), Tone::warn)
                             .with_code(fmt::format("{}", fmt::join(why_raw, " ")))});
    }
  attention.sections.push_back(std::move(as));
  if (!attention.sections[0].rows.empty()) doc.table(std::move(attention));
  if (!gaps.unconverted.empty())
    doc.paragraph(trf_in(lang, "No rate converts {} to {}: kept in its own currency.",
                         fmt::join(gaps.unconverted, ", "), gaps.currency));
}

void add_plan_report(Document& doc, const std::vector<PlanGaps>& all, const Framework& fw, Lang lang) {
  if (all.empty()) return;
  doc.heading(tr_s("Operational plans", lang));
  for (const PlanGaps& gaps : all) {
    Table t;
    t.columns = {label_column("Activity", lang), label_column("Title", lang, Column::flex_),
                 label_column("Responsible", lang), label_column("Ends", lang), label_column("State", lang)};
    TableSection done, overdue;
    done.title = trf_in(lang, "Plan {}: activities done", gaps.plan->name);
    overdue.title = trf_in(lang, "Plan {}: activities past their end, not done", gaps.plan->name);
    for (const ProductGaps& p : gaps.products)
      for (const ActivityGaps& a : p.activities) {
        bool late = std::find(a.attention.begin(), a.attention.end(), Attention::overdue) != a.attention.end();
        if (a.state != ActivityState::done && !late) continue;
        (late ? overdue : done)
            .rows.push_back({Cell(a.activity->id), Cell(a.activity->title.in(lang)),
                             responsible_cell(a.activity->responsible, fw, lang),
                             a.activity->to ? Cell(a.activity->to->str()) : Cell::none(), state_cell(a.state, lang)});
      }
    size_t done_count = done.rows.size(), overdue_count = overdue.rows.size();
    doc.paragraph(trf_in(lang, "Plan {} ({} to {}): activities done: {}; past their end and not done: {}.",
                         gaps.plan->name, gaps.plan->from.str(), gaps.plan->to.str(), done_count, overdue_count));
    for (TableSection* s : {&done, &overdue})
      if (!s->rows.empty()) t.sections.push_back(std::move(*s));
    if (!t.sections.empty()) doc.table(std::move(t));
    if (auto by_result = result_gaps_table(gaps, fw, lang))
      doc.table(std::move(*by_result));
    else
      doc.paragraph(tr_s("No resource is estimated yet.", lang));
  }
}

std::string plan_gaps_json(const std::vector<PlanGaps>& all, bool illustrative, const Provenance* provenance) {
  JsonWriter json;
  json.begin_object().field("schema", "ritrack.plan-gaps/1");
  if (illustrative) json.field("illustrative", true);
  json.key("plans").begin_array();
  for (const PlanGaps& gaps : all) {
    json.begin_object().field("plan", gaps.plan->name).field("currency", gaps.currency).key("products").begin_array();
    for (const ProductGaps& p : gaps.products) {
      json.begin_object()
          .field("product", p.product->id)
          .field("result", p.result)
          .field("underfunded", p.underfunded())
          .key("at_risk")
          .begin_array();
      for (const IndicatorStatus& s : p.at_risk)
        json.begin_object()
            .field("indicator", s.indicator)
            .field("status", row_of(kStatuses, s.status).name)
            .end_object();
      json.end_array();
      gap_lines_json(json, p.resources);
      json.key("providers").begin_array();
      for (const ProviderShare& s : p.providers)
        json.begin_object()
            .field("provider", name_of(kProviders, s.provider))
            .field("type", name_of(kResourceTypes, s.type))
            .field("unit", s.unit)
            .field("needed", s.needed)
            .field("available", s.available)
            .end_object();
      json.end_array().key("activities").begin_array();
      for (const ActivityGaps& a : p.activities) {
        json.begin_object().field("activity", a.activity->id).field("state", name_of(kActivityStates, a.state));
        json.key("attention").begin_array();
        for (Attention at : a.attention) json.string(name_of(kAttentions, at));
        json.end_array();
        gap_lines_json(json, a.resources);
        json.end_object();
      }
      json.end_array().end_object();
    }
    json.end_array().key("results").begin_array();
    for (const ResultGaps& r : gaps.results) {
      json.begin_object().field("result", r.result);
      gap_lines_json(json, r.resources);
      json.end_object();
    }
    json.end_array().key("unconverted").begin_array();
    for (const std::string& u : gaps.unconverted) json.string(u);
    json.end_array().end_object();
  }
  json.end_array();
  if (provenance) write_provenance(json, *provenance);
  return json.end_object().finish();
}

}  // namespace ritrack
