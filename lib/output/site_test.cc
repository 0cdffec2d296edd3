#include "output/site.h"

#include <algorithm>
#include <map>
#include <regex>

#include <doctest/doctest.h>

#include "output/indicator_document.h"
#include "testing/fixtures.h"

using namespace ritrack;

namespace {

struct Site {
  Dataset data = testing::load_fixture("tests/fixtures/progress");
  Ledger ledger{data.framework, data.entries};
  ProgressReport progress;
  Provenance provenance;
  std::map<std::string, std::string> files;

  explicit Site(Lang home = Lang::en) {
    ProgressOptions o;
    o.as_of = {2019, 4};
    progress = build_progress(data, ledger, o);
    provenance.generated = "2026-11-22T10:00:00Z";
    provenance.version = "0.1.0";
    provenance.data_dir = "data";
    for (SiteFile& f : build_site(SiteInput{data, ledger, progress, provenance, home}))
      files.emplace(f.path, std::move(f.bytes));
  }
  const std::string& at(const std::string& path) const {
    auto it = files.find(path);
    REQUIRE_MESSAGE(it != files.end(), path);
    return it->second;
  }
};

bool has(const std::string& text, std::string_view part) { return text.find(part) != std::string::npos; }

}  // namespace

TEST_CASE("a site: an index per language, a page per indicator per language, data per indicator") {
  Site site;
  size_t indicators = 0;
  for (const ResultProgress& r : site.progress.results) indicators += r.rows.size();
  CHECK(indicators == 6);
  // Top index, 4 indexes, 4 pages and 2 data files per indicator, the progress table twice.
  CHECK(site.files.size() == 1 + 4 + indicators * 6 + 2);
  for (const char* lang : {"en", "fr", "es", "pt"}) {
    CHECK(has(site.at(std::string(lang) + "/index.html"), fmt::format("<html lang=\"{}\">", lang)));
    CHECK(has(site.at(std::string(lang) + "/1.1.html"), fmt::format("<html lang=\"{}\">", lang)));
  }
  CHECK(has(site.at("data/1.1.csv"), "country,period,value,unit,breakdown,source,note,recorded\n"));
  CHECK(has(site.at("data/1.1.json"), R"("schema":"ritrack.indicator/1")"));
  CHECK(has(site.at("data/progress.json"), R"("schema":"ritrack.progress/1")"));
  CHECK(site.at("data/progress.csv").starts_with("result,id,indicator,unit,baseline_value"));
}

TEST_CASE("a site's pages speak their language and link to each other relatively") {
  Site site;
  const std::string& es = site.at("es/1.1.html");
  CHECK(has(es, "Número de acciones"));
  CHECK(has(es, R"(<a href="../fr/1.1.html">Français</a>)"));
  CHECK(has(es, R"(<strong aria-current="page">Español</strong>)"));
  CHECK(has(es, R"(<a href="../es/index.html">)"));
  CHECK(has(es, R"(<a href="../data/1.1.csv">)"));
  // The index links each indicator's id to its page; the top index from the top.
  CHECK(has(site.at("fr/index.html"), R"(<a href="../fr/2.1.html">2.1</a>)"));
  CHECK(has(site.at("index.html"), R"(<a href="en/2.1.html">2.1</a>)"));
  CHECK(has(site.at("index.html"), R"(<a href="data/progress.csv">)"));
  // Every link stays inside the site: relative, no scheme, no script.
  std::regex href(R"re(href="([^"]*)")re");
  for (const auto& file : site.files) {
    // Not a structured binding: clang refuses one inside CHECK_MESSAGE's lambda.
    const std::string& path = file.first;
    const std::string& bytes = file.second;
    if (!path.ends_with(".html")) continue;
    CHECK_FALSE(has(bytes, "<script"));
    std::string folder = path.find('/') == std::string::npos ? "" : path.substr(0, path.find('/') + 1);
    for (auto it = std::sregex_iterator(bytes.begin(), bytes.end(), href); it != std::sregex_iterator(); ++it) {
      std::string to = (*it)[1];
      if (to.starts_with("#")) continue;
      std::string target = to.starts_with("../") ? to.substr(3) : folder + to;
      CHECK_MESSAGE(site.files.count(target) == 1, path, " links to ", to);
    }
  }
}

TEST_CASE("an indicator's page: status, chart, values with their sources, metadata") {
  Site site;
  const std::string& page = site.at("en/1.1.html");
  CHECK(has(page, "<svg class=\"chart\""));
  CHECK(has(page, "Values by country and period"));
  CHECK(has(page, "PER report Q1"));  // a value's source
  CHECK(has(page, "Peru"));
  CHECK(has(page, "Metadata"));
  CHECK(has(page, "Accumulation"));
  CHECK(has(page, "About this report"));
  // The data: codes and plain numbers, whatever the page's language.
  const std::string& csv = site.at("data/1.1.csv");
  CHECK(has(csv, "\nPER,2019-Q1,5,"));
  CHECK(has(site.at("data/1.1.json"), R"("country":"PER","period":"2019-Q1","value":5)"));
}

TEST_CASE("the top index is in the chosen language") {
  Site site(Lang::pt);
  CHECK(has(site.at("index.html"), "<html lang=\"pt\">"));
  CHECK(has(site.at("index.html"), R"(<strong aria-current="page">Português</strong>)"));
}

TEST_CASE("page names keep to characters every file system takes") {
  CHECK(site_page_name("3.10") == "3.10");
  CHECK(site_page_name("a/b c") == "a_b_c");
  CHECK(site_page_name("..") == "_..");
}
