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
