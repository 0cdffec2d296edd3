// Markdown, CSV and HTML on a small document.
#include <doctest/doctest.h>

#include "output/document.h"
#include "testing/makers.h"

using namespace ritrack;

using testing::sample_document;

TEST_CASE("markdown, csv and html") {
  Document doc = sample_document();
  CHECK(render_markdown(doc) ==
        "# T\n\n## Progress\n\n### Result 1\n\n| ID | Indicator | Value | Trend |\n| --- | --- | ---: | --- |\n"
        "| 1.1 | A rather long indicator title that will not fit | 1200000 USD |  ▁▅█ |\n");
  CHECK(render_csv(doc) ==
        "ID,Indicator,Value,Trend,Result\n1.1,A rather long indicator title that will not fit,1200000,1 → 2 → 3,1\n");
  std::string html = render_html(doc);
  CHECK(html.starts_with("<!DOCTYPE html>\n<html lang=\"en\">"));
  CHECK(html.find("<polyline") != std::string::npos);
  CHECK(html.find("<script") == std::string::npos);
  CHECK(html.find("http") == std::string::npos);  // nothing to fetch
}

TEST_CASE("a column's CSV key is its English heading in snake case, whatever the language") {
  CHECK(column_key("Countries reported") == "countries_reported");
  CHECK(column_key("Indicators off track or at risk") == "indicators_off_track_or_at_risk");
  CHECK(column_key("Rep.") == "rep");
  CHECK(column_key("%") == "");
  Document doc;
  Table t;
  t.columns = {label_column("Stakeholder type", Lang::fr), label_column("Total", Lang::fr)};
  t.sections.push_back({"", {{Cell("x"), Cell("1")}}});
  doc.table(std::move(t));
  CHECK(csv_tables(doc).front().text == "stakeholder_type,total\nx,1\n");
}
