#include "output/report_document.h"

#include "output/chart.h"

#include <algorithm>
#include <cmath>

#include <fmt/format.h>

#include "base/number.h"
#include "model/value.h"

namespace ritrack {

std::string status_label(Status s, Lang lang) { return std::string(tr(row_of(kStatuses, s).label, lang)); }

Tone status_tone(Status s) {
  switch (s) {
    case Status::achieved:
      return Tone::best;
    case Status::on_track:
      return Tone::good;
    case Status::at_risk:
      return Tone::warn;
    case Status::off_track:
      return Tone::bad;
    case Status::not_met:
      return Tone::severe;
    case Status::no_data:
    case Status::monitored:
      return Tone::muted;
  }
  return Tone::muted;
}

Document new_document(std::string title, Lang lang, bool illustrative) {
  Document doc;
  doc.title = std::move(title);
  doc.lang = std::string(lang_code(lang));
  if (illustrative)
    doc.banner =
        tr_s("ILLUSTRATIVE DATA: these figures are invented for demonstrations and tests; do not cite them.", lang);
  return doc;
}

namespace {

// 1234567 -> "1.2M", 12345 -> "12k": terminal columns are scarce.
std::string compact(double v, Lang lang) {
  double a = std::fabs(v);
  if (a >= 1e6) return format_number_in(lang, v / 1e6, 1) + "M";
  if (a >= 1e4) return format_number_in(lang, v / 1e3, 0) + "k";
  return format_number_in(lang, v, 1);
}
std::string compact(const Decimal& v, Lang lang) {
  return v.abs() >= 10'000 ? compact(v.to_double(), lang) : format_number_in(lang, v, 1);
}

// A value, target or gap: exact in CSV (raw), rounded for people.
Cell number_cell(const Indicator& ind, const std::optional<Decimal>& v, Lang lang,
                 std::optional<Period> p = std::nullopt) {
  if (!v) return Cell::none();
  std::string unit = ind.unit.empty() ? "" : " " + ind.unit;
  std::string full = format_number_in(lang, *v) + unit + (p ? fmt::format(" ({})", p->str()) : "");
  return Cell(full).shortened(compact(*v, lang)).with_raw(v->str());
}

Cell coverage_cell(const Indicator& ind, const Coverage& c, Lang lang) {
  if (ind.scope != Scope::country || c.members() == 0) return Cell::none();
  std::string full = fmt::format("{} {}, {} {}, {} {}", c.reported.size(), tr("reported", lang), c.carried.size(),
                                 tr("carried forward", lang), c.missing.size(), tr("missing", lang));
  Tone tone = c.reported.size() == c.members() ? Tone::good : c.reported.empty() ? Tone::bad : Tone::plain;
  Cell cell = Cell(full, tone).shortened(fmt::format("{}/{}", c.reported.size(), c.members()));
  if (!c.missing.empty())
    cell.tooltip = labelled(lang, tr("missing", lang), fmt::format("{}", fmt::join(c.missing, ", ")));
  return cell;
}

Cell current_cell(const ProgressRow& row, Lang lang) {
  const Indicator& ind = *row.indicator;
  if (ind.measure == Measure::text) {
    size_t n = row.value.evidence.size();
    if (n == 0) return Cell::none();
    return Cell(trnf_in(lang, "{} text", "{} texts", n)).with_raw(std::to_string(n));
  }
  Cell c = number_cell(ind, row.value.value, lang);
  if (!row.value.counted.empty()) c.tooltip = fmt::format("{}", fmt::join(row.value.counted, ", "));
  return c;
}

Cell milestone_cell(const Indicator& ind, const std::optional<Milestone>& m, Lang lang) {
  if (!m) return Cell::none();
  return number_cell(ind, m->value, lang, m->period).shortened(compact(m->value, lang));
}

std::string result_title(const Result& r, Lang lang) {
  return labelled(lang, fmt::format("{} {}", tr("Result", lang), r.id), r.title.in(lang));
}

std::string progress_heading(const ProgressReport& report, const Model& model, Lang lang) {
  std::string who;
  if (const Country* c = model.countries.find(report.options.country)) who = " — " + c->name.in(lang);
  return fmt::format("{}{} — {} {}", tr("Progress", lang), who, tr("as of", lang), report.options.as_of.str());
}

}  // namespace

// Targets per category in the Target column, when the indicator has no whole
// target: "EMP 7 · TRAB 7"; the line under the table has their progress.
static Cell category_targets_cell(const ProgressRow& row, Lang lang) {
  std::vector<std::string> parts, values;
  for (const CategoryProgress& c : row.categories)
    if (c.assessment.target) {
      parts.push_back(fmt::format("{} {}", c.targets->category, format_number_in(lang, c.assessment.target->value)));
      values.push_back(compact(c.assessment.target->value, lang));
    }
  if (parts.empty()) return Cell::none();
  return Cell(fmt::format("{}", fmt::join(parts, " · "))).shortened(fmt::format("{}", fmt::join(values, "·")));
}

// Indicators with targets per category: one line each, under the table.
static void add_category_progress(Document& doc, const ProgressReport& report, Lang lang) {
  for (const ResultProgress& r : report.results)
    for (const ProgressRow& row : r.rows) {
      if (row.categories.empty()) continue;
      std::vector<std::string> parts;
      for (const CategoryProgress& c : row.categories) {
        const Assessment& a = c.assessment;
        std::string target =
            a.target ? fmt::format("{} ({})", format_number_in(lang, a.target->value), a.target->period.str())
                     : std::string("—");
        std::string pct = a.achieved_pct ? fmt::format(", {}%", format_number_in(lang, *a.achieved_pct, 0)) : "";
        parts.push_back(fmt::format("{} {} / {}{}, {}", c.targets->category,
                                    c.current ? format_number_in(lang, *c.current) : std::string("—"), target, pct,
                                    status_label(a.status, lang)));
      }
      bool countries_only = std::all_of(row.categories.begin(), row.categories.end(),
                                        [](const CategoryProgress& c) { return c.targets->for_country(); });
      doc.paragraph(labelled(
          lang,
          fmt::format("{} {}", row.indicator->id, countries_only ? tr("by country", lang) : tr("by category", lang)),
          fmt::format("{}", fmt::join(parts, "; "))));
    }
}

// The count of each type of item, "Public-private 3 · Multisectoral 1" for
// each dimension, every category the indicator admits, counted or not.
std::string type_counts(const Indicator& ind, const Framework& fw, const std::vector<BreakdownPart>& counts,
                        Lang lang) {
  std::vector<std::string> dimensions;
  for (const std::string& dim_id : ind.breakdown) {
    const Dimension* dim = fw.find_dimension(dim_id);
    if (!dim) continue;
    std::vector<std::string> parts;
    for (const std::string& code : ind.admitted_codes(*dim)) {
      Decimal n = 0;
      for (const BreakdownPart& p : counts)
        if (p.dimension == dim_id && p.category == code) n = p.value;
      parts.push_back(fmt::format("{} {}", dim->find(code)->name.in(lang), format_number_in(lang, n)));
    }
    dimensions.push_back(fmt::format("{}", fmt::join(parts, " · ")));
  }
  return fmt::format("{}", fmt::join(dimensions, "; "));
}

static bool has_type_counts(const ProgressRow& row) {
  return row.indicator->measure == Measure::items && !row.indicator->breakdown.empty() && row.value.value;
}

// Item registers with a value: their count by type, one line each.
static void add_type_counts(Document& doc, const std::vector<const ProgressRow*>& rows, const Framework& fw,
                            Lang lang) {
  for (const ProgressRow* row : rows)
    if (has_type_counts(*row))
      doc.paragraph(labelled(lang, fmt::format("{} {}", row->indicator->id, tr("by type", lang)),
                             type_counts(*row->indicator, fw, row->value.breakdown, lang)));
}

// Resources recorded in their own unit, beside the money in the table:
// "1.2 in their own units: 12 persons · 3.5 FTE · 4 items".
static std::string own_units_text(const ProgressRow& row, Lang lang) {
  std::vector<std::string> parts;
  for (const OwnUnitValue& u : row.own_units)
    parts.push_back(fmt::format("{} {}", format_number_in(lang, u.value),
                                tr(row_of(kResourceUnits, *parse_name(kResourceUnits, u.unit)).label, lang)));
  return fmt::format("{}", fmt::join(parts, " · "));
}

static void add_own_units(Document& doc, const std::vector<const ProgressRow*>& rows, Lang lang) {
  for (const ProgressRow* row : rows)
    if (!row->own_units.empty())
      doc.paragraph(labelled(lang, fmt::format("{} {}", row->indicator->id, tr("in their own units", lang)),
                             own_units_text(*row, lang)));
}

// Amounts recorded in other currencies: the rates that converted them, with
// their dates and sources, one line an indicator.
static std::string conversions_text(const ProgressRow& row, Lang lang) {
  std::vector<const ExchangeRate*> used = row.value.rates;
  std::sort(used.begin(), used.end(), [](const ExchangeRate* a, const ExchangeRate* b) {
    return std::tie(a->currency, a->period) < std::tie(b->currency, b->period);
  });
  std::vector<std::string> rates;
  for (const ExchangeRate* r : used)
    rates.push_back(fmt::format("1 {} = {} {} ({}; {})", r->currency, format_number_in(lang, r->rate, 6), r->to,
                                r->period.str(), r->source));
  return fmt::format("{}", fmt::join(rates, "; "));
}

static void add_conversions(Document& doc, const std::vector<const ProgressRow*>& rows, Lang lang) {
  for (const ProgressRow* row : rows)
    if (!row->value.rates.empty())
      doc.paragraph(
          labelled(lang, fmt::format("{} {} {}", row->indicator->id, tr("converted to", lang), row->indicator->unit),
                   conversions_text(*row, lang)));
}

// When the recorded count of members (5.1) and the members countries.yaml
// names differ, says which figure is used where, and why.
static void add_membership_note(Document& doc, const ProgressReport& report, Lang lang) {
  if (!report.options.country.empty()) return;
  size_t named = report.members_named;
  for (const ResultProgress& r : report.results)
    for (const ProgressRow& row : r.rows) {
      if (row.indicator->counts_members && row.value.from_countries) {
        doc.paragraph(fmt::format(fmt::runtime(tr("Indicator {id} has no recorded value for {period}: it shows the "
                                                  "{members} member countries named in countries.yaml.",
                                                  lang)),
                                  fmt::arg("id", row.indicator->id), fmt::arg("period", report.options.as_of.str()),
                                  fmt::arg("members", named)));
        continue;
      }
      if (!row.indicator->counts_members || !row.value.value || *row.value.value == Decimal(named)) continue;
      doc.paragraph(fmt::format(
          fmt::runtime(tr("Coverage counts the {members} member countries named in countries.yaml for {period}; "
                          "indicator {id} records {recorded}. A country is named only where a source shows its "
                          "membership.",
                          lang)),
          fmt::arg("members", named), fmt::arg("period", report.options.as_of.str()), fmt::arg("id", row.indicator->id),
          fmt::arg("recorded", format_number_in(lang, *row.value.value))));
    }
}

void add_progress(Document& doc, const ProgressReport& report, const Model& model, Lang lang) {
  doc.heading(progress_heading(report, model, lang));
  Table t;
  // Spreadsheets (CSV, xlsx) also get what people read inside a cell as
  // columns of its own: the unit, the milestones' periods, the status code,
  // the coverage as counts.
  constexpr unsigned data = Column::only_in_csv_, data_number = Column::only_in_csv_ | Column::numeric_;
  t.name = "progress";
  t.columns = {label_column("Result", lang, data).keyed("result"), label_column("ID", lang).keyed("id"),
               label_column("Indicator", lang, Column::flex_).keyed("indicator"),
               label_column("Unit", lang, data).keyed("unit"),
               label_column("Baseline", lang, Column::numeric_)
                   .abbreviated(std::string(tr("Base", lang)))
                   .keyed("baseline_value"),
               label_column("Baseline period", lang, data).keyed("baseline_period"),
               label_column("Current", lang, Column::numeric_)
                   .abbreviated(std::string(tr("Value", lang)))
                   .keyed("current_value"),
               label_column("Period", lang).keyed("current_period"),
               label_column("Target", lang, Column::numeric_).keyed("target_value"),
               label_column("Target period", lang, data).keyed("target_period"),
               Column("%", Column::numeric_).keyed("achieved_pct"), label_column("Status", lang).keyed("status_label"),
               label_column("Status code", lang, data).keyed("status"), label_column("Trend", lang).keyed("trend"),
               label_column("Reported", lang, Column::numeric_ | Column::not_in_data_)
                   .abbreviated(std::string(tr("Rep.", lang))),
               label_column("Countries reported", lang, data_number).keyed("reported"),
               label_column("Countries carried forward", lang, data_number).keyed("carried"),
               label_column("Countries missing", lang, data_number).keyed("missing"),
               // Elsewhere a line under the table; a spreadsheet keeps it in the row.
               label_column("By type", lang, Column::only_in_csv_).keyed("by_type"),
               label_column("In own units", lang, Column::only_in_csv_).keyed("own_units"),
               label_column("Converted at", lang, Column::only_in_csv_).keyed("converted_at")};
  for (const ResultProgress& r : report.results) {
    TableSection section{result_title(*r.result, lang), {}};
    for (const ProgressRow& row : r.rows) {
      const Indicator& ind = *row.indicator;
      const Assessment& a = row.assessment;
      std::vector<Cell> cells;
      cells.emplace_back(std::to_string(ind.result));
      cells.emplace_back(ind.id);
      cells.push_back(Cell(ind.short_title.in(lang)).titled(ind.title.in(lang)));
      cells.push_back(ind.unit.empty() ? Cell::none() : Cell(ind.unit));
      cells.push_back(milestone_cell(ind, a.baseline, lang));
      cells.push_back(a.baseline ? Cell(a.baseline->period.str()) : Cell::none());
      cells.push_back(current_cell(row, lang));
      cells.push_back(row.value.period ? Cell(row.value.period->str()) : Cell::none());
      cells.push_back(a.target || row.categories.empty() ? milestone_cell(ind, a.target, lang)
                                                         : category_targets_cell(row, lang));
      cells.push_back(a.target ? Cell(a.target->period.str()) : Cell::none());
      cells.push_back(a.achieved_pct
                          ? Cell(format_number_in(lang, *a.achieved_pct, 0)).with_raw(format_number(*a.achieved_pct, 6))
                          : Cell::none());
      cells.emplace_back(status_label(a.status, lang), status_tone(a.status));
      cells.emplace_back(std::string(status_name(a.status)));
      Cell trend;
      trend.spark = row.trend;
      cells.push_back(trend);
      cells.push_back(coverage_cell(ind, row.value.coverage, lang));
      const Coverage& c = row.value.coverage;
      bool covered = ind.scope == Scope::country && c.members() > 0;
      for (size_t n : {c.reported.size(), c.carried.size(), c.missing.size()})
        cells.push_back(covered ? Cell(std::to_string(n)) : Cell::none());
      cells.push_back(has_type_counts(row) ? Cell(type_counts(ind, model.framework, row.value.breakdown, lang))
                                           : Cell::none());
      cells.push_back(row.own_units.empty() ? Cell::none() : Cell(own_units_text(row, lang)));
      cells.push_back(row.value.rates.empty() ? Cell::none() : Cell(conversions_text(row, lang)));
      section.rows.push_back(std::move(cells));
    }
    t.sections.push_back(std::move(section));
  }
  doc.table(std::move(t));
  add_category_progress(doc, report, lang);
  std::vector<const ProgressRow*> rows;
  for (const ResultProgress& r : report.results)
    for (const ProgressRow& row : r.rows) rows.push_back(&row);
  add_type_counts(doc, rows, model.framework, lang);
  add_own_units(doc, rows, lang);
  add_conversions(doc, rows, lang);
  add_membership_note(doc, report, lang);
}

// An item register's items that stand, country by country, and the count by
// type at today's reporting period.
void add_register(Document& doc, const Indicator& ind, const Model& model, const Ledger& ledger, const Period& today,
                  Lang lang) {
  Table t;
  bool stock = ind.accumulate == Accumulate::stock;  // flows count items in their period: no end
  t.columns = {label_column("Country", lang), label_column("Item", lang), label_column("Title", lang, Column::flex_),
               label_column("Types", lang), label_column("Period", lang)};
  if (stock) t.columns.push_back(label_column("Ends", lang));
  t.columns.push_back(label_column("Partners", lang, Column::hide_in_text_));
  t.columns.push_back(label_column("Source", lang, Column::hide_in_text_));
  TableSection s;
  std::vector<std::string> codes = ledger.countries(ind.id);
  for (const std::string& code : codes)
    for (const Entry* item : ledger.items(ind.id, code)) {
      std::vector<Cell> row{Cell(code), Cell(item->item), Cell(item->text), Cell(item_types(*item)),
                            Cell(item->period.str())};
      if (stock) row.push_back(item->ends ? Cell(item->ends->str()) : Cell(std::string(tr("open", lang))));
      row.emplace_back(item->partners);
      row.emplace_back(item->source);
      s.rows.push_back(std::move(row));
    }
  Period at = reporting_period(ind, today);
  AggregateQuery q{model.framework, model.countries, ledger};
  AggregateValue value = regional_value(q, ind, at);
  std::string count = value.value ? format_number_in(lang, *value.value) : std::string("—");
  doc.heading(labelled(lang, fmt::format("{} · {} {}", tr("Items", lang), tr("Value", lang), at.str()), count));
  if (s.rows.empty()) return;
  t.sections.push_back(std::move(s));
  doc.table(std::move(t));
  if (value.value && !ind.breakdown.empty())
    doc.paragraph(labelled(lang, tr("by type", lang), type_counts(ind, model.framework, value.breakdown, lang)));
}

void add_summary(Document& doc, const ProgressReport& report, Lang lang) {
  doc.heading(std::string(tr("Summary", lang)));
  Table t;
  t.name = "summary";
  t.columns = {label_column("Status", lang).keyed("status_label"),
               label_column("Status code", lang, Column::only_in_csv_).keyed("status"),
               label_column("Indicators", lang, Column::numeric_).keyed("indicators")};
  TableSection s;
  for (const StatusCount& c : count_by_status(report))
    s.rows.push_back({Cell(status_label(c.status, lang), status_tone(c.status)),
                      Cell(std::string(status_name(c.status))), Cell(std::to_string(c.indicators))});
  size_t reported = 0, cells = 0;
  for (const ResultProgress& r : report.results)
    for (const ProgressRow& row : r.rows)
      if (row.indicator->scope == Scope::country) {
        reported += row.value.coverage.reported.size();
        cells += row.value.coverage.members();
      }
  t.sections.push_back(std::move(s));
  doc.table(std::move(t));
  doc.blocks.figure(status_chart_svg(report, lang), tr_s("Indicators by status, per result", lang));
  if (cells > 0)
    doc.paragraph(
        labelled(lang, tr("Reporting coverage", lang),
                 fmt::format("{}/{} ({}%)", reported, cells, format_number_in(lang, 100.0 * reported / cells, 0))));
}

void add_gaps(Document& doc, const GapsReport& gaps, const Model& model, Lang lang) {
  doc.heading(
      fmt::format("{} — {} {}", tr("Indicators behind their targets", lang), tr("as of", lang), gaps.as_of.str()));
  if (gaps.behind.empty()) {
    doc.paragraph(std::string(tr("Nothing is behind its target.", lang)));
  } else {
    Table t;
    t.name = "behind";
    t.columns = {label_column("ID", lang).keyed("id"),
                 label_column("Indicator", lang, Column::flex_).keyed("indicator"),
                 label_column("Status", lang).keyed("status_label"),
                 label_column("Status code", lang, Column::only_in_csv_).keyed("status"),
                 label_column("Gap", lang, Column::numeric_).keyed("gap"),
                 label_column("Required pace", lang, Column::numeric_)
                     .abbreviated(std::string(tr("Need/yr", lang)))
                     .keyed("required_pace"),
                 label_column("Actual pace", lang, Column::numeric_)
                     .abbreviated(std::string(tr("Pace/yr", lang)))
                     .keyed("actual_pace"),
                 label_column("Projected", lang, Column::numeric_ | Column::period_for_people_)
                     .abbreviated(std::string(tr("Year", lang)))
                     .keyed("projected_year"),
                 label_column("Acceleration", lang, Column::numeric_)
                     .abbreviated(std::string(tr("Accel.", lang)))
                     .keyed("acceleration")};
    TableSection s;
    auto num = [lang](std::optional<double> v, int decimals = 1) {
      return v ? Cell(format_number_in(lang, *v, decimals)).shortened(compact(*v, lang)).with_raw(format_number(*v, 6))
               : Cell::none();
    };
    auto gap = [lang](const std::optional<Decimal>& v) {
      return v ? Cell(format_number_in(lang, *v, 1)).shortened(compact(*v, lang)).with_raw(v->str()) : Cell::none();
    };
    for (const ProgressRow* row : gaps.behind) {
      const Assessment& a = row->assessment;
      // People read the quarter the projection reaches; scripts get the fractional year.
      Cell projected = a.projected_year
                           ? Cell(period_at(*a.projected_year).str()).with_raw(format_number(*a.projected_year, 6))
                           : Cell::none();
      Cell accel = num(a.acceleration, 1);
      if (a.acceleration) accel.text += "×";  // raw keeps the bare number for CSV
      s.rows.push_back(
          {Cell(row->indicator->id), Cell(row->indicator->short_title.in(lang)).titled(row->indicator->title.in(lang)),
           Cell(status_label(a.status, lang), status_tone(a.status)), Cell(std::string(status_name(a.status))),
           gap(a.gap), num(a.required_pace), num(a.actual_pace), projected, accel});
    }
    t.sections.push_back(std::move(s));
    doc.table(std::move(t));
    add_type_counts(doc, gaps.behind, model.framework, lang);
  }
  doc.heading(fmt::format("{} — {} {}", tr("Reporting gaps", lang), tr("as of", lang), gaps.as_of.str()));
  if (gaps.reporting.empty()) {
    doc.paragraph(std::string(tr("every member country reported", lang)));
    return;
  }
  Table t;
  t.name = "reporting";
  t.columns = {label_column("Country", lang).keyed("country"),
               label_column("Missing", lang, Column::flex_).keyed("missing"),
               label_column("Carried forward", lang, Column::flex_).keyed("carried")};
  TableSection s;
  for (const ReportingGap& g : gaps.reporting) {
    const Country* c = model.countries.find(g.country);
    std::string name = c ? fmt::format("{} {}", g.country, c->name.in(lang)) : g.country;
    s.rows.push_back({Cell(name).shortened(g.country).with_raw(g.country),
                      Cell(fmt::format("{}", fmt::join(g.missing, " ")), g.missing.empty() ? Tone::plain : Tone::bad),
                      Cell(fmt::format("{}", fmt::join(g.carried, " ")))});
  }
  t.sections.push_back(std::move(s));
  doc.table(std::move(t));
}

void add_matrix(Document& doc, const ProgressReport& report, const Model& model, Lang lang) {
  doc.heading(fmt::format("{} — {} {}", tr("Reporting matrix", lang), tr("as of", lang), report.options.as_of.str()));
  doc.paragraph(std::string(tr("R reported, C carried forward, · missing", lang)));
  // One table per result: each fits an 80-column terminal, where one for all
  // 36 country-scope indicators would not.
  for (const ResultProgress& r : report.results) {
    std::vector<const ProgressRow*> rows;
    for (const ProgressRow& row : r.rows)
      if (row.indicator->scope == Scope::country) rows.push_back(&row);
    if (rows.empty()) continue;
    Table t;
    t.name = fmt::format("matrix-result-{}", r.result->id);
    t.columns.push_back(label_column("Country", lang).keyed("country"));
    for (const ProgressRow* row : rows) t.columns.emplace_back(row->indicator->id);
    TableSection s{result_title(*r.result, lang), {}};
    for (const Country* country : model.countries.members(report.options.as_of)) {
      std::vector<Cell> cells{Cell(country->code).titled(country->name.in(lang))};
      for (const ProgressRow* row : rows) {
        const Coverage& c = row->value.coverage;
        auto has = [&](const std::vector<std::string>& v) {
          return std::find(v.begin(), v.end(), country->code) != v.end();
        };
        // Spreadsheets get words, not the letters and dot a page's legend explains.
        if (has(c.reported))
          cells.push_back(Cell("R", Tone::good).with_raw("reported"));
        else if (has(c.carried))
          cells.push_back(Cell("C", Tone::warn).with_raw("carried"));
        else
          cells.push_back(Cell("·", Tone::bad).with_raw("missing"));  // what needs doing stands out
      }
      s.rows.push_back(std::move(cells));
    }
    t.sections.push_back(std::move(s));
    doc.table(std::move(t));
  }
}

}  // namespace ritrack
