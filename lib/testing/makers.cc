#include "testing/makers.h"

namespace ritrack::testing {

Entry value_entry(std::string country, std::string indicator, Period period, double number, bool retraction) {
  Entry e;
  e.country = std::move(country);
  e.indicator = std::move(indicator);
  e.period = period;
  e.number = Decimal::from_double(number);
  e.retraction = retraction;
  return e;
}

Indicator make_indicator(std::string id, Measure measure, Scope scope, Cadence cadence, Accumulate accumulate) {
  Indicator ind;
  ind.id = std::move(id);
  ind.result = 1;
  ind.measure = measure;
  ind.scope = scope;
  ind.cadence = cadence;
  ind.accumulate = accumulate;
  return ind;
}

Model small_model() {
  Model m;
  Dimension sector;
  sector.id = "sector";
  sector.categories = {{"GOB", {}}, {"EMP", {}}};
  m.framework.dimensions.push_back(sector);
  Indicator regional = make_indicator("1.2", Measure::count, Scope::regional, Cadence::quarterly);
  regional.breakdown = {"sector"};
  m.framework.indicators = {make_indicator("1.1", Measure::flag), regional};
  m.framework.results.push_back(Result{1, {}, {"1.1", "1.2"}});
  for (const char* code : {"PER", "BRA"}) {
    Country c;
    c.code = code;
    c.memberships = {Membership{{2014, 4}, true, std::nullopt, "test"}};
    m.countries.countries.push_back(c);
  }
  return m;
}

Document sample_document() {
  Document doc;
  doc.title = "T";
  doc.lang = "en";
  doc.heading("Progress");
  Table t;
  t.columns = {Column("ID"), Column("Indicator", Column::flex_), Column("Value", Column::numeric_), Column("Trend"),
               Column("Result", Column::only_in_csv_)};
  TableSection s{"Result 1", {}};
  Cell trend;
  trend.spark = {std::nullopt, Decimal(1), Decimal(2), Decimal(3)};
  s.rows.push_back({Cell("1.1"), Cell("A rather long indicator title that will not fit"),
                    Cell("1200000 USD").shortened("1.2M").with_raw("1200000"), trend, Cell("1")});
  t.sections.push_back(s);
  doc.table(t);
  return doc;
}

HeldAsEncoded::HeldAsEncoded(std::vector<Entry> entries, std::string file)
    : EncodedEntries(entries.size(), std::make_shared<const std::string>(std::move(file))),
      entries_(std::move(entries)) {}

EntryKey HeldAsEncoded::key(size_t i) const {
  const Entry& e = entries_[i];
  return {e.country, e.indicator, e.item, e.unit, e.currency, e.period, e.number, e.breakdown.size()};
}

void HeldAsEncoded::add_breakdown(size_t i, std::vector<BreakdownPart>& sum) const {
  add_parts(sum, entries_[i].breakdown);
}

Entry HeldAsEncoded::decode(size_t i) const {
  ++decoded;
  Entry e = entries_[i];
  e.file = file();
  return e;
}

}  // namespace ritrack::testing
