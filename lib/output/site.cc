#include "output/site.h"

#include <algorithm>
#include <cctype>

#include <fmt/format.h>

#include "base/number.h"
#include "base/translate.h"
#include "compute/sources.h"
#include "model/value.h"
#include "output/entry_card.h"
#include "output/indicator_document.h"
#include "output/json_writer.h"
#include "output/progress_json.h"
#include "output/report_document.h"

namespace ritrack {

namespace {

// Data files are for programs: their texts are in English, their codes and
// numbers never translated.
constexpr Lang kDataLang = Lang::en;

// Where a page is, as the way back to the site's folder: "" for the top
// index, "../" for a language's pages. Every link is that plus a path from
// the site's folder, so that it works from a disk, a USB stick or a server.
struct Place {
  Lang lang;
  std::string to_root;
  std::string page(Lang l, std::string_view name) const {
    return fmt::format("{}{}/{}.html", to_root, lang_code(l), name);
  }
  std::string data(std::string_view file) const { return to_root + "data/" + std::string(file); }
};

std::string page_of(const Indicator& ind) { return site_page_name(ind.id); }

// One link per language, to the same page in each; this page's is current.
void add_language_switcher(Document& doc, const Place& here, std::string_view name) {
  std::vector<Link> links;
  for (Lang l : {Lang::en, Lang::fr, Lang::es, Lang::pt})
    links.push_back(Link{std::string(lang_autonym(l)), here.page(l, name), l == here.lang});
  doc.nav.links(tr_s(N_("Languages"), here.lang), std::move(links));
}

// `report` with only `row`: what one indicator's page assesses.
ProgressReport only_row(const ProgressReport& report, const ProgressRow& row) {
  ProgressReport one;
  one.options = report.options;
  one.members_named = report.members_named;
  one.illustrative = report.illustrative;
  for (const ResultProgress& r : report.results)
    if (r.result->id == row.indicator->result) one.results.push_back(ResultProgress{r.result, {row}});
  return one;
}

// The ID cells of the progress table link to the indicators' pages.
void link_indicators(Document& doc, const Place& here) {
  for (Block& b : doc.blocks) {
    if (b.kind != Block::Kind::table || b.table.name != "progress") continue;
    size_t id_column = 0;
    while (id_column < b.table.columns.size() && b.table.columns[id_column].key != "id") ++id_column;
    for (TableSection& s : b.table.sections)
      for (auto& row : s.rows)
        if (id_column < row.size()) row[id_column].linked(here.page(here.lang, site_page_name(row[id_column].text)));
  }
}

std::string country_name(const Model& model, const std::string& code, Lang lang) {
  if (code == kRegionalCode) return tr_s(N_("Region"), lang);
  const Country* c = model.countries.find(code);
  return c && !c->name.in(lang).empty() ? c->name.in(lang) : code;
}

// An entry's value as a person reads it in `lang` (output/entry_card.h),
// and as a program reads it: the bare number, for every measure but text.
Cell value_cell(const Entry& e, const Indicator& ind, const Framework& fw, Lang lang) {
  // An item register's values that stand are counts derived from its items.
  if (ind.measure == Measure::items) return Cell(format_number_in(lang, e.number)).with_raw(e.number.str());
  Cell cell(value_for_people(e, ind, fw, lang));
  return ind.measure == Measure::text ? cell : cell.with_raw(e.number.str());
}

// A value's parts as a person reads them ("Government 3 · Employers 1"),
// and as a program does ("sector.GOB=3;sector.EMP=1").
Cell breakdown_cell(const Entry& e, const Framework& fw, Lang lang) {
  if (e.breakdown.empty()) return Cell::none();
  std::vector<std::string> shown, raw;
  for (const BreakdownPart& p : e.breakdown) {
    const Dimension* dim = fw.find_dimension(p.dimension);
    const Category* category = dim ? dim->find(p.category) : nullptr;
    shown.push_back(
        fmt::format("{} {}", category ? category->name.in(lang) : p.category, format_number_in(lang, p.value, 6)));
    raw.push_back(fmt::format("{}.{}={}", p.dimension, p.category, p.value.str()));
  }
  return Cell(fmt::format("{}", fmt::join(shown, " · "))).with_raw(fmt::format("{}", fmt::join(raw, ";")));
}

// The values of `ind` that stand as of the site's period, the region's
// first, then country by country, each by period.
std::vector<const StandingValue*> shown_values(const SiteInput& in, const Indicator& ind) {
  std::vector<std::string> codes = in.ledger.countries(ind.id);
  std::stable_partition(codes.begin(), codes.end(), [](const std::string& c) { return c == kRegionalCode; });
  std::vector<const StandingValue*> values;
  int until = in.progress.options.as_of.end_quarter();
  for (const std::string& code : codes)
    for (const StandingValue& v : in.ledger.series(ind.id, code))
      if (v.period().end_quarter() <= until) values.push_back(&v);
  return values;
}

// Every value that stands, country by country (the region first), period
// by period: a page shows it, the CSV download holds it.
Table values_table(const SiteInput& in, const Indicator& ind, Lang lang) {
  constexpr unsigned data = Column::only_in_csv_;
  Table t;
  t.name = "values";
  t.columns = {
      label_column(N_("Country"), lang).keyed("country"), label_column(N_("Period"), lang).keyed("period"),
      label_column(N_("Value"), lang, ind.measure == Measure::text ? Column::flex_ : Column::numeric_).keyed("value"),
      label_column(N_("Unit"), lang, data).keyed("unit"),
      // Free text wraps (flex); a breakdown only shows where the indicator has one.
      label_column(N_("Breakdown"), lang, ind.breakdown.empty() ? data : Column::flex_).keyed("breakdown"),
      label_column(N_("Source"), lang, Column::flex_).keyed("source"),
      label_column(N_("Note"), lang, data).keyed("note"), label_column(N_("Recorded"), lang, data).keyed("recorded")};
  TableSection s;
  auto text_or_none = [](const std::string& text) { return text.empty() ? Cell::none() : Cell(text); };
  for (const StandingValue* v : shown_values(in, ind)) {
    const Entry& e = v->entry();
    s.rows.push_back({Cell(country_name(in.model, e.country, lang)).with_raw(e.country), Cell(e.period.str()),
                      value_cell(e, ind, in.model.framework, lang), text_or_none(value_unit(e, ind)),
                      breakdown_cell(e, in.model.framework, lang), text_or_none(e.source), text_or_none(e.note),
                      text_or_none(e.recorded)});
  }
  t.sections.push_back(std::move(s));
  return t;
}

// The indicator's data for programs: its progress as in "ritrack.progress/1"
// and every value that stands.
std::string indicator_json(const SiteInput& in, const ProgressRow& row) {
  const Indicator& ind = *row.indicator;
  JsonWriter json;
  json.begin_object().field("schema", "ritrack.indicator/1");
  if (in.progress.illustrative) json.field("illustrative", true);
  json.field("as_of", in.progress.options.as_of.str()).key("indicator");
  write_progress_row(json, row, in.progress.options, kDataLang);
  json.key("values").begin_array();
  for (const StandingValue* v : shown_values(in, ind)) {
    const Entry& e = v->entry();
    json.begin_object().field("country", e.country).field("period", e.period.str());
    if (ind.measure == Measure::text)
      json.field("text", e.text);
    else
      json.field("value", e.number);
    json.field("unit", value_unit(e, ind)).key("breakdown").begin_array();
    for (const BreakdownPart& p : e.breakdown)
      json.begin_object()
          .field("dimension", p.dimension)
          .field("category", p.category)
          .field("value", p.value)
          .end_object();
    json.end_array().field("source", e.source).field("note", e.note).field("recorded", e.recorded).end_object();
  }
  json.end_array();
  Provenance provenance = in.provenance;
  provenance.sources = sources_of(only_row(in.progress, row), in.ledger, in.model.countries);
  write_provenance(json, provenance);
  return json.end_object().finish();
}

Document index_page(const SiteInput& in, const Place& here) {
  Lang lang = here.lang;
  Document doc = new_document(in.model.framework.name.in(lang), lang, in.model.framework.illustrative);
  add_language_switcher(doc, here, "index");
  doc.paragraph(tr_s(N_("Each indicator's page has its chart, its values by country and period with their sources, "
                        "its metadata and its data to download."),
                     lang));
  add_summary(doc, in.progress, lang);
  add_progress(doc, in.progress, in.model, lang);
  link_indicators(doc, here);
  doc.blocks.links(tr_s(N_("Downloads"), lang),
                   {Link{tr_s(N_("Progress table (CSV)"), lang), here.data("progress.csv")},
                    Link{tr_s(N_("Progress table (JSON)"), lang), here.data("progress.json")}});
  add_provenance(doc, in.provenance, lang);
  return doc;
}

Document indicator_page(const SiteInput& in, const ProgressRow& row, const std::vector<SeriesPoint>& series,
                        const Place& here) {
  const Indicator& ind = *row.indicator;
  Lang lang = here.lang;
  Document doc = new_document(ind.id + "  " + ind.title.in(lang), lang, in.model.framework.illustrative);
  std::string name = page_of(ind);
  add_language_switcher(doc, here, name);
  doc.nav.links(tr_s(N_("Downloads"), lang), {Link{tr_s(N_("All indicators"), lang), here.page(lang, "index")},
                                              Link{tr_s(N_("Data (CSV)"), lang), here.data(name + ".csv")},
                                              Link{tr_s(N_("Data (JSON)"), lang), here.data(name + ".json")}});
  ProgressReport one = only_row(in.progress, row);
  add_progress(doc, one, in.model, lang);
  add_indicator_chart(doc.blocks, ind, series, in.progress.options.as_of, lang);
  doc.heading(tr_s(N_("Values by country and period"), lang));
  Table values = values_table(in, ind, lang);
  if (values.sections.front().rows.empty())
    doc.paragraph(tr_s(N_("No value has been recorded."), lang));
  else
    doc.table(std::move(values));
  if (ind.measure == Measure::items) add_register(doc, ind, in.model, in.ledger, in.progress.options.as_of, lang);
  doc.heading(tr_s(N_("Metadata"), lang));
  doc.table(indicator_fields(ind, in.model.framework, lang));
  Provenance provenance = in.provenance;
  provenance.sources = sources_of(one, in.ledger, in.model.countries);
  add_provenance(doc, provenance, lang);
  return doc;
}

}  // namespace

std::string site_page_name(std::string_view indicator_id) {
  std::string name(indicator_id);
  for (char& c : name)
    if (!std::isalnum(static_cast<unsigned char>(c)) && c != '.' && c != '-' && c != '_') c = '_';
  if (name.empty() || name.front() == '.') name.insert(name.begin(), '_');
  return name;
}

std::vector<SiteFile> build_site(const SiteInput& in) {
  std::vector<SiteFile> files;
  files.push_back({"index.html", render_html(index_page(in, Place{in.home, ""}))});
  for (Lang lang : kLangs) {
    std::string folder(lang_code(lang));
    files.push_back({folder + "/index.html", render_html(index_page(in, Place{lang, "../"}))});
  }
  for (const ResultProgress& r : in.progress.results)
    for (const ProgressRow& row : r.rows) {
      const Indicator& ind = *row.indicator;
      std::string name = page_of(ind);
      std::vector<SeriesPoint> series = regional_series(in.model, in.ledger, ind, in.progress.options.as_of);
      for (Lang lang : kLangs)
        files.push_back({fmt::format("{}/{}.html", lang_code(lang), name),
                         render_html(indicator_page(in, row, series, Place{lang, "../"}))});
      Document data = new_document("", kDataLang, in.model.framework.illustrative);
      data.table(values_table(in, ind, kDataLang));
      files.push_back({"data/" + name + ".csv", csv_tables(data).front().text});
      files.push_back({"data/" + name + ".json", indicator_json(in, row)});
    }
  Document progress = new_document("", kDataLang, in.model.framework.illustrative);
  add_progress(progress, in.progress, in.model, kDataLang);
  for (const CsvTable& t : csv_tables(progress))
    if (t.name == "progress") files.push_back({"data/progress.csv", t.text});
  files.push_back({"data/progress.json", progress_json(in.progress, kDataLang, &in.provenance)});
  return files;
}

}  // namespace ritrack
