// Markdown, CSV and HTML on a small document.
#include <doctest/doctest.h>

#include "output/document.h"

using namespace ritrack;

static Document sample() {
  Document doc;
  doc.title = "T";
  doc.lang = "en";
  doc.heading("Progress");
  Table t;
  t.columns = {Column("ID"), Column("Indicator", Column::flex_), Column("Value", Column::numeric_), Column("Trend"),
               Column("Result", Column::only_in_csv_)};
  TableSection s{"Result 1", {}};
  Cell trend;
  trend.spark = {std::nullopt, 1.0, 2.0, 3.0};
  s.rows.push_back({Cell("1.1"), Cell("A rather long indicator title that will not fit"),
                    Cell("1200000 USD").shortened("1.2M").with_raw("1200000"), trend, Cell("1")});
  t.sections.push_back(s);
  doc.table(t);
  return doc;
}

TEST_CASE("markdown, csv and html") {
  Document doc = sample();
  CHECK(render_markdown(doc) ==
        "# T\n\n## Progress\n\n### Result 1\n\n| ID | Indicator | Value | Trend |\n| --- | --- | ---: | --- |\n"
        "| 1.1 | A rather long indicator title that will not fit | 1200000 USD |  ▁▅█ |\n");
  CHECK(render_csv(doc) ==
        "ID,Indicator,Value,Trend,Result\n1.1,A rather long indicator title that will not fit,1200000,1 2 3,1\n");
  std::string html = render_html(doc);
  CHECK(html.starts_with("<!DOCTYPE html>\n<html lang=\"en\">"));
  CHECK(html.find("<polyline") != std::string::npos);
  CHECK(html.find("<script") == std::string::npos);
  CHECK(html.find("http") == std::string::npos);  // nothing to fetch
}
