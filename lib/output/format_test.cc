#include "output/format.h"

#include <doctest/doctest.h>

using namespace ritrack;

TEST_CASE("formats: names parse and print through one table") {
  CHECK(format_name(Format::md) == "md");
  CHECK(parse_name(kFormats, "html") == Format::html);
  CHECK_FALSE(parse_name(kFormats, "xml"));
  CHECK(names_of(kFormats).size() == kFormats.size());
}

TEST_CASE("every document format renders a document; the others refuse") {
  Document doc;
  doc.title = "T";
  doc.lang = "en";
  Table t;
  t.columns = {Column("Greeting")};
  t.sections.push_back(TableSection{"", {{Cell("hello")}}});
  doc.table(std::move(t));
  for (const FormatRow& f : kFormats) {
    CAPTURE(f.name);
    if (f.binary)
      CHECK(render(doc, f.value, TextStyle{}).starts_with("PK"));  // a zip: xlsx
    else if (f.document)
      CHECK(render(doc, f.value, TextStyle{}).find("hello") != std::string::npos);
    else
      CHECK_THROWS_AS(render(doc, f.value, TextStyle{}), std::logic_error);
  }
}

TEST_CASE("-o's extension names a format through the same table") {
  CHECK(format_of_extension(".html") == Format::html);
  CHECK(format_of_extension(".htm") == Format::html);
  CHECK(format_of_extension(".xlsx") == Format::xlsx);
  CHECK(format_of_extension(".txt") == Format::text);
  CHECK_FALSE(format_of_extension(".ht"));
  CHECK_FALSE(format_of_extension(""));
  CHECK_FALSE(format_of_extension(".pdf"));
}

TEST_CASE("a banner (illustrative data) comes first in every document format") {
  Document doc;
  doc.title = "T";
  doc.lang = "en";
  doc.banner = "ILLUSTRATIVE <data>";
  Table t;
  t.columns = {Column("Greeting")};
  t.sections.push_back(TableSection{"", {{Cell("hello")}}});
  doc.table(std::move(t));
  for (const FormatRow& f : kFormats) {
    if (!f.document || f.binary) continue;  // xlsx: tests/xlsx/read_back.py opens the workbook
    CAPTURE(f.name);
    std::string out = render(doc, f.value, TextStyle{});
    size_t banner = out.find(f.value == Format::html || f.value == Format::md ? "ILLUSTRATIVE &lt;data&gt;"
                                                                              : "ILLUSTRATIVE <data>");
    REQUIRE(banner != std::string::npos);
    CHECK(banner < out.find("hello"));
  }
  doc.banner.clear();
  CHECK(render(doc, Format::csv, TextStyle{}).starts_with("Greeting\n"));  // no banner, no extra row
}
