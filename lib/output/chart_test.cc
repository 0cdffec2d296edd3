#include "output/chart.h"

#include <doctest/doctest.h>

#include "testing/fixtures.h"

using namespace ritrack;

namespace {

size_t count(const std::string& text, const std::string& what) {
  size_t n = 0;
  for (size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
  return n;
}

}  // namespace

TEST_CASE("the status chart: a bar per result, a segment per status with its count, a legend of those used") {
  Dataset data = testing::load_fixture("tests/fixtures/progress");
  Ledger ledger(data.framework, data.entries);
  ProgressOptions o;
  o.as_of = {2019, 4};
  ProgressReport report = build_progress(data, ledger, o);
  std::string svg = status_chart_svg(report, Lang::en);
  CHECK(svg.starts_with("<svg class=\"chart\""));
  CHECK(svg.ends_with("</svg>"));
  CHECK(count(svg, ">Result ") == report.results.size());
  CHECK(svg.find("<title>on track: ") != std::string::npos);          // every colour has its word
  CHECK(svg.find("fill=\"#009e73\"") != std::string::npos);           // on track, bluish green
  CHECK(svg.find("http") == svg.find("http://www.w3.org/2000/svg"));  // no address but the namespace
  CHECK(status_chart_svg(report, Lang::es).find("Resultado") != std::string::npos);
}

TEST_CASE("an indicator's chart: recorded values, baseline, targets, the expected path and as-of") {
  Dataset data = testing::load_fixture("tests/fixtures/progress");
  Ledger ledger(data.framework, data.entries);
  const Indicator& ind = *data.framework.find_indicator("1.1");
  std::vector<SeriesPoint> series = regional_series(data, ledger, ind, Period{2019, 4});
  REQUIRE_FALSE(series.empty());
  CHECK(series.front().period == ind.baseline->period);  // from the baseline on
  CHECK(series.back().period == Period{2019, 4});
  std::string svg = indicator_chart_svg(ind, series, Period{2019, 4}, Lang::en);
  CHECK(svg.find("<title>Baseline 2018-Q4: 0</title>") != std::string::npos);
  CHECK(svg.find("<title>Target 2020-Q4: 40</title>") != std::string::npos);
  CHECK(svg.find("<title>expected path</title>") != std::string::npos);
  CHECK(svg.find(">as of 2019-Q4<") != std::string::npos);
  CHECK(svg.find("<title>2019-Q4: 22</title>") != std::string::npos);  // the regional value, as the table shows it
  const Indicator& text = *data.framework.find_indicator("1.5");       // words: nothing to draw
  CHECK(indicator_chart_svg(text, regional_series(data, ledger, text, Period{2019, 4}), Period{2019, 4}, Lang::en)
            .empty());
}
