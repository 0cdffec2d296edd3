#include "output/provenance.h"

#include <fmt/format.h>

#include "base/translate.h"

namespace ritrack {

void add_provenance(Document& doc, const Provenance& p, Lang lang) {
  doc.made = p.generated;
  Table fields;
  fields.as_fields = true;
  fields.columns = {label_column(N_("Field"), lang), label_column(N_("Value"), lang, Column::flex_)};
  TableSection section;
  auto field = [&](std::string_view label, std::string value) {
    section.rows.push_back({Cell(tr_s(label, lang)), Cell(std::move(value))});
  };
  field(N_("Generated"), p.generated);
  field(N_("ritrack version"), p.version);
  field(N_("Data"), p.data_dir);
  if (p.git) {
    // Twelve digits, as git abbreviates for people; JSON has the full hash.
    std::string commit = p.git->commit.substr(0, 12);
    field(N_("Data commit"), p.git->dirty ? trf_in(lang, "{} (with uncommitted changes)", commit) : commit);
  }
  if (p.as_of) field(N_("As of"), p.as_of->str());
  if (p.method) field(N_("Method"), tr_s(row_of(kMethods, *p.method).label, lang));
  fields.sections.push_back(std::move(section));
  doc.footer.heading(tr_s(N_("About this report"), lang));
  doc.footer.table(std::move(fields));
  if (!p.sources.empty()) {
    doc.footer.paragraph(tr_s(N_("The figures rest on these sources:"), lang));
    doc.footer.numbered(p.sources);
  }
}

void write_provenance(JsonWriter& json, const Provenance& p) {
  json.key("provenance")
      .begin_object()
      .field("generated", p.generated)
      .field("ritrack_version", p.version)
      .field("data_dir", p.data_dir)
      .key("git");
  if (p.git)
    json.begin_object().field("commit", p.git->commit).field("dirty", p.git->dirty).end_object();
  else
    json.null();
  json.key("as_of");
  if (p.as_of)
    json.string(p.as_of->str());
  else
    json.null();
  json.key("method");
  if (p.method)
    json.string(name_of(kMethods, *p.method));
  else
    json.null();
  json.field("illustrative", p.illustrative).key("sources").begin_array();
  for (const std::string& s : p.sources) json.string(s);
  json.end_array().end_object();
}

}  // namespace ritrack
