// The terminal renderer on small documents.
#include <doctest/doctest.h>

#include "output/document.h"
#include "testing/makers.h"

using namespace ritrack;

using testing::sample_document;

TEST_CASE("text fits the width by shrinking the flex column") {
  // 40 columns: ID 3, Indicator 24 (cut), Value 5, Trend 5, and 3 separators.
  std::string text = render_text(sample_document(), TextStyle{40, false});
  CHECK(
      text ==
      "T\n\nProgress\n\nID  Indicator                Value Trend\nResult 1\n1.1 A rather long indicator…  1.2M  ▁▅█\n");
}

TEST_CASE("colour only when asked") {
  Document doc;
  Table t;
  t.columns = {Column("Status")};
  t.sections.push_back({"", {{Cell("off track", Tone::bad)}}});
  doc.table(t);
  CHECK(render_text(doc, TextStyle{80, true}).find("\x1b[31moff track\x1b[0m") != std::string::npos);
  CHECK(render_text(doc, TextStyle{80, false}).find('\x1b') == std::string::npos);
}

TEST_CASE("fields: labels in 26 columns, values wrapped beside them, a line per value line") {
  Document doc;
  Table t;
  t.as_fields = true;
  t.columns = {Column("Field"), Column("Value", Column::flex_)};
  t.sections.push_back(TableSection{
      "", {{Cell("Scale"), Cell("Ownership\n0 None\n1 Some")}, {Cell("Note"), Cell(std::string(60, 'x') + " end")}}});
  doc.table(std::move(t));
  CHECK(render_text(doc, TextStyle{}) ==
        "  Scale:                  Ownership\n"
        "                          0 None\n"
        "                          1 Some\n"
        "  Note:                   " +
            std::string(60, 'x') +
            "\n"
            "                          end\n");
  CHECK(render_markdown(doc).find("| Scale | Ownership<br>0 None<br>1 Some |") != std::string::npos);
}
