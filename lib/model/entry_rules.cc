#include "model/entry_rules.h"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <algorithm>
#include <cmath>

#include "base/escape.h"
#include "base/number.h"
#include "base/translate.h"
#include "model/value.h"

namespace ritrack {

std::optional<Problem> period_problem(const Framework& fw, const Indicator* ind, const Period& p, const Period& today) {
  if (!fw.in_horizon(p))
    return Problem{
        DiagnosticCode::period_outside_horizon,
        trf("period {} is outside the initiative's horizon {}–{}", p.str(), fw.horizon_from.str(), fw.horizon_to.str()),
        ""};
  if (is_future(p, today))
    return Problem{DiagnosticCode::future_period,
                   trf("period {} has not started yet (today is in {})", p.str(), today.str()), ""};
  if (ind && ind->cadence == Cadence::annual && !p.is_year())
    return Problem{DiagnosticCode::wrong_cadence,
                   trf("indicator {} is reported annually: the period is a year, not {}", ind->id, p.str()),
                   trf("write {}", p.year)};
  if (ind && ind->cadence == Cadence::quarterly && p.is_year())
    return Problem{DiagnosticCode::wrong_cadence,
                   trf("indicator {} is reported quarterly: the period is a quarter, not {}", ind->id, p.str()),
                   trf("write {}-Q4 for the year's last quarter", p.year)};
  return std::nullopt;
}

std::optional<Problem> item_end_problem(const Framework& fw, const Indicator& ind, std::string_view item,
                                        const Period& start, const Period& end) {
  // An item may be planned to end in the future; the horizon and cadence still hold.
  if (auto problem = period_problem(fw, &ind, end, Period{fw.horizon_to.year, 4})) return problem;
  if (end.end_time() < start.end_time())
    return Problem{DiagnosticCode::item_ends_early,
                   trf("item '{}' ends in {}, before the period it starts in ({})", item, end.str(), start.str()),
                   tr("'period' is when the item starts; 'ends' the last period it is open")};
  return std::nullopt;
}

bool is_item_id(std::string_view id) {
  if (id.empty() || id.size() > 40) return false;
  return std::all_of(id.begin(), id.end(), [](char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_' ||
           c == '.';
  });
}

bool is_future(const Period& period, const Period& today) { return period.start_time() > today.start_time(); }

bool is_utc_timestamp(std::string_view s) {
  static constexpr std::string_view shape = "0000-00-00T00:00:00Z";
  if (s.size() != shape.size()) return false;
  for (size_t i = 0; i < s.size(); ++i) {
    bool digit = shape[i] == '0';
    if (digit ? (s[i] < '0' || s[i] > '9') : s[i] != shape[i]) return false;
  }
  return true;
}

namespace {

// The rules, field by field, in the order their problems are reported.
class EntryRules {
 public:
  EntryRules(const Model& model, const EntryPlace& place, DiagnosticSink& sink)
      : model_(model), place_(place), sink_(sink) {}

  std::optional<Entry> check(EntryFields& f) {
    size_t before = sink_.errors();
    Entry e;
    e.country = place_.code;
    e.pos = f.pos;
    const Indicator* ind = indicator(f.indicator, e);
    period(f.period, ind, f.retract.has_value(), e);
    provenance(f, e);
    if (!f.value == !f.retract) {
      sink_.error(f.pos, 1, f.value ? DiagnosticCode::bad_entry : DiagnosticCode::missing_key,
                  f.value ? tr("an entry has either 'value' or 'retract', not both")
                          : tr("an entry has no 'value' (or 'retract' with a reason)"));
    } else if (f.retract) {
      e.retraction = true;
      e.text = take_text(f.retract, tr("the retraction reason")).value_or("");
      // A resource in its own unit is its own subject: its retraction names the unit.
      if (f.unit && ind) resource_unit(*f.unit, *ind, e);
    } else if (ind) {
      value(*f.value, f, *ind, e);
    }
    if (ind) item(f, *ind, e);
    if (!e.retraction && !f.source)
      sink_.error(f.pos, 1, DiagnosticCode::missing_key, tr("an entry has no 'source' (its means of verification)"));
    if (sink_.errors() != before) return std::nullopt;
    return e;
  }

 private:
  void wrong_type(const Field& f, std::string_view expected, std::string_view what) {
    report_not_text(f, expected, what, sink_);
  }

  bool is_text(const Field* f, std::string_view what) { return ritrack::is_text(f, what, sink_); }

  std::optional<std::string> take_text(std::optional<Field>& f, std::string_view what) {
    if (!is_text(f ? &*f : nullptr, what)) return std::nullopt;
    return std::move(f->text);
  }

  const Indicator* indicator(std::optional<Field>& f, Entry& e) {
    if (!is_text(f ? &*f : nullptr, tr("the indicator"))) return nullptr;
    const std::string& id = f->text;
    const Indicator* ind = model_.framework.find_indicator(id);
    if (!ind) {
      sink_.error(f->pos, f->width, DiagnosticCode::unknown_indicator, trf("unknown indicator '{}'", id),
                  model_.framework.indicator_range_hint(id));
      return nullptr;
    }
    bool regional_journal = place_.code == kRegionalCode;
    if (regional_journal != (ind->scope == Scope::regional)) {
      sink_.error(f->pos, f->width, DiagnosticCode::wrong_scope,
                  regional_journal ? trf("indicator {} is recorded by each country, not in the regional journal", id)
                                   : trf("indicator {} is regional: record it in {}.yaml", id, kRegionalCode));
      return nullptr;
    }
    e.indicator = id;
    return ind;
  }

  // A value from a country that was not a member then is kept, with a
  // warning: it does not count in regional figures (compute/aggregate.h).
  void period(std::optional<Field>& f, const Indicator* ind, bool retraction, Entry& e) {
    if (!f) return;  // the reader reports a missing key
    auto p = field_period(*f, "period", sink_);
    if (!p) return;
    if (auto problem = period_problem(model_.framework, ind, *p, place_.today))
      sink_.error(f->pos, f->width, std::move(*problem));
    else if (const Country* country = place_.country ? *place_.country : model_.countries.find(place_.code);
             country && !retraction)
      if (auto not_member = membership_problem(*country, *p)) sink_.warning(f->pos, f->width, std::move(*not_member));
    e.period = *p;
  }

  void provenance(EntryFields& f, Entry& e) {
    if (f.source) e.source = take_text(f.source, tr("the source")).value_or("");
    if (f.note) e.note = take_text(f.note, tr("the note")).value_or("");
    e.by = take_text(f.by, tr("'by' (who recorded it)")).value_or("");
    Position at = f.recorded ? f.recorded->pos : Position{};
    int width = f.recorded ? f.recorded->width : 1;
    auto recorded = take_text(f.recorded, tr("the recording time"));
    if (recorded && !is_utc_timestamp(*recorded))
      sink_.error(at, width, DiagnosticCode::bad_timestamp,
                  trf("recording time \"{}\" is not a UTC timestamp", *recorded),
                  tr("write it as 2026-11-22T10:15:00Z"));
    e.recorded = recorded.value_or("");
  }

  void value(const Field& v, EntryFields& f, const Indicator& ind, Entry& e) {
    if (!v.not_text.empty()) {
      wrong_type(v, tr("a single value"), "'value'");
      return;
    }
    std::string why;
    auto parsed = parse_value(ind, model_.framework, v.text, &why);
    if (!parsed) {
      sink_.error(v.pos, v.width, DiagnosticCode::bad_value,
                  trf("value \"{}\" is not valid for indicator {} ({}){}", v.text, ind.id,
                      allowed_values(ind, model_.framework), why.empty() ? "" : ": " + why));
      return;
    }
    e.number = parsed->number;
    e.text = std::move(parsed->text);
    if (f.currency) currency(*f.currency, ind, e);
    if (f.unit) resource_unit(*f.unit, ind, e);
    if (f.has_breakdown && ind.measure != Measure::items) breakdown(f, ind, e);
    if (!e.unit.empty()) resource_parts(*f.unit, e);
  }

  // Staff in persons or FTE, technical resources as a count: an amount of
  // one resource type in its own unit, on an indicator broken down by it.
  void resource_unit(const Field& f, const Indicator& ind, Entry& e) {
    if (!is_text(&f, tr("the unit"))) return;
    bool by_resource = std::find(ind.breakdown.begin(), ind.breakdown.end(), kResourceDimension) != ind.breakdown.end();
    if (!kind_of(ind.measure).unit || !by_resource) {
      sink_.error(f.pos, f.width, DiagnosticCode::misplaced_key,
                  trf("indicator {} is not broken down by resource type: its values take no 'unit'", ind.id));
      return;
    }
    auto unit = parse_name(kResourceUnits, f.text);
    if (!unit) {
      sink_.error(f.pos, f.width, DiagnosticCode::bad_choice, trf("'{}' is not a unit of resources", f.text),
                  trf("one of: {} (money takes 'currency' instead)", fmt::join(names_of(kResourceUnits), ", ")));
      return;
    }
    if (!e.currency.empty()) {
      sink_.error(f.pos, f.width, DiagnosticCode::misplaced_key, tr("an entry has a currency or a unit, not both"));
      return;
    }
    if (row_of(kResourceUnits, *unit).whole && !e.number.is_whole()) {
      sink_.error(f.pos, f.width, DiagnosticCode::bad_value,
                  trf("{} {} is not a whole number", format_number(e.number), f.text));
      return;
    }
    e.unit = f.text;
  }

  // The entry is about one resource type: any 'resource' part is that one.
  void resource_parts(const Field& f, const Entry& e) {
    std::string_view resource = row_of(kResourceUnits, *parse_name(kResourceUnits, e.unit)).resource;
    for (const BreakdownPart& part : e.breakdown)
      if (part.dimension == kResourceDimension && part.category != resource)
        sink_.error(f.pos, f.width, DiagnosticCode::bad_breakdown,
                    trf("an amount in {} is about '{}' resources, not '{}'", e.unit, resource, part.category),
                    tr("record each resource type in its own entry"));
  }

  // An amount in another currency than the indicator's unit, which
  // rates.yaml must be able to convert for the entry's period.
  void currency(const Field& f, const Indicator& ind, Entry& e) {
    if (!is_text(&f, tr("the currency"))) return;
    if (!kind_of(ind.measure).unit) {
      sink_.error(f.pos, f.width, DiagnosticCode::bad_currency,
                  trf("indicator {} is a {}: only amounts have a currency", ind.id, measure_name(ind.measure)));
      return;
    }
    if (auto problem = currency_code_problem(f.text)) {
      sink_.error(f.pos, f.width, std::move(*problem));
      return;
    }
    if (f.text == ind.unit) return;  // the unit itself: nothing to convert
    if (!model_.rates.find(f.text, ind.unit, e.period)) {
      sink_.error(f.pos, f.width, DiagnosticCode::missing_rate,
                  trf("rates.yaml has no rate from {} to {} for {}: the amount cannot be counted", f.text, ind.unit,
                      e.period.str()),
                  trf("add '- {{currency: {}, to: {}, period: {}, rate: …, source: \"…\"}}' to rates.yaml", f.text,
                      ind.unit, e.period.year));
      return;
    }
    e.currency = f.text;
  }

  // An item register's entry names its item; a value of it (not a
  // retraction) has its types and may have partners and an end.
  void item(EntryFields& f, const Indicator& ind, Entry& e) {
    auto misplaced = [&](const std::optional<Field>& field, std::string_view key, std::string_view why) {
      if (field) sink_.error(field->pos, field->width, DiagnosticCode::misplaced_key, fmt::format("'{}' {}", key, why));
    };
    if (ind.measure != Measure::items) {
      std::string why = trf("belongs to item registers; indicator {} is a {}", ind.id, measure_name(ind.measure));
      misplaced(f.item, "item", why);
      misplaced(f.ends, "ends", why);
      misplaced(f.partners, "partners", why);
      if (f.has_types) misplaced(f.types_at, "types", why);
      return;
    }
    if (!f.item) {
      sink_.error(f.pos, 1, DiagnosticCode::missing_key,
                  trf("indicator {} is an item register: an entry names its 'item'", ind.id),
                  tr("an identifier of the item, e.g. ALLIANCE-1, the same in every entry about it"));
      return;
    }
    if (!is_text(&*f.item, tr("the item"))) return;
    if (!is_item_id(f.item->text)) {
      sink_.error(f.item->pos, f.item->width, DiagnosticCode::bad_id,
                  trf("item \"{}\" is not an identifier", f.item->text),
                  "letters, digits, '-', '_' and '.', at most 40, e.g. ALLIANCE-1");
      return;
    }
    e.item = std::move(f.item->text);
    if (e.retraction) return;
    if (f.has_breakdown)
      sink_.error(f.breakdown_at.pos, f.breakdown_at.width, DiagnosticCode::misplaced_key,
                  tr("'breakdown' does not apply to an item: its 'types' say what it is"));
    if (f.partners) e.partners = take_text(f.partners, tr("the partners")).value_or("");
    if (f.ends) item_end(*f.ends, ind, e);
    types(f, ind, e);
  }

  void item_end(const Field& f, const Indicator& ind, Entry& e) {
    auto p = field_period(f, "'ends'", sink_);
    if (!p) return;
    if (auto problem = item_end_problem(model_.framework, ind, e.item, e.period, *p)) {
      sink_.error(f.pos, f.width, std::move(*problem));
      return;
    }
    e.ends = *p;
  }

  // One category for each dimension the indicator types its items by.
  void types(EntryFields& f, const Indicator& ind, Entry& e) {
    if (!f.types_not.empty()) {
      Field at = f.types_at;
      at.not_text = f.types_not;
      wrong_type(at, tr("a mapping of dimensions to categories"), "'types'");
      return;
    }
    for (auto& [dimension, category] : f.types) {
      if (auto problem = check_breakdown_dimension(ind, dimension.text)) {
        sink_.error(dimension.pos, dimension.width, std::move(*problem));
        continue;
      }
      const std::string& type = dimension.text;  // captured below, which a structured binding cannot be
      if (!ritrack::is_text(
              &category, [&] { return trf("the '{}' type", type); }, sink_))
        continue;
      BreakdownPart part{dimension.text, category.text, 1};
      if (auto problem = check_breakdown_part(ind, model_.framework, part)) {
        sink_.error(category.pos, category.width, std::move(*problem));
        continue;
      }
      e.breakdown.push_back(std::move(part));
    }
    for (const std::string& dim_id : ind.breakdown) {
      bool given = std::any_of(f.types.begin(), f.types.end(), [&](const auto& t) { return t.first.text == dim_id; });
      if (given) continue;
      const Dimension* dim = model_.framework.find_dimension(dim_id);
      sink_.error(f.has_types ? f.types_at.pos : f.pos, 1, DiagnosticCode::missing_key,
                  trf("item '{}' has no '{}' type", e.item, dim_id),
                  dim ? trf("one of: {}", fmt::join(ind.admitted_codes(*dim), ", ")) : "");
    }
  }

  void breakdown(const EntryFields& f, const Indicator& ind, Entry& e) {
    if (!f.breakdown_not.empty()) {
      Field at = f.breakdown_at;
      at.not_text = f.breakdown_not;
      wrong_type(at, tr("a mapping of dimensions"), tr("the breakdown"));
      return;
    }
    for (const BreakdownFields& dim : f.breakdown) {
      const std::string& name = dim.dimension.text;
      if (auto problem = check_breakdown_dimension(ind, name)) {
        sink_.error(dim.dimension.pos, dim.dimension.width, std::move(*problem));
        continue;
      }
      if (!dim.parts_not.empty()) {
        Field at{"", dim.parts_pos, dim.parts_width, dim.parts_not, dim.parts_reported};
        wrong_type(at, tr("a mapping of categories to numbers"), fmt::format("'{}'", name));
        continue;
      }
      std::vector<BreakdownPart> parts;
      bool complete = true;
      for (const auto& [category, amount] : dim.parts) {
        const std::string& part_name = category.text;  // captured below, which a structured binding cannot be
        auto n = field_number(
            amount, [&] { return trf("the '{}' part", part_name); }, sink_);
        BreakdownPart part{name, category.text, n.value_or(0)};
        auto problem = n ? check_breakdown_part(ind, model_.framework, part) : std::nullopt;
        if (problem) sink_.error(category.pos, category.width, std::move(*problem));
        if (!n || problem) complete = false;
        parts.push_back(std::move(part));
      }
      // A sum over parts that were refused would only repeat the problem.
      if (auto problem = complete ? check_breakdown_sum(ind, parts, e.number) : std::nullopt)
        sink_.error(dim.dimension.pos, dim.dimension.width, std::move(*problem));
      e.breakdown.insert(e.breakdown.end(), parts.begin(), parts.end());
    }
  }

  const Model& model_;
  const EntryPlace& place_;
  DiagnosticSink& sink_;
};

}  // namespace

std::optional<Entry> check_entry(const Model& model, const EntryPlace& place, EntryFields&& fields,
                                 DiagnosticSink& sink) {
  return EntryRules(model, place, sink).check(fields);
}

}  // namespace ritrack
