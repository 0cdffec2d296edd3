#include "output/progress_json.h"

#include "output/json_writer.h"

namespace ritrack {

namespace {

void milestone(JsonWriter& json, std::string_view key, const std::optional<Milestone>& m) {
  json.key(key);
  if (!m) {
    json.null();
    return;
  }
  json.begin_object().field("period", m->period.str()).field("value", m->value).end_object();
}

// Which method gave the status: a ratio against the path (on, at risk, off
// track) has one; achieved, not met, monitored and no data do not. Under
// cagr, whether a zero stood in as kCagrZero.
void status_method(JsonWriter& json, const Assessment& a) {
  bool by_ratio = a.status == Status::on_track || a.status == Status::at_risk || a.status == Status::off_track;
  json.key("status_method");
  if (by_ratio)
    json.string(a.method == Method::cagr ? "cagr" : "linear");
  else
    json.null();
  json.field("ratio", a.ratio).field("zero_replaced", a.zero_replaced);
}

void strings(JsonWriter& json, std::string_view key, const std::vector<std::string>& items) {
  json.key(key).begin_array();
  for (const std::string& s : items) json.string(s);
  json.end_array();
}

void optional_string(JsonWriter& json, std::string_view key, const std::string& text) {
  json.key(key);
  if (text.empty())
    json.null();
  else
    json.string(text);
}

}  // namespace

void write_progress_row(JsonWriter& json, const ProgressRow& row, const ProgressOptions& o, Lang lang) {
  const Indicator& ind = *row.indicator;
  const Assessment& a = row.assessment;
  const AggregateValue& v = row.value;
  json.begin_object()
      .field("id", ind.id)
      .field("result", ind.result)
      .field("title", ind.title.in(lang))
      .field("short_title", ind.short_title.in(lang))
      .field("measure", measure_name(ind.measure))
      .field("scope", scope_name(ind.scope))
      .field("accumulate", accumulate_name(ind.accumulate))
      .field("direction", direction_name(ind.direction));
  optional_string(json, "unit", ind.unit);
  milestone(json, "baseline", a.baseline);
  json.key("current");
  if (v.value && v.period)
    json.begin_object().field("period", v.period->str()).field("value", *v.value).end_object();
  else
    json.null();
  milestone(json, "target", a.target);
  json.field("achieved_pct", a.achieved_pct).field("expected", a.expected).field("status", status_name(a.status));
  status_method(json, a);
  json.field("gap", a.gap)
      .field("required_pace", a.required_pace)
      .field("actual_pace", a.actual_pace)
      .field("projected_year", a.projected_year)
      .field("acceleration", a.acceleration);
  json.key("reporting");
  if (ind.scope == Scope::country) {
    json.begin_object();
    strings(json, "reported", v.coverage.reported);
    strings(json, "carried", v.coverage.carried);
    strings(json, "missing", v.coverage.missing);
    json.end_object();
  } else {
    json.null();
  }
  strings(json, "counted", v.counted);
  json.key("distribution").begin_array();
  for (const LevelCount& l : v.distribution)
    json.begin_object().field("level", l.level).field("countries", l.countries).end_object();
  json.end_array().key("breakdown").begin_array();
  for (const BreakdownPart& p : v.breakdown)
    json.begin_object()
        .field("dimension", p.dimension)
        .field("category", p.category)
        .field("value", p.value)
        .end_object();
  json.end_array().key("evidence").begin_array();
  for (const Entry* e : v.evidence) {
    json.begin_object()
        .field("country", e->country)
        .field("period", e->period.str())
        .field("text", e->text)
        .field("source", e->source);
    // Item registers' evidence is their items: with the item's id and end.
    if (!e->item.empty()) {
      json.field("item", e->item).key("ends");
      if (e->ends)
        json.string(e->ends->str());
      else
        json.null();
    }
    json.end_object();
  }
  json.end_array().key("trend").begin_array();
  std::vector<Period> periods = trend_periods(ind, o.as_of, row.trend.size());
  for (size_t i = 0; i < row.trend.size(); ++i)
    json.begin_object().field("period", periods[i].str()).field("value", row.trend[i]).end_object();
  // New in ritrack.progress/1 without a new version: only added fields.
  json.end_array().key("by_category").begin_array();
  for (const CategoryProgress& c : row.categories) {
    const Assessment& ca = c.assessment;
    json.begin_object().field("dimension", c.targets->dimension).field("category", c.targets->category);
    milestone(json, "baseline", ca.baseline);
    json.field("current", c.current);
    milestone(json, "target", ca.target);
    json.field("achieved_pct", ca.achieved_pct).field("status", status_name(ca.status));
    status_method(json, ca);
    json.end_object();
  }
  json.end_array().key("rates").begin_array();
  for (const ExchangeRate* r : v.rates)
    json.begin_object()
        .field("currency", r->currency)
        .field("to", r->to)
        .field("period", r->period.str())
        .field("rate", r->rate)
        .field("source", r->source)
        .end_object();
  json.end_array().key("own_units").begin_array();
  for (const OwnUnitValue& u : row.own_units)
    json.begin_object().field("unit", u.unit).field("value", u.value).end_object();
  // Action pledges feeding the indicator (README, "Action pledges").
  json.end_array().key("pledges").begin_array();
  for (const PledgeState& s : row.pledges)
    json.begin_object()
        .field("id", s.pledge->id)
        .field("register", s.reg->name)
        .field("stakeholder", s.pledge->stakeholder.name)
        .field("status", name_of(kPledgeStatuses, s.status))
        .field("overdue", s.overdue)
        .field("target", s.pledge->measure->target)
        .field("reached", s.reached)
        .end_object();
  json.end_array().end_object();
}

std::string progress_json(const ProgressReport& report, Lang lang, const Provenance* provenance) {
  const ProgressOptions& o = report.options;
  JsonWriter json;
  json.begin_object().field("schema", "ritrack.progress/1");
  if (report.illustrative) json.field("illustrative", true);  // only when it is: real data's JSON is unchanged
  json.field("as_of", o.as_of.str())
      .field("lang", lang_code(lang))
      .field("method", o.method == Method::cagr ? "cagr" : "linear");
  optional_string(json, "country", o.country);
  json.key("indicators").begin_array();
  for (const ResultProgress& r : report.results)
    for (const ProgressRow& row : r.rows) write_progress_row(json, row, o, lang);
  json.end_array();
  if (provenance) write_provenance(json, *provenance);
  return json.end_object().finish();
}

std::string gaps_json(const GapsReport& gaps, const Provenance* provenance) {
  JsonWriter json;
  json.begin_object().field("schema", "ritrack.gaps/1");
  if (gaps.illustrative) json.field("illustrative", true);
  json.field("as_of", gaps.as_of.str()).key("behind").begin_array();
  for (const ProgressRow* row : gaps.behind) {
    const Assessment& a = row->assessment;
    json.begin_object().field("id", row->indicator->id).field("status", status_name(a.status));
    status_method(json, a);
    milestone(json, "target", a.target);
    json.field("gap", a.gap)
        .field("required_pace", a.required_pace)
        .field("actual_pace", a.actual_pace)
        .field("projected_year", a.projected_year)
        .field("acceleration", a.acceleration)
        .end_object();
  }
  json.end_array().key("reporting").begin_array();
  for (const ReportingGap& g : gaps.reporting) {
    json.begin_object().field("country", g.country);
    strings(json, "missing", g.missing);
    strings(json, "carried", g.carried);
    json.end_object();
  }
  json.end_array();
  if (provenance) write_provenance(json, *provenance);
  return json.end_object().finish();
}

}  // namespace ritrack
