#include "compute/aggregate.h"

#include <algorithm>
#include <map>

namespace ritrack {

Period reporting_period(const Indicator& ind, const Period& as_of) {
  if (ind.cadence == Cadence::quarterly) return as_of.is_year() ? Period{as_of.year, 4} : as_of;
  if (as_of.is_year() || as_of.quarter == 4) return Period{as_of.year, 0};
  return Period{as_of.year - 1, 0};
}

Period last_ended_period(const Indicator& ind, const Period& today) {
  Period last_quarter = today.quarter > 1 ? Period{today.year, today.quarter - 1} : Period{today.year - 1, 4};
  return reporting_period(ind, last_quarter);
}

namespace {

// How a value came to be, when it was not typed as it stands: the items
// behind a derived count (its evidence), the rate that converted an amount.
void add_derivation(AggregateValue& out, const StandingValue& v) {
  if (v.items()) out.evidence.insert(out.evidence.end(), v.items()->begin(), v.items()->end());
  if (v.rate() && std::find(out.rates.begin(), out.rates.end(), v.rate()) == out.rates.end())
    out.rates.push_back(v.rate());
}

void note_period(AggregateValue& out, const Period& p) {
  if (!out.period || *out.period < p) out.period = p;
}

// Flows add up the values of the periods after `after` (the baseline, whose
// value is the cumulated total at its own period; spec section 5) up to `as_of`.
// A template on `counts`, called for every value of a flow (a function
// object would be called through a pointer each time).
template <typename Counts>
void accumulate_flow(const AggregateQuery& q, const std::vector<StandingValue>& series, const Period& as_of,
                     const std::optional<Milestone>& after, Counts counts, AggregateValue& out, Decimal& sum,
                     bool& any) {
  const double until = as_of.end_time(), since = after ? after->period.end_time() : 0;
  for (const StandingValue& v : series) {
    Period p = v.period();
    double t = p.end_time();
    if (t > until || (after && t <= since) || !counts(p)) continue;
    sum += v.number();
    any = true;
    note_period(out, p);
    if (q.value_only) continue;
    v.add_breakdown(out.breakdown);
    add_derivation(out, v);
  }
}

void finish_flow(const Indicator& ind, AggregateValue& out, Decimal sum, bool any) {
  if (any) out.value = (ind.baseline ? ind.baseline->value : Decimal(0)) + sum;
}

// The series names of an indicator's resources in their own units (none
// unless it carries a unit), worked out once per indicator, not per country.
std::vector<std::string> own_unit_series_of(const Indicator& ind) {
  std::vector<std::string> names;
  if (kind_of(ind.measure).unit)
    for (const ResourceUnitRow& unit : kResourceUnits) names.push_back(Ledger::own_unit_series(ind.id, unit.name));
  return names;
}

// The latest value a country gave for the indicator, in money or in any
// unit of its own (`own_units`: resources): staff reported is the indicator reported.
const StandingValue* latest_of_any_unit(const AggregateQuery& q, const Indicator& ind,
                                        const std::vector<std::string>& own_units, const std::string& country,
                                        const Period& as_of) {
  const StandingValue* latest = q.ledger.latest(ind.id, country, as_of);
  for (const std::string& series : own_units) {
    const StandingValue* v = q.ledger.latest(series, country, as_of);
    if (v && (!latest || latest->period() < v->period())) latest = v;
  }
  return latest;
}

Coverage coverage_of(const AggregateQuery& q, const Indicator& ind, const Period& as_of,
                     const std::vector<const Country*>& members) {
  Coverage c;
  Period due = reporting_period(ind, as_of);
  // A stock stands until it is replaced; a flow is what happened in its own
  // period, so last quarter's workshops are no answer for this one.
  bool carries = ind.accumulate == Accumulate::stock;
  std::vector<std::string> own_units = own_unit_series_of(ind);
  for (const Country* country : members) {
    const StandingValue* v = latest_of_any_unit(q, ind, own_units, country->code, as_of);
    if (v && (v->period() == due || due < v->period()))
      c.reported.push_back(country->code);
    else if (v && carries)
      c.carried.push_back(country->code);
    else
      c.missing.push_back(country->code);
  }
  return c;
}

// Adds one country's latest value (stock) to the aggregate by measure.
void add_stock(const Indicator& ind, const Scale* scale, const std::string& code, const StandingValue* v,
               AggregateValue& out, std::map<int, int>& levels, Decimal& sum, bool& any) {
  if (!v) {
    if (ind.measure == Measure::flag || ind.measure == Measure::level) out.not_counted.push_back(code);
    return;
  }
  note_period(out, v->period());
  any = true;
  switch (ind.measure) {
    case Measure::flag:
      (v->number() == 1 ? out.counted : out.not_counted).push_back(code);
      if (v->number() == 1) sum += 1;
      break;
    case Measure::level: {
      int level = static_cast<int>(v->number().whole());
      ++levels[level];
      bool counts = scale && level >= scale->threshold;
      (counts ? out.counted : out.not_counted).push_back(code);
      if (counts) sum += 1;
      break;
    }
    case Measure::text:
      out.evidence.push_back(&v->entry());
      break;
    case Measure::count:
    case Measure::amount:
    case Measure::items:
      sum += v->number();
      v->add_breakdown(out.breakdown);
      add_derivation(out, *v);
      break;
  }
}

}  // namespace

AggregateValue regional_value(const AggregateQuery& q, const Indicator& ind, const Period& as_of) {
  AggregateValue out;
  Decimal sum = 0;
  bool any = false;
  if (ind.scope == Scope::regional) {
    const auto& series = q.ledger.series(ind.id, kRegionalCode);
    if (ind.accumulate == Accumulate::flow) {
      accumulate_flow(
          q, series, as_of, ind.baseline, [](const Period&) { return true; }, out, sum, any);
      finish_flow(ind, out, sum, any);
    } else if (const StandingValue* v = q.ledger.latest(ind.id, kRegionalCode, as_of)) {
      out.value = v->number();
      out.period = v->period();
      v->add_breakdown(out.breakdown);  // out has none yet
      add_derivation(out, *v);
      if (ind.measure == Measure::text) out.evidence.push_back(&v->entry()), out.value.reset();
    } else if (ind.counts_members) {
      out.value = Decimal(q.countries.members(as_of).size());
      out.period = as_of;
      out.from_countries = true;
    }
    return out;
  }

  std::vector<const Country*> members = q.countries.members(as_of);
  out.coverage = coverage_of(q, ind, as_of, members);
  if (ind.accumulate == Accumulate::flow && kind_of(ind.measure).summable) {
    // A country's values count for the periods in which it was a member.
    for (const Country& country : q.countries.countries) {
      auto member_then = [&](const Period& p) { return country.is_member(p); };
      accumulate_flow(q, q.ledger.series(ind.id, country.code), as_of, ind.baseline, member_then, out, sum, any);
    }
    finish_flow(ind, out, sum, any);
    return out;
  }
  const Scale* scale = q.framework.find_scale(ind.scale);
  std::map<int, int> levels;
  for (const Country* country : members)
    add_stock(ind, scale, country->code, q.ledger.latest(ind.id, country->code, as_of), out, levels, sum, any);
  if (any && ind.measure != Measure::text) out.value = sum;
  // Flags and levels are counts of countries: with no answers at all the count is unknown, not zero.
  if (scale)
    for (const ScaleLevel& l : scale->levels) out.distribution.push_back({l.value, levels[l.value]});
  return out;
}

AggregateValue country_value(const AggregateQuery& q, const Indicator& ind, std::string_view country,
                             const Period& as_of) {
  AggregateValue out;
  const auto& series = q.ledger.series(ind.id, country);
  if (ind.accumulate == Accumulate::flow && kind_of(ind.measure).summable) {
    // One country's own flow: everything it recorded, the regional baseline aside.
    Decimal sum = 0;
    bool any = false;
    accumulate_flow(
        q, series, as_of, std::nullopt, [](const Period&) { return true; }, out, sum, any);
    if (any) out.value = sum;
  } else if (const StandingValue* v = q.ledger.latest(ind.id, country, as_of)) {
    out.period = v->period();
    v->add_breakdown(out.breakdown);  // out has none yet
    add_derivation(out, *v);
    if (ind.measure == Measure::text)
      out.evidence.push_back(&v->entry());
    else
      out.value = v->number();
  }
  if (const Country* c = q.countries.find(country)) out.coverage = coverage_of(q, ind, as_of, {c});
  return out;
}

}  // namespace ritrack
