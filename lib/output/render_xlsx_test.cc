#include <doctest/doctest.h>

#include "output/document.h"

using namespace ritrack;

namespace {

// A zip names its members in plain text: enough to count the sheets. What
// the sheets hold is read back by openpyxl in tests/xlsx/read_back.sh.
bool has_member(const std::string& zip, const std::string& name) { return zip.find(name) != std::string::npos; }

Table one_table() {
  Table t;
  t.columns = {Column("ID"), Column("Value", Column::numeric_)};
  t.sections.push_back(TableSection{"", {{Cell("1.10"), Cell("1,234").with_raw("1234")}}});
  return t;
}

}  // namespace

TEST_CASE("xlsx: a workbook, one sheet per table, and one for the provenance") {
  Document doc;
  doc.title = "Report";
  doc.lang = "en";
  doc.heading("A heading far longer than the thirty-one characters a sheet name may have: [x]");
  doc.table(one_table());
  std::string one = render_xlsx(doc);
  CHECK(one.starts_with("PK\x03\x04"));
  CHECK(has_member(one, "xl/worksheets/sheet1.xml"));
  CHECK_FALSE(has_member(one, "xl/worksheets/sheet2.xml"));

  doc.heading("A heading far longer than the thirty-one characters a sheet name may have: [y]");
  doc.table(one_table());  // the same name once cut: made unique
  doc.footer.heading("About this report");
  std::string three = render_xlsx(doc);
  CHECK(has_member(three, "xl/worksheets/sheet2.xml"));
  CHECK(has_member(three, "xl/worksheets/sheet3.xml"));
}

TEST_CASE("xlsx: a document without tables still makes a workbook that opens") {
  Document doc;
  doc.title = "Nothing";
  doc.paragraph("No data.");
  std::string bytes = render_xlsx(doc);
  CHECK(bytes.starts_with("PK\x03\x04"));
  CHECK(has_member(bytes, "xl/worksheets/sheet1.xml"));
}
