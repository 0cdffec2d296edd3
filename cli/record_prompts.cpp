#include "record_prompts.h"

#include <algorithm>
#include <set>

#include <fmt/format.h>

#include "base/escape.h"
#include "base/number.h"
#include "base/translate.h"
#include "compute/aggregate.h"
#include "model/entry_rules.h"
#include "model/value.h"
#include "record/typed_input.h"

namespace ritrack::cli {

namespace {

// The draft's text for a question: the answer, else what the command line gave.
std::string field(const Draft& d, const std::string& key) {
  if (const std::string* answer = d.answers.find(key)) return *answer;
  const RecordArgs& g = d.given;
  static const std::map<std::string, std::string RecordArgs::*> kGiven{
      {"country", &RecordArgs::country}, {"indicator", &RecordArgs::indicator}, {"period", &RecordArgs::period},
      {"item", &RecordArgs::item},       {"value", &RecordArgs::value},         {"partners", &RecordArgs::partners},
      {"ends", &RecordArgs::ends},       {"source", &RecordArgs::source},       {"note", &RecordArgs::note}};
  auto it = kGiven.find(key);
  return it == kGiven.end() ? "" : g.*(it->second);
}

// "type:partnership" → "partnership".
std::string dimension_of(const std::string& key) { return key.substr(key.find(':') + 1); }

// The questions the draft needs, in the order they are asked; the ones after
// the indicator depend on it.
std::vector<std::string> questions(const Draft& d, const Framework& fw) {
  const RecordArgs& g = d.given;
  std::vector<std::string> q;
  if (g.country.empty()) q.emplace_back("country");
  if (g.indicator.empty()) q.emplace_back("indicator");
  const Indicator* ind = fw.find_indicator(field(d, "indicator"));
  if (!ind) return q;  // a mistyped id on the command line: make_entry says so
  if (g.period.empty()) q.emplace_back("period");
  bool items = ind->measure == Measure::items;
  if (items && g.item.empty()) q.emplace_back("item");
  if (g.value.empty()) q.emplace_back("value");
  if (items && g.types.empty()) {
    for (const std::string& dim : ind->breakdown) q.push_back("type:" + dim);
    if (g.partners.empty()) q.emplace_back("partners");
    // A flow counts an item in the period it starts: only a stock ends.
    if (g.ends.empty() && ind->accumulate == Accumulate::stock) q.emplace_back("ends");
  }
  if (!items && g.breakdown.empty() && kind_of(ind->measure).breakdown)
    for (const std::string& dim : ind->breakdown) q.push_back("breakdown:" + dim);
  if (g.source.empty()) q.emplace_back("source");
  if (g.note.empty()) q.emplace_back("note");
  return q;
}

std::string last_source(const Dataset& data, const std::string& country) {
  for (auto it = data.entries.rbegin(); it != data.entries.rend(); ++it)
    if (it->country == country && !it->source.empty()) return it->source;
  return "";
}

// The country's entry to take defaults from: the one standing for the period,
// else its latest earlier value of the indicator.
const Entry* previous_entry(const Dataset& data, const std::string& country, const Indicator& ind,
                            const std::optional<Period>& period) {
  const Entry* best = nullptr;
  for (const Entry& e : data.entries) {
    if (e.country != country || e.indicator != ind.id || !e.item.empty() || !e.unit.empty()) continue;
    if (period && *period < e.period) continue;
    if (!best || best->period <= e.period) best = &e;  // later in the journal: recorded later
  }
  return best && !best->retraction ? best : nullptr;
}

std::string default_value(const Entry& e, const Indicator& ind, const Framework& fw, Lang lang) {
  switch (ind.measure) {
    case Measure::flag:
      return tr(e.number != 0 ? "yes" : "no");
    case Measure::level:
      if (const Scale* scale = fw.find_scale(ind.scale))
        if (const ScaleLevel* level = scale->find(static_cast<int>(e.number.whole()))) return level->label.in(lang);
      return format_number(e.number, 6);
    case Measure::text:
    case Measure::items:
      return e.text;
    default:
      return e.currency.empty() ? format_number(e.number, 6) : "";  // another currency: typed again
  }
}

std::string parts_text(const Entry& e, const std::string& dim) {
  std::vector<std::string> parts;
  for (const BreakdownPart& p : e.breakdown)
    if (p.dimension == dim) parts.push_back(p.category + ":" + format_number(p.value, 6));
  return fmt::format("{}", fmt::join(parts, ","));
}

// The periods of the indicator's cadence up to the last one ended, latest first.
std::vector<Choice> recent_periods(const Indicator& ind, Period today) {
  std::vector<Choice> out;
  Period p = last_ended_period(ind, today);
  for (int i = 0; i < 8; ++i) {
    out.push_back({p.str(), ""});
    if (p.is_year())
      --p.year;
    else if (--p.quarter == 0)
      p = Period{p.year - 1, 4};
  }
  return out;
}

std::vector<Choice> category_choices(const Indicator& ind, const Dimension& dim, Lang lang) {
  std::vector<Choice> out;
  for (const std::string& code : ind.admitted_codes(dim))
    out.push_back({code, dim.find(code) ? dim.find(code)->name.in(lang) : ""});
  return out;
}

// The answer as the journal writes it: "PER" for "Perú", "GOB:3,EMP:1" for "gob: 3, emp:1".
std::string canonical_answer(const std::string& key, const std::string& answer, const Draft& d, const Dataset& data) {
  if (key == "country") return *resolve_country(data.countries, answer);
  if (key == "indicator") return data.framework.find_indicator(answer)->id;
  if (key == "period" || (key == "ends" && !answer.empty())) return parse_period(answer)->str();
  const Indicator* ind = data.framework.find_indicator(field(d, "indicator"));
  if (key == "value") return canonical_value(data, *ind, answer);
  bool type = key.starts_with("type:");
  if ((type || key.starts_with("breakdown:")) && !answer.empty()) {
    RecordInput in;
    in.indicator = ind->id;
    std::string typed = dimension_of(key) + "=" + answer;
    (type ? in.types : in.breakdown).push_back(typed);
    RecordInput canonical = canonical_input(data, in);
    const std::string& out = type ? canonical.types[0] : canonical.breakdown[0];
    return out.substr(out.find('=') + 1);
  }
  return answer;
}

class Questions {
 public:
  Questions(const Draft& d, const Dataset& data, Period today, Lang lang)
      : d_(d), data_(data), fw_(data.framework), today_(today), lang_(lang) {}

  Question ask(const std::string& key) const {
    if (key == "country") return country();
    if (key == "indicator") return indicator();
    const Indicator& ind = *fw_.find_indicator(field(d_, "indicator"));
    if (key == "period") return period(ind);
    if (key == "item") return item(ind);
    if (key == "value") return value(ind);
    if (key.starts_with("type:")) return type(ind, *fw_.find_dimension(dimension_of(key)));
    if (key.starts_with("breakdown:")) return breakdown(ind, *fw_.find_dimension(dimension_of(key)));
    if (key == "partners") return Question(tr("Partners (optional)"));
    if (key == "ends") return ends(ind);
    if (key == "source") return source();
    return Question(tr("Note (optional)"));
  }

 private:
  Question country() const {
    Question q{tr("Country (ISO code, RI for regional)")};
    q.check = [this](const std::string& s) {
      return resolve_country(data_.countries, s)
                 ? ""
                 : trf("unknown country '{}'; {}", s, country_hint(data_.countries, s, lang_));
    };
    for (const Country& c : data_.countries.countries) q.choices.push_back({c.code, c.name.in(lang_)});
    q.choices.push_back({std::string(kRegionalCode), tr("the Initiative (regional indicators)")});
    q.labels_complete = true;  // "Perú" completes too
    return q;
  }

  Question indicator() const {
    bool regional = field(d_, "country") == kRegionalCode;
    Question q{tr("Indicator"), d_.default_indicator};
    q.check = [this, regional](const std::string& s) -> std::string {
      const Indicator* ind = fw_.find_indicator(s);
      if (!ind) return trf("unknown indicator '{}'; {}", s, fw_.indicator_range_hint(s));
      if ((ind->scope == Scope::regional) != regional)
        return ind->scope == Scope::regional ? trf("{} is regional: record it for {}", s, kRegionalCode)
                                             : trf("{} is recorded by each country, not for {}", s, kRegionalCode);
      return "";
    };
    for (const Indicator& ind : fw_.indicators)
      if ((ind.scope == Scope::regional) == regional) q.choices.push_back({ind.id, ind.short_title.in(lang_)});
    return q;
  }

  Question period(const Indicator& ind) const {
    std::string fallback = last_ended_period(ind, today_).str();
    auto carried = parse_period(d_.default_period);
    bool fits = carried && !period_problem(fw_, &ind, *carried, today_);
    Question q{tr("Period"), fits ? carried->str() : fallback};
    q.check = [this, &ind](const std::string& s) -> std::string {
      std::string why;
      auto period = parse_period(s, &why);
      if (!period) return trf("'{}' is not a period: {}; e.g. 2019 or 2019-Q2", s, why);
      auto problem = period_problem(fw_, &ind, *period, today_);
      return problem ? problem->message : "";
    };
    q.choices = recent_periods(ind, today_);
    return q;
  }

  Question item(const Indicator& ind) const {
    Question q{tr("Item (identifier)")};
    q.check = [](const std::string& s) {
      return is_item_id(s) ? "" : tr("letters, digits, '-', '_' and '.', at most 40, e.g. ALLIANCE-1");
    };
    std::set<std::string> seen;
    std::string country = field(d_, "country");
    for (auto it = data_.entries.rbegin(); it != data_.entries.rend(); ++it)
      if (it->country == country && it->indicator == ind.id && !it->item.empty() && seen.insert(it->item).second)
        q.choices.push_back({it->item, it->retraction ? "" : it->text});
    std::sort(q.choices.begin(), q.choices.end(), [](const Choice& a, const Choice& b) { return a.value < b.value; });
    q.no_choices = tr("No item recorded yet: type a new identifier, e.g. ALLIANCE-1.");
    return q;
  }

  Question value(const Indicator& ind) const {
    bool items = ind.measure == Measure::items;
    Question q{tr(items ? "Title" : "Value")};
    auto period = parse_period(field(d_, "period"));
    if (!items)
      if (const Entry* e = previous_entry(data_, field(d_, "country"), ind, period))
        q.default_value = default_value(*e, ind, fw_, lang_);
    q.check = [this, &ind](const std::string& s) -> std::string {
      std::string why;
      if (parse_value(ind, fw_, canonical_value(data_, ind, s), &why)) return "";
      return trf("\"{}\" is not valid ({}{}); {} {}", s, allowed_values(ind, fw_), why.empty() ? "" : ": " + why,
                 tr("e.g."), tr(kind_of(ind.measure).example));
    };
    if (ind.measure == Measure::flag) q.choices = {{tr("yes"), ""}, {tr("no"), ""}};
    if (ind.measure == Measure::level)
      if (const Scale* scale = fw_.find_scale(ind.scale)) {
        for (const ScaleLevel& l : scale->levels) q.choices.push_back({std::to_string(l.value), l.label.in(lang_)});
        q.labels_complete = true;
      }
    q.no_choices = allowed_values(ind, fw_);
    return q;
  }

  Question type(const Indicator& ind, const Dimension& dim) const {
    std::vector<std::string> codes = ind.admitted_codes(dim);
    Question q{fmt::format("{} ({})", dim.title.in(lang_), fmt::join(codes, ", ")), codes.size() == 1 ? codes[0] : ""};
    q.check = [this, &ind, &dim](const std::string& s) -> std::string {
      auto problem =
          check_breakdown_part(ind, fw_, BreakdownPart{dim.id, canonical_answer("type:" + dim.id, s, d_, data_), 1});
      return problem ? problem->message : "";
    };
    q.choices = category_choices(ind, dim, lang_);
    return q;
  }

  Question breakdown(const Indicator& ind, const Dimension& dim) const {
    std::vector<std::string> codes = ind.admitted_codes(dim);
    std::string total_text = canonical_value(data_, ind, field(d_, "value"));
    Decimal total = parse_value(ind, fw_, total_text)->number;
    Question q{fmt::format("{} {} ({}), {} {}:{}", tr("Breakdown by"), dim.title.in(lang_), fmt::join(codes, ", "),
                           tr("e.g."), codes.front(), total_text)};
    q.check = [this, &ind, &dim, total](const std::string& s) -> std::string {
      if (s.empty()) return "";
      std::string why;  // checked as it will be written: "gob: 3, emp:1" as GOB:3,EMP:1
      std::string parts_typed = canonical_answer("breakdown:" + dim.id, s, d_, data_);
      auto parts = parse_breakdown_arg(fmt::format("{}={}", dim.id, parts_typed), &why);
      if (!parts) return why;
      for (const BreakdownPart& part : *parts)
        if (auto problem = check_breakdown_part(ind, fw_, part)) return problem->message;
      auto problem = check_breakdown_sum(ind, *parts, total);
      return problem ? problem->message : "";
    };
    // The parts of the entry the value came from, when they still add up.
    if (const Entry* e = previous_entry(data_, field(d_, "country"), ind, parse_period(field(d_, "period")))) {
      std::string parts = parts_text(*e, dim.id);
      if (!parts.empty() && q.check(parts).empty()) q.default_value = parts;
    }
    q.choices = category_choices(ind, dim, lang_);
    q.list_parts = true;
    return q;
  }

  Question ends(const Indicator& ind) const {
    Question q{tr("Last period open (optional)")};
    q.check = [this, &ind](const std::string& s) -> std::string {
      if (s.empty()) return "";
      std::string why;
      auto end = parse_period(s, &why);
      if (!end) return trf("'{}' is not a period: {}; e.g. 2021", s, why);
      auto problem = item_end_problem(fw_, ind, field(d_, "item"), *parse_period(field(d_, "period")), *end);
      return problem ? problem->message : "";
    };
    return q;
  }

  Question source() const {
    std::string country = field(d_, "country");
    Question q{tr("Source (means of verification)"), last_source(data_, country)};
    q.check = [](const std::string& s) { return s.empty() ? tr("every value needs its source") : ""; };
    std::set<std::string> seen;
    for (auto it = data_.entries.rbegin(); it != data_.entries.rend() && q.choices.size() < 20; ++it)
      if (it->country == country && !it->source.empty() && seen.insert(it->source).second)
        q.choices.push_back({it->source, ""});
    q.no_choices = tr("No source recorded yet for this country.");
    return q;
  }

  const Draft& d_;
  const Dataset& data_;
  const Framework& fw_;
  Period today_;
  Lang lang_;
};

// The indicator's title and what it allows, once it is known.
void show_indicator(Draft& d, const Framework& fw, Lang lang, Prompter& p) {
  const Indicator* ind = fw.find_indicator(field(d, "indicator"));
  if (!ind || d.shown_indicator == ind->id) return;
  d.shown_indicator = ind->id;
  p.say(fmt::format("  {} {}\n  {}\n", ind->id, terminal_safe(ind->title.in(lang)),
                    labelled(lang, tr("Allowed"), terminal_safe(allowed_values(*ind, fw)))));
}

}  // namespace

DraftEnd ask_for_draft(Draft& draft, Dataset& data, const LoadOptions& load, Lang lang, Prompter& prompter) {
  Period today = load.today;
  while (true) {
    std::vector<std::string> keys = questions(draft, data.framework);
    auto next = std::find_if(keys.begin(), keys.end(), [&](const std::string& k) { return !draft.answers.find(k); });
    if (next == keys.end()) return DraftEnd::complete;
    if (*next != "country" && *next != "indicator") show_indicator(draft, data.framework, lang, prompter);
    Answer answer = prompter.ask(Questions(draft, data, today, lang).ask(*next));
    auto canonical = [&](const std::string& text) { return canonical_answer(*next, text, draft, data); };
    if (auto end = take_answer(answer, *next, draft.answers, prompter, canonical)) return *end;
    if (answer.kind == Answer::Kind::given && *next == "country") {
      std::string code = *draft.answers.find("country");
      bool loaded =
          std::any_of(data.entries.begin(), data.entries.end(), [&](const Entry& e) { return e.country == code; });
      Diagnostics later;  // a journal with errors is refused when appending, with the list
      if (!loaded) load_journals(data, {code}, load, later);
    }
  }
}

RecordArgs draft_args(const Draft& d) {
  RecordArgs a = d.given;
  for (const std::string& key : d.answers.order()) {  // in the order asked: the indicator's dimensions in its order
    const std::string& answer = *d.answers.find(key);
    if (key.starts_with("type:"))
      a.types.push_back(dimension_of(key) + "=" + answer);
    else if (key.starts_with("breakdown:")) {
      if (!answer.empty()) a.breakdown.push_back(dimension_of(key) + "=" + answer);
    } else if (key == "country")
      a.country = answer;
    else if (key == "indicator")
      a.indicator = answer;
    else if (key == "period")
      a.period = answer;
    else if (key == "item")
      a.item = answer;
    else if (key == "value")
      a.value = answer;
    else if (key == "partners")
      a.partners = answer;
    else if (key == "ends")
      a.ends = answer;
    else if (key == "source")
      a.source = answer;
    else if (key == "note")
      a.note = answer;
  }
  return a;
}

Draft next_draft(const Draft& done, const Entry& recorded, const Framework& fw) {
  Draft next;
  next.given.country = recorded.country;
  next.given.by = done.given.by;
  next.given.yes = done.given.yes;
  next.default_period = recorded.period.str();
  const Indicator* was = fw.find_indicator(recorded.indicator);
  bool after = false;
  for (const Indicator& ind : fw.indicators) {
    if (after && was && ind.scope == was->scope) {
      next.default_indicator = ind.id;
      break;
    }
    after = after || ind.id == recorded.indicator;
  }
  return next;
}

}  // namespace ritrack::cli
