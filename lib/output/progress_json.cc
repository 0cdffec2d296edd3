#include "output/progress_json.h"

#include <fmt/format.h>

#include "base/escape.h"

namespace ritrack {

namespace {

// Figures computed with doubles (shares, paces, years): the shortest text
// that reads back as the same double (fmt's "{}"); null when absent.
std::string number(std::optional<double> v) {
  if (!v) return "null";
  return fmt::format("{}", *v == 0 ? 0.0 : *v);  // no "-0"
}

// Values, targets, gaps: exact, all their decimals ("0.3", "123456789762.125").
std::string number(const std::optional<Decimal>& v) { return v ? v->str() : "null"; }

std::string milestone(const std::optional<Milestone>& m) {
  if (!m) return "null";
  return fmt::format(R"({{"period":{},"value":{}}})", json_string(m->period.str()), number(m->value));
}

// Which method gave the status: a ratio against the path (on, at risk, off
// track) has one; achieved, not met, monitored and no data do not. Under
// cagr, whether a zero stood in as kCagrZero.
std::string status_method(const Assessment& a) {
  bool by_ratio = a.status == Status::on_track || a.status == Status::at_risk || a.status == Status::off_track;
  return fmt::format(R"("status_method":{},"ratio":{},"zero_replaced":{})",
                     by_ratio ? json_string(a.method == Method::cagr ? "cagr" : "linear") : "null", number(a.ratio),
                     a.zero_replaced ? "true" : "false");
}

std::string strings(const std::vector<std::string>& items) {
  std::vector<std::string> quoted;
  for (const std::string& s : items) quoted.push_back(json_string(s));
  return fmt::format("[{}]", fmt::join(quoted, ","));
}

std::string row_json(const ProgressRow& row, const ProgressOptions& o, Lang lang) {
  const Indicator& ind = *row.indicator;
  const Assessment& a = row.assessment;
  const AggregateValue& v = row.value;
  std::string current =
      v.value && v.period ? fmt::format(R"({{"period":{},"value":{}}})", json_string(v.period->str()), number(v.value))
                          : "null";
  std::vector<std::string> trend;
  std::vector<Period> periods = trend_periods(ind, o.as_of, row.trend.size());
  for (size_t i = 0; i < row.trend.size(); ++i)
    trend.push_back(fmt::format(R"({{"period":{},"value":{}}})", json_string(periods[i].str()), number(row.trend[i])));
  std::string reporting = "null";
  if (ind.scope == Scope::country)
    reporting = fmt::format(R"({{"reported":{},"carried":{},"missing":{}}})", strings(v.coverage.reported),
                            strings(v.coverage.carried), strings(v.coverage.missing));
  std::vector<std::string> breakdown, distribution, evidence;
  for (const BreakdownPart& p : v.breakdown)
    breakdown.push_back(fmt::format(R"({{"dimension":{},"category":{},"value":{}}})", json_string(p.dimension),
                                    json_string(p.category), number(p.value)));
  for (const LevelCount& l : v.distribution)
    distribution.push_back(fmt::format(R"({{"level":{},"countries":{}}})", l.level, l.countries));
  for (const Entry* e : v.evidence) {
    // Item registers' evidence is their items: with the item's id and end.
    std::string item = e->item.empty() ? ""
                                       : fmt::format(R"(,"item":{},"ends":{})", json_string(e->item),
                                                     e->ends ? json_string(e->ends->str()) : "null");
    evidence.push_back(fmt::format(R"({{"country":{},"period":{},"text":{},"source":{}{}}})", json_string(e->country),
                                   json_string(e->period.str()), json_string(e->text), json_string(e->source), item));
  }
  std::vector<std::string> rates;
  for (const ExchangeRate* r : v.rates)
    rates.push_back(fmt::format(R"({{"currency":{},"to":{},"period":{},"rate":{},"source":{}}})",
                                json_string(r->currency), json_string(r->to), json_string(r->period.str()),
                                number(r->rate), json_string(r->source)));
  std::vector<std::string> own_units;
  for (const OwnUnitValue& u : row.own_units)
    own_units.push_back(fmt::format(R"({{"unit":{},"value":{}}})", json_string(u.unit), number(u.value)));
  // New in ritrack.progress/1 without a new version: only added fields.
  std::vector<std::string> by_category;
  for (const CategoryProgress& c : row.categories) {
    const Assessment& ca = c.assessment;
    by_category.push_back(fmt::format(
        R"({{"dimension":{},"category":{},"baseline":{},"current":{},"target":{},"achieved_pct":{},"status":{},{}}})",
        json_string(c.targets->dimension), json_string(c.targets->category), milestone(ca.baseline), number(c.current),
        milestone(ca.target), number(ca.achieved_pct), json_string(status_name(ca.status)), status_method(ca)));
  }
  return fmt::format(
      R"({{"id":{},"result":{},"title":{},"short_title":{},"measure":{},"scope":{},"accumulate":{},"direction":{},"unit":{},)"
      R"("baseline":{},"current":{},"target":{},"achieved_pct":{},"expected":{},"status":{},{},"gap":{},)"
      R"("required_pace":{},"actual_pace":{},"projected_year":{},"acceleration":{},"reporting":{},)"
      R"("counted":{},"distribution":[{}],"breakdown":[{}],"evidence":[{}],"trend":[{}],"by_category":[{}],"rates":[{}],"own_units":[{}]}})",
      json_string(ind.id), ind.result, json_string(ind.title.in(lang)), json_string(ind.short_title.in(lang)),
      json_string(measure_name(ind.measure)), json_string(scope_name(ind.scope)),
      json_string(accumulate_name(ind.accumulate)), json_string(direction_name(ind.direction)),
      ind.unit.empty() ? "null" : json_string(ind.unit), milestone(a.baseline), current, milestone(a.target),
      number(a.achieved_pct), number(a.expected), json_string(status_name(a.status)), status_method(a), number(a.gap),
      number(a.required_pace), number(a.actual_pace), number(a.projected_year), number(a.acceleration), reporting,
      strings(v.counted), fmt::join(distribution, ","), fmt::join(breakdown, ","), fmt::join(evidence, ","),
      fmt::join(trend, ","), fmt::join(by_category, ","), fmt::join(rates, ","), fmt::join(own_units, ","));
}

}  // namespace

std::string progress_json(const ProgressReport& report, Lang lang) {
  const ProgressOptions& o = report.options;
  std::vector<std::string> rows;
  for (const ResultProgress& r : report.results)
    for (const ProgressRow& row : r.rows) rows.push_back(row_json(row, o, lang));
  return fmt::format(
      R"({{"schema":"ritrack.progress/1","as_of":{},"lang":{},"method":{},"country":{},"indicators":[{}]}})"
      "\n",
      json_string(o.as_of.str()), json_string(lang_code(lang)),
      json_string(o.method == Method::cagr ? "cagr" : "linear"), o.country.empty() ? "null" : json_string(o.country),
      fmt::join(rows, ",\n"));
}

std::string gaps_json(const GapsReport& gaps) {
  std::vector<std::string> behind, reporting;
  for (const ProgressRow* row : gaps.behind) {
    const Assessment& a = row->assessment;
    behind.push_back(fmt::format(
        R"({{"id":{},"status":{},{},"target":{},"gap":{},"required_pace":{},"actual_pace":{},"projected_year":{},"acceleration":{}}})",
        json_string(row->indicator->id), json_string(status_name(a.status)), status_method(a), milestone(a.target),
        number(a.gap), number(a.required_pace), number(a.actual_pace), number(a.projected_year),
        number(a.acceleration)));
  }
  for (const ReportingGap& g : gaps.reporting)
    reporting.push_back(fmt::format(R"({{"country":{},"missing":{},"carried":{}}})", json_string(g.country),
                                    strings(g.missing), strings(g.carried)));
  return fmt::format(R"({{"schema":"ritrack.gaps/1","as_of":{},"behind":[{}],"reporting":[{}]}})"
                     "\n",
                     json_string(gaps.as_of.str()), fmt::join(behind, ",\n"), fmt::join(reporting, ",\n"));
}

}  // namespace ritrack
