#include "output/export_iati.h"

#include <algorithm>
#include <array>
#include <map>

#include <fmt/format.h>

#include "base/date.h"
#include "base/enum_table.h"
#include "model/countries.h"
#include "output/xml_writer.h"

namespace ritrack {

namespace {

// How each measure kind is an IATI indicator: its IndicatorMeasure code
// and what its value attribute holds.
enum class IatiValue { number, flag, none };
struct IatiMeasureRow {
  Measure value;
  std::string_view code;  // 1 unit, 2 percentage, 3 nominal, 4 ordinal, 5 qualitative
  IatiValue holds;
};
inline constexpr std::array kIatiMeasures{
    IatiMeasureRow{Measure::count, "1", IatiValue::number}, IatiMeasureRow{Measure::amount, "1", IatiValue::number},
    IatiMeasureRow{Measure::flag, "3", IatiValue::flag},    IatiMeasureRow{Measure::level, "4", IatiValue::number},
    IatiMeasureRow{Measure::text, "5", IatiValue::none},    IatiMeasureRow{Measure::items, "1", IatiValue::number},
};
static_assert(in_enum_order(kIatiMeasures) && kIatiMeasures.size() == kMeasures.size());

constexpr std::string_view kResultsDocument = "A08";  // DocumentCategory: results, outcomes and outputs

// The first web address in a source, without the punctuation that ends a sentence.
std::string web_address(const std::string& source) {
  size_t at = source.find("https://");
  if (at == std::string::npos) at = source.find("http://");
  if (at == std::string::npos) return "";
  size_t end = source.find_first_of(" \t\n\"<>", at);
  std::string url = source.substr(at, end == std::string::npos ? std::string::npos : end - at);
  while (!url.empty() && std::string_view(".,;:)]'").find(url.back()) != std::string_view::npos) url.pop_back();
  return url;
}

std::string_view file_format(std::string_view url) {
  if (url.ends_with(".pdf")) return "application/pdf";
  if (url.ends_with(".csv")) return "text/csv";
  return "text/html";
}

void narratives(XmlWriter& xml, const LocalizedText& text) {
  xml.element("narrative", text.in(Lang::en));
  for (Lang l : {Lang::fr, Lang::es, Lang::pt})
    if (!text[l].empty() && text[l] != text[Lang::en])
      xml.start("narrative").attribute("xml:lang", lang_code(l)).text(text[l]).end();
}

void narrative_element(XmlWriter& xml, std::string_view name, const std::string& text) {
  if (!text.empty()) xml.start(name).element("narrative", text).end();
}

void dimension(XmlWriter& xml, std::string_view name, std::string_view value) {
  xml.start("dimension").attribute("name", name).attribute("value", value).end();
}

// A document link for each source that names a web address, once each.
void document_links(XmlWriter& xml, const std::vector<std::string>& sources) {
  std::vector<std::string> seen;
  for (const std::string& source : sources) {
    std::string url = web_address(source);
    if (url.empty() || std::find(seen.begin(), seen.end(), url) != seen.end()) continue;
    seen.push_back(url);
    xml.start("document-link").attribute("url", url).attribute("format", file_format(url));
    xml.start("title").element("narrative", source).end();
    xml.start("category").attribute("code", kResultsDocument).end();
    xml.end();
  }
}

std::string joined(const std::vector<std::string>& parts) {
  std::string out;
  for (const std::string& p : parts)
    if (!p.empty()) out += (out.empty() ? "" : " — ") + p;
  return out;
}

std::string value_text(IatiValue holds, const Decimal& value) {
  if (holds == IatiValue::none) return "";
  if (holds == IatiValue::flag) return value == 1 ? "1" : "0";
  return value.str();
}

// A baseline or target with its dimensions.
struct Mark {
  std::vector<std::pair<std::string, std::string>> dimensions;
  const Milestone* milestone;
};

// What one period of an indicator holds.
struct PeriodMarks {
  std::vector<Mark> targets;
  std::vector<const StandingValue*> actuals;
};

class IatiDocument {
 public:
  IatiDocument(const Ledger& ledger, const ExportFilter& filter) : ledger_(ledger), filter_(filter) {}

  void indicator(XmlWriter& xml, const Indicator& ind) {
    const IatiMeasureRow& measure = row_of(kIatiMeasures, ind.measure);
    xml.start("indicator").attribute("measure", measure.code);
    if (kind_of(ind.measure).quantitative) xml.attribute("ascending", ind.direction == Direction::increase ? "1" : "0");
    xml.attribute("aggregation-status", kind_of(ind.measure).summable ? "1" : "0");
    xml.start("title");
    narratives(xml, ind.title);
    xml.end();
    if (!ind.note.empty()) {
      xml.start("description");
      narratives(xml, ind.note);
      xml.end();
    }
    xml.start("reference").attribute("vocabulary", "99").attribute("code", ind.id).end();
    // Baselines and targets without a country are the region's.
    bool region = filter_.admits_country(std::string(kRegionalCode));
    std::vector<Mark> baselines;
    std::map<Period, PeriodMarks> periods;
    if (region && ind.baseline) baselines.push_back({{}, &*ind.baseline});
    if (region)
      for (const Milestone& t : ind.targets) periods[t.period].targets.push_back({{}, &t});
    for (const CategoryTargets& c : ind.category_targets) {
      if (c.for_country() ? !filter_.admits_country(c.category) : !region) continue;
      std::vector<std::pair<std::string, std::string>> dims{{c.dimension, c.category}};
      if (c.baseline) baselines.push_back({dims, &*c.baseline});
      for (const Milestone& t : c.targets) periods[t.period].targets.push_back({dims, &t});
    }
    for (const std::string& series : series_of(ind))
      for (const std::string& country : ledger_.countries(series)) {
        if (!filter_.admits_country(country)) continue;
        for (const StandingValue& v : ledger_.series(series, country))
          if (filter_.admits_period(v.period())) periods[v.period()].actuals.push_back(&v);
      }
    std::erase_if(periods, [&](const auto& p) { return !filter_.admits_period(p.first); });
    for (const Mark& b : baselines) baseline(xml, measure, b);
    for (const auto& [period, marks] : periods) {
      xml.start("period");
      xml.start("period-start").attribute("iso-date", first_day(period).str()).end();
      xml.start("period-end").attribute("iso-date", last_day(period).str()).end();
      for (const Mark& t : marks.targets) target(xml, measure, t);
      for (const StandingValue* v : marks.actuals) actuals(xml, measure, *v);
      xml.end();
    }
    xml.end();
  }

 private:
  // The indicator's own series, then its resources in their own units.
  std::vector<std::string> series_of(const Indicator& ind) const {
    std::vector<std::string> out{ind.id};
    if (std::find(ind.breakdown.begin(), ind.breakdown.end(), kResourceDimension) != ind.breakdown.end())
      for (const ResourceUnitRow& u : kResourceUnits) out.push_back(Ledger::own_unit_series(ind.id, u.name));
    return out;
  }

  static void dimensions(XmlWriter& xml, const Mark& m) {
    for (const auto& [name, value] : m.dimensions) dimension(xml, name, value);
  }

  // Baselines hold their document links before their comment; targets and actuals after.
  static void baseline(XmlWriter& xml, const IatiMeasureRow& measure, const Mark& b) {
    const Milestone& m = *b.milestone;
    xml.start("baseline")
        .attribute("year", std::to_string(m.period.year))
        .attribute("iso-date", last_day(m.period).str());
    if (measure.holds != IatiValue::none) xml.attribute("value", value_text(measure.holds, m.value));
    dimensions(xml, b);
    document_links(xml, {m.source});
    narrative_element(xml, "comment", m.source);
    xml.end();
  }

  static void target(XmlWriter& xml, const IatiMeasureRow& measure, const Mark& t) {
    const Milestone& m = *t.milestone;
    xml.start("target");
    if (measure.holds != IatiValue::none) xml.attribute("value", value_text(measure.holds, m.value));
    dimensions(xml, t);
    narrative_element(xml, "comment", m.source);
    document_links(xml, {m.source});
    xml.end();
  }

  // The value, then each part of its breakdown; a country's values name it
  // (the region's are the activity's own).
  static void actuals(XmlWriter& xml, const IatiMeasureRow& measure, const StandingValue& v) {
    const Entry& e = v.entry();
    std::vector<std::string> sources{e.source}, texts;
    if (v.items())
      for (const Entry* item : *v.items()) texts.push_back(item->text), sources.push_back(item->source);
    std::string comment = measure.holds == IatiValue::none ? joined({e.text, e.source, e.note})
                          : v.items()                      ? fmt::format("{}", fmt::join(texts, "; "))
                                                           : joined({e.source, e.note});
    Mark where;
    if (e.country != kRegionalCode) where.dimensions.emplace_back("country", e.country);
    if (!e.unit.empty()) where.dimensions.emplace_back("unit", e.unit);
    auto actual = [&](const Decimal& value, const Mark& dims, bool whole) {
      xml.start("actual");
      if (measure.holds != IatiValue::none) xml.attribute("value", value_text(measure.holds, value));
      dimensions(xml, dims);
      if (whole) {
        narrative_element(xml, "comment", comment);
        document_links(xml, sources);
      }
      xml.end();
    };
    actual(e.number, where, true);
    for (const BreakdownPart& p : e.breakdown) {
      Mark part = where;
      part.dimensions.emplace_back(p.dimension, p.category);
      actual(p.value, part, false);
    }
  }

  const Ledger& ledger_;
  const ExportFilter& filter_;
};

void organisation(XmlWriter& xml, std::string_view element, const IatiOrganisation& org, std::string_view role) {
  xml.start(element).attribute("ref", org.ref).attribute("type", org.type);
  if (!role.empty()) xml.attribute("role", role);
  xml.element("narrative", org.name).end();
}

}  // namespace

std::string export_iati(const Framework& framework, const IatiActivity& activity, const Ledger& ledger,
                        const ExportFilter& filter, const std::optional<std::string>& stamp) {
  XmlWriter xml;
  xml.start("iati-activities").attribute("version", "2.03");
  if (stamp) xml.attribute("generated-datetime", *stamp);
  xml.start("iati-activity").attribute("xml:lang", "en");
  if (stamp) xml.attribute("last-updated-datetime", *stamp);
  xml.element("iati-identifier", activity.identifier);
  organisation(xml, "reporting-org", activity.reporting, "");
  xml.start("title");
  narratives(xml, framework.name);
  xml.end();
  xml.start("description").attribute("type", "1");  // DescriptionType: general
  narratives(xml, activity.description);
  xml.end();
  organisation(xml, "participating-org", activity.implementing, "4");  // OrganisationRole: implementing
  xml.start("activity-status").attribute("code", activity.status).end();
  // ActivityDateType 1 and 3: planned start and end, the framework's phases.
  if (!framework.phases.empty()) {
    xml.start("activity-date")
        .attribute("type", "1")
        .attribute("iso-date", first_day(framework.phases.front().from).str());
    xml.end();
    xml.start("activity-date").attribute("type", "3").attribute("iso-date", last_day(framework.phases.back().to).str());
    xml.end();
  }
  IatiDocument document(ledger, filter);
  for (const Result& r : framework.results) {
    std::vector<const Indicator*> chosen;
    for (const std::string& id : r.indicators)
      if (filter.admits_indicator(id)) chosen.push_back(framework.find_indicator(id));
    if (chosen.empty()) continue;
    xml.start("result").attribute("type", activity.result_type).attribute("aggregation-status", "0");
    xml.start("title");
    narratives(xml, r.title);
    xml.end();
    for (const Indicator* ind : chosen) document.indicator(xml, *ind);
    xml.end();
  }
  return xml.finish();
}

}  // namespace ritrack
