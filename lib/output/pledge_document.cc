#include "output/pledge_document.h"

#include <fmt/format.h>

#include "base/number.h"
#include "base/translate.h"
#include "output/json_writer.h"

namespace ritrack {

namespace {

std::string type_label(StakeholderType t, Lang lang) { return tr_s(row_of(kStakeholderTypes, t).label, lang); }
std::string status_label(PledgeStatus s, Lang lang) { return tr_s(row_of(kPledgeStatuses, s).label, lang); }

Cell status_cell(const PledgeState& s, Lang lang) {
  Tone tone = s.status == PledgeStatus::achieved                                            ? Tone::good
              : s.status == PledgeStatus::not_achieved || s.status == PledgeStatus::dropped ? Tone::bad
              : s.overdue || s.silent                                                       ? Tone::warn
                                                                                            : Tone::plain;
  std::string text = status_label(s.status, lang);
  if (s.overdue) text += fmt::format(" ({})", tr_s("overdue", lang));
  return Cell(text, tone).with_code(std::string(row_of(kPledgeStatuses, s.status).name));
}

// "15 / 20 (50 %)", numbers in the reader's language.
Cell progress_cell(const PledgeState& s, Lang lang) {
  const Pledge& p = *s.pledge;
  if (!p.measure || !p.measure->target) return Cell::none();
  std::string target = format_number_in(lang, *p.measure->target);
  if (!s.reached) return Cell(fmt::format("— / {}", target), Tone::muted);
  std::string text = fmt::format("{} / {}", format_number_in(lang, *s.reached), target);
  if (s.achieved_pct) text += fmt::format(" ({} %)", format_number_in(lang, *s.achieved_pct, 0));
  return Cell(text).with_raw(s.reached->str());
}

Cell date_cell(const std::optional<Date>& d) { return d ? Cell(d->str()) : Cell::none(); }

}  // namespace

Table pledge_table(const std::vector<PledgeState>& states, Lang lang) {
  Table t;
  t.columns = {label_column("Pledge", lang),
               label_column("Stakeholder", lang, Column::flex_),
               label_column("Type", lang),
               label_column("Country", lang),
               label_column("Deadline", lang),
               label_column("Status", lang),
               label_column("Progress", lang, Column::numeric_),
               label_column("Latest news", lang, Column::hide_in_text_)};
  TableSection s;
  for (const PledgeState& st : states) {
    const Pledge& p = *st.pledge;
    s.rows.push_back({Cell(p.id), Cell(p.stakeholder.name),
                      Cell(type_label(p.stakeholder.type, lang))
                          .shortened(std::string(name_of(kStakeholderTypes, p.stakeholder.type))),
                      p.stakeholder.country.empty() ? Cell::none() : Cell(p.stakeholder.country), date_cell(p.deadline),
                      status_cell(st, lang), progress_cell(st, lang), date_cell(st.last_news)});
  }
  t.sections.push_back(std::move(s));
  return t;
}

void add_pledge_card(Document& doc, const PledgeState& state, Lang lang) {
  const Pledge& p = *state.pledge;
  doc.heading(fmt::format("{} {}", p.id, p.title));
  Table fields;
  fields.as_fields = true;
  fields.columns = {label_column("Field", lang), label_column("Value", lang)};
  TableSection s;
  auto field_row = [&](std::string_view label, Cell value) {
    s.rows.push_back({Cell(tr_s(label, lang)), std::move(value)});
  };
  std::string who = fmt::format("{} ({})", p.stakeholder.name, type_label(p.stakeholder.type, lang));
  if (!p.stakeholder.country.empty()) who += ", " + p.stakeholder.country;
  field_row("Stakeholder", Cell(who));
  if (!p.implementation.empty()) field_row("Implementation", Cell(p.implementation));
  if (!p.contribution.empty()) field_row("Contribution", Cell(p.contribution));
  std::string channels;
  for (const std::string& c : p.communication.channels) channels += (channels.empty() ? "" : ", ") + c;
  if (!channels.empty()) field_row("Channels", Cell(channels));
  if (!p.communication.hashtag.empty()) field_row("Hashtag", Cell(p.communication.hashtag));
  if (!p.communication.moments.empty()) field_row("Planned moments", Cell(p.communication.moments));
  field_row("Deadline", date_cell(p.deadline));
  if (p.measure) {
    std::string measure = p.measure->what;
    if (p.measure->target)
      measure += fmt::format(": {} → {}", format_number_in(lang, p.measure->baseline.value_or(0)),
                             format_number_in(lang, *p.measure->target));
    field_row("Measure", Cell(measure));
    if (!p.measure->indicator.empty()) field_row("Indicator", Cell(p.measure->indicator));
  }
  field_row("Status", status_cell(state, lang));
  field_row("Progress", progress_cell(state, lang));
  if (!p.resources.empty()) field_row("Resources", Cell(p.resources));
  if (!p.source.empty()) field_row("Source", Cell(p.source));
  field_row("Recorded", Cell(fmt::format("{} ({})", p.recorded, p.by)));
  fields.sections.push_back(std::move(s));
  doc.table(std::move(fields));
  if (!p.updates.empty()) {
    doc.heading(tr_s("Updates", lang));
    Table t;
    t.columns = {label_column("Date", lang), label_column("Status", lang),
                 label_column("Value", lang, Column::numeric_), label_column("Note", lang, Column::flex_),
                 label_column("Source", lang, Column::flex_)};
    TableSection rows;
    for (const PledgeUpdate& u : p.updates)
      rows.rows.push_back({Cell(u.date.str()), Cell(status_label(u.status, lang)),
                           u.value ? Cell(format_number_in(lang, *u.value)).with_raw(u.value->str()) : Cell::none(),
                           Cell(u.note), Cell(u.source)});
    t.sections.push_back(std::move(rows));
    doc.table(std::move(t));
  }
  if (p.scale_up) {
    const ScaleUp& su = *p.scale_up;
    std::string plan =
        fmt::format("{}, {} {}: {}", tr_s(name_of(kScaleUpKinds, su.kind), lang), tr_s("to", lang), su.to, su.plan);
    if (su.cost) plan += fmt::format(" ({} {})", format_number_in(lang, *su.cost), su.currency);
    doc.heading(tr_s("Scale-up plan", lang));
    doc.paragraph(plan);
  }
}

void add_pledge_report(Document& doc, const PledgeReport& report, Lang lang) {
  doc.heading(trf_in(lang, "Action pledges as of {}", report.today.str()));
  Table counts;
  counts.columns = {label_column("Stakeholder type", lang)};
  for (const PledgeStatusRow& s : kPledgeStatuses)
    counts.columns.push_back(Column(tr_s(s.label, lang), Column::numeric_).keyed(std::string(s.name)));
  counts.columns.push_back(label_column("Total", lang, Column::numeric_));
  TableSection rows;
  for (const PledgeCounts& c : report.counts) {
    std::vector<Cell> row{Cell(type_label(c.type, lang))};
    for (int n : c.by_status) row.emplace_back(std::to_string(n));
    row.emplace_back(std::to_string(c.total()));
    rows.rows.push_back(std::move(row));
  }
  counts.sections.push_back(std::move(rows));
  doc.table(std::move(counts));
  auto listing = [&](std::string_view heading, auto keep) {
    std::vector<PledgeState> chosen;
    for (const PledgeState& s : report.states)
      if (keep(s)) chosen.push_back(s);
    doc.heading(tr_s(heading, lang));
    if (chosen.empty())
      doc.paragraph(tr_s("None.", lang));
    else
      doc.table(pledge_table(chosen, lang));
  };
  listing(N_("Past their deadline without a final update"), [](const PledgeState& s) { return s.overdue; });
  listing(N_("Silent for more than a quarter"), [](const PledgeState& s) { return s.silent; });
  listing(N_("Progress towards measurable targets"),
          [](const PledgeState& s) { return s.pledge->measure && s.pledge->measure->target; });
}

void add_pledges_by_indicator(Document& doc, const ProgressReport& report, Lang lang) {
  Table t;
  for (const ResultProgress& r : report.results)
    for (const ProgressRow& row : r.rows) {
      if (row.pledges.empty()) continue;
      Table one = pledge_table(row.pledges, lang);
      one.sections.front().title = fmt::format("{} {}", row.indicator->id, row.indicator->short_title.in(lang));
      if (t.columns.empty()) t.columns = std::move(one.columns);
      t.sections.push_back(std::move(one.sections.front()));
    }
  if (t.sections.empty()) return;
  doc.heading(tr_s("Action pledges feeding the indicators", lang));
  doc.table(std::move(t));
}

std::string pledge_report_json(const PledgeReport& report, const Provenance* provenance) {
  JsonWriter json;
  json.begin_object().field("schema", "ritrack.pledges/1");
  if (report.illustrative) json.field("illustrative", true);
  json.field("as_of", report.today.str());
  json.key("counts").begin_array();
  for (const PledgeCounts& c : report.counts) {
    json.begin_object().field("type", name_of(kStakeholderTypes, c.type)).key("by_status").begin_object();
    for (const PledgeStatusRow& s : kPledgeStatuses) json.field(s.name, c.by_status[static_cast<size_t>(s.value)]);
    json.end_object().field("total", c.total()).end_object();
  }
  json.end_array().key("pledges").begin_array();
  for (const PledgeState& s : report.states) {
    const Pledge& p = *s.pledge;
    json.begin_object()
        .field("id", p.id)
        .field("register", s.reg->name)
        .field("stakeholder", p.stakeholder.name)
        .field("type", name_of(kStakeholderTypes, p.stakeholder.type));
    json.key("country");
    if (p.stakeholder.country.empty())
      json.null();
    else
      json.string(p.stakeholder.country);
    json.field("title", p.title).key("deadline");
    if (p.deadline)
      json.string(p.deadline->str());
    else
      json.null();
    json.field("status", name_of(kPledgeStatuses, s.status)).field("overdue", s.overdue).field("silent", s.silent);
    json.key("latest_news");
    if (s.last_news)
      json.string(s.last_news->str());
    else
      json.null();
    json.key("indicator");
    if (p.measure && !p.measure->indicator.empty())
      json.string(p.measure->indicator);
    else
      json.null();
    json.field("target", p.measure ? p.measure->target : std::nullopt)
        .field("reached", s.reached)
        .field("achieved_pct", s.achieved_pct)
        .end_object();
  }
  json.end_array();
  if (provenance) write_provenance(json, *provenance);
  return json.end_object().finish();
}

}  // namespace ritrack
