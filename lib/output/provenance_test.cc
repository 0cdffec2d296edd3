#include "output/provenance.h"

#include <doctest/doctest.h>

#include "output/format.h"

using namespace ritrack;

namespace {

Provenance example() {
  Provenance p;
  p.generated = "2026-11-22T10:00:00Z";
  p.version = "0.1.0";
  p.data_dir = "data";
  p.git = DataCommit{"0123456789abcdef0123456789abcdef01234567", true};
  p.as_of = Period{2019, 4};
  p.method = Method::linear;
  p.sources = {"INEI <ENAHO> 2019", "fixture"};
  return p;
}

}  // namespace

TEST_CASE("provenance: every field in the footer of every document, after the content; none in CSV") {
  Document doc;
  doc.title = "Report";
  doc.lang = "en";
  doc.paragraph("the content");
  add_provenance(doc, example(), Lang::en);
  std::string text = render(doc, Format::text, TextStyle{});
  for (std::string_view s : {"About this report", "Generated:", "2026-11-22T10:00:00Z", "ritrack version:", "0.1.0",
                             "Data commit:", "0123456789ab (with uncommitted changes)", "As of:", "2019-Q4",
                             "Method:", "linear", "1. INEI <ENAHO> 2019", "2. fixture"}) {
    CAPTURE(s);
    CHECK(text.find(s) != std::string::npos);
  }
  CHECK(text.find("the content") < text.find("About this report"));
  std::string html = render(doc, Format::html, TextStyle{});
  CHECK(html.find("<footer class=\"provenance\">") != std::string::npos);
  CHECK(html.find("<ol>\n<li>INEI &lt;ENAHO&gt; 2019</li>\n<li>fixture</li>\n</ol>") != std::string::npos);
  std::string md = render(doc, Format::md, TextStyle{});
  CHECK(md.find("\n1. INEI &lt;ENAHO&gt; 2019\n2. fixture\n") != std::string::npos);
  CHECK(render(doc, Format::csv, TextStyle{}).find("About") == std::string::npos);  // scripts get tables only
}

TEST_CASE("provenance: without git or as-of, those fields are left out of the footer and null in JSON") {
  Provenance p = example();
  p.git.reset();
  p.as_of.reset();
  p.method.reset();
  p.sources.clear();
  Document doc;
  add_provenance(doc, p, Lang::es);
  std::string text = render(doc, Format::text, TextStyle{});
  CHECK(text.find("0123456789") == std::string::npos);
  CHECK(text.find("2019") == std::string::npos);
  JsonWriter json;
  json.begin_object();
  write_provenance(json, p);
  CHECK(json.end_object().finish() ==
        R"({"provenance":{"generated":"2026-11-22T10:00:00Z","ritrack_version":"0.1.0","data_dir":"data",)"
        R"("git":null,"as_of":null,"method":null,"illustrative":false,"sources":[]}})"
        "\n");
}

TEST_CASE("provenance in JSON: the commit, whether the tree was dirty, the method's name, the sources") {
  JsonWriter json;
  json.begin_object();
  write_provenance(json, example());
  std::string out = json.end_object().finish();
  CHECK(out.find(R"("git":{"commit":"0123456789abcdef0123456789abcdef01234567","dirty":true})") != std::string::npos);
  CHECK(out.find(R"("as_of":"2019-Q4","method":"linear")") != std::string::npos);
  CHECK(out.find(R"("sources":["INEI <ENAHO> 2019","fixture"])") != std::string::npos);
}
