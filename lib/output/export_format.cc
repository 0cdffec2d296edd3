#include "output/export_format.h"

#include <set>

#include <fmt/format.h>

#include "base/escape.h"
#include "output/json_writer.h"

namespace ritrack {

namespace {

// The value as a person would type it for import: numbers exact, flags yes/no.
std::string plain_value(const Entry& e, Measure m) {
  if (e.retraction) return "";
  if (m == Measure::flag) return e.number == 1 ? "yes" : "no";
  if (kind_of(m).numeric) return e.number.str();
  return e.text;
}

// Money in the indicator's unit names it; other currencies and own units are the entry's.
std::string currency_of(const Entry& e, const Indicator& ind) {
  if (!e.currency.empty()) return e.currency;
  return ind.measure == Measure::amount && e.unit.empty() ? ind.unit : "";
}

// "sector=GOB:3,EMP:1 level=national:4", as import reads it.
std::string breakdown_text(const Entry& e) {
  if (!e.item.empty()) return "";
  std::string out;
  for (std::span<const BreakdownPart> group : by_dimension(e.breakdown)) {
    std::string parts;
    for (const BreakdownPart& p : group)
      parts += fmt::format("{}{}:{}", parts.empty() ? "" : ",", p.category, p.value.str());
    out += fmt::format("{}{}={}", out.empty() ? "" : " ", group.front().dimension, parts);
  }
  return out;
}

// Item registers: "type=law instrument=policy".
std::string types_text(const Entry& e) {
  if (e.item.empty()) return "";
  std::string out;
  for (const BreakdownPart& p : e.breakdown)
    out += fmt::format("{}{}={}", out.empty() ? "" : " ", p.dimension, p.category);
  return out;
}

}  // namespace

std::string export_csv(const std::vector<ExportRow>& rows, const Framework& framework, bool history) {
  std::string out =
      "country,indicator,period,value,currency,unit,breakdown,item,types,partners,ends,source,note,recorded,by";
  out += history ? ",state\r\n" : "\r\n";
  for (const ExportRow& row : rows) {
    const Entry& e = *row.entry;
    const Indicator& ind = *framework.find_indicator(e.indicator);
    std::vector<std::string> cells{e.country,
                                   e.indicator,
                                   e.period.str(),
                                   plain_value(e, ind.measure),
                                   currency_of(e, ind),
                                   e.unit,
                                   breakdown_text(e),
                                   e.item,
                                   types_text(e),
                                   e.partners,
                                   e.ends ? e.ends->str() : "",
                                   e.retraction ? e.text : e.source,
                                   e.note,
                                   e.recorded,
                                   e.by};
    if (history) cells.emplace_back(state_name(row.state));
    for (size_t i = 0; i < cells.size(); ++i) out += (i ? "," : "") + csv_field(cells[i]);
    out += "\r\n";
  }
  return out;
}

std::string export_json(const std::vector<ExportRow>& rows, const Framework& framework, bool history,
                        const std::optional<std::string>& stamp) {
  JsonWriter json;
  json.begin_object().field("schema", "ritrack.export/1");
  if (framework.illustrative) json.field("illustrative", true);
  if (stamp) json.field("generated", *stamp);
  json.key("values").begin_array();
  for (const ExportRow& row : rows) {
    const Entry& e = *row.entry;
    const Indicator& ind = *framework.find_indicator(e.indicator);
    json.begin_object().field("country", e.country).field("indicator", e.indicator).field("period", e.period.str());
    json.key("value");
    if (e.retraction)
      json.null();
    else if (ind.measure == Measure::flag)
      json.boolean(e.number == 1);
    else if (kind_of(ind.measure).numeric)
      json.number(e.number);
    else
      json.string(e.text);
    if (std::string c = currency_of(e, ind); !c.empty()) json.field("currency", c);
    if (!e.unit.empty()) json.field("unit", e.unit);
    if (!e.item.empty()) {
      json.field("item", e.item).key("types").begin_object();
      for (const BreakdownPart& p : e.breakdown) json.field(p.dimension, p.category);
      json.end_object();
      if (!e.partners.empty()) json.field("partners", e.partners);
      if (e.ends) json.field("ends", e.ends->str());
    } else if (!e.breakdown.empty()) {
      json.key("breakdown").begin_object();
      for (std::span<const BreakdownPart> group : by_dimension(e.breakdown)) {
        json.key(group.front().dimension).begin_object();
        for (const BreakdownPart& p : group) json.field(p.category, p.value);
        json.end_object();
      }
      json.end_object();
    }
    json.field("source", e.retraction ? e.text : e.source);
    if (!e.note.empty()) json.field("note", e.note);
    json.field("recorded", e.recorded).field("by", e.by);
    if (history) json.field("state", state_name(row.state));
    json.end_object();
  }
  return json.end_array().end_object().finish();
}

std::string export_sdmx_csv(const std::vector<ExportRow>& rows, const Framework& framework,
                            const SdmxStructure& structure) {
  std::vector<std::string> header{"STRUCTURE", "STRUCTURE_ID", "ACTION", "INDICATOR", "REF_AREA", "TIME_PERIOD"};
  for (const Dimension& d : framework.dimensions) header.push_back(structure.dimension_id(d.id));
  for (const char* column : {"UNIT_MEASURE", "OBS_VALUE", "OBS_STATUS", "SOURCE_DETAIL", "COMMENT"})
    header.emplace_back(column);
  std::string out;
  auto line = [&](const std::vector<std::string>& cells) {
    for (size_t i = 0; i < cells.size(); ++i) out += (i ? "," : "") + csv_field(cells[i]);
    out += "\r\n";
  };
  line(header);
  const std::string id = structure.structure_id();
  for (const ExportRow& row : rows) {
    const Entry& e = *row.entry;
    const Indicator& ind = *framework.find_indicator(e.indicator);
    if (e.retraction || !e.item.empty() || !(kind_of(ind.measure).numeric || ind.measure == Measure::flag)) continue;
    std::string unit = !e.unit.empty()                  ? e.unit
                       : ind.measure == Measure::amount ? currency_of(e, ind)
                                                        : std::string(kind_of(ind.measure).name);
    std::string area = structure.area_code(e.country);
    // The total, then each breakdown part with the other dimensions at their total.
    auto observation = [&](const BreakdownPart* part) {
      std::vector<std::string> cells{"dataflow", id, "I", structure.indicator_code(e.indicator), area, e.period.str()};
      for (const Dimension& d : framework.dimensions)
        cells.push_back(part && part->dimension == d.id ? part->category : "_T");
      cells.push_back(structure.unit_code(unit));
      cells.push_back(part ? part->value.str() : e.number.str());
      cells.insert(cells.end(), {"A", e.source, e.note});
      line(cells);
    };
    observation(nullptr);
    for (const BreakdownPart& p : e.breakdown) observation(&p);
  }
  return out;
}

std::string export_dhis2(const std::vector<ExportRow>& rows, const Framework& framework, const Dhis2Mapping& mapping,
                         std::vector<Dhis2Unmapped>& unmapped) {
  std::set<Dhis2Unmapped> missing;
  auto uid = [&](const std::map<std::string, std::string>& section, std::string_view name, const std::string& code) {
    auto it = section.find(code);
    if (it == section.end() || it->second.empty()) missing.insert({std::string(name), code});
    return it == section.end() ? std::string() : it->second;
  };
  JsonWriter json;
  json.begin_object().key("dataValues").begin_array();
  for (const ExportRow& row : rows) {
    const Entry& e = *row.entry;
    const Indicator& ind = *framework.find_indicator(e.indicator);
    if (e.retraction || !e.item.empty()) continue;
    std::string period =
        e.period.is_year() ? std::to_string(e.period.year) : fmt::format("{}Q{}", e.period.year, e.period.quarter);
    std::string element = uid(mapping.data_elements, "data_elements", e.indicator);
    std::string unit = uid(mapping.org_units, "org_units", e.country);
    std::string comment = e.note.empty() ? e.source : e.source + " — " + e.note;
    // DHIS2 takes every value as a string.
    auto value = [&](const std::string& combo, const std::string& text) {
      json.begin_object()
          .field("dataElement", element)
          .field("period", period)
          .field("orgUnit", unit)
          .field("categoryOptionCombo", uid(mapping.category_option_combos, "category_option_combos", combo))
          .field("value", text)
          .field("comment", comment)
          .end_object();
    };
    value(kTotalCombo, ind.measure == Measure::flag   ? (e.number == 1 ? "true" : "false")
                       : kind_of(ind.measure).numeric ? e.number.str()
                                                      : e.text);
    for (const BreakdownPart& p : e.breakdown) value(combo_key(p.dimension, p.category), p.value.str());
  }
  unmapped.assign(missing.begin(), missing.end());
  return json.end_array().end_object().finish();
}

std::string dhis2_mapping_template(const Framework& framework, const CountryList& countries) {
  // Names are comments: made safe, on one line.
  auto named = [](const std::string& key, const std::string& name) {
    return fmt::format("  {}: \"\"  # {}\n", yaml_string(key), terminal_safe(name));
  };
  std::string out =
      "# DHIS2 mapping for 'ritrack export --to dhis2 --mapping FILE': give each code\n"
      "# the UID of its counterpart in your DHIS2 instance. An export that needs a\n"
      "# code left empty is refused, naming every one.\n"
      "data_elements:\n";
  for (const Indicator& ind : framework.indicators) out += named(ind.id, ind.title.in(Lang::en));
  out += "org_units:\n";
  for (const Country& c : countries.countries) out += named(c.code, c.name.in(Lang::en));
  out += named(std::string(kRegionalCode), "the region (regional indicators)");
  out += "category_option_combos:\n";
  out += named(kTotalCombo, "the value itself (default category combination)");
  for (const Dimension& d : framework.dimensions)
    for (const Category& c : d.categories)
      out += named(combo_key(d.id, c.code), d.title.in(Lang::en) + ": " + c.name.in(Lang::en));
  return out;
}

}  // namespace ritrack
