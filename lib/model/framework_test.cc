#include "model/framework.h"

#include <doctest/doctest.h>

#include "testing/makers.h"

using namespace ritrack;

TEST_CASE("measure kinds: names and traits from one table") {
  CHECK(measure_name(Measure::amount) == "amount");
  CHECK(parse_name(kMeasures, "level") == Measure::level);
  CHECK_FALSE(parse_name(kMeasures, "ratio"));
  CHECK(kind_of(Measure::amount).unit);
  CHECK(kind_of(Measure::level).scale);
  CHECK(kind_of(Measure::count).summable);
  CHECK(kind_of(Measure::amount).breakdown);
  CHECK_FALSE(kind_of(Measure::level).breakdown);
  CHECK(kind_of(Measure::level).numeric);
  CHECK_FALSE(kind_of(Measure::flag).numeric);
  CHECK_FALSE(kind_of(Measure::flag).summable);
  CHECK_FALSE(kind_of(Measure::text).quantitative);
  for (const MeasureKind& k : kMeasures) CHECK_FALSE(k.example.empty());
  CHECK(names_of(kCadences) == std::vector<std::string>{"quarterly", "annual"});
}

TEST_CASE("lookups by id, and where to look for a mistyped one") {
  Model m = testing::small_model();
  const Framework& fw = m.framework;
  CHECK(fw.find_indicator("1.2")->scope == Scope::regional);
  CHECK_FALSE(fw.find_indicator("1.9"));
  CHECK(fw.find_dimension("sector")->find("EMP"));
  CHECK_FALSE(fw.find_dimension("sector")->find("TRAB"));
  CHECK(fw.find_result(1)->indicators.size() == 2);
  CHECK(fw.indicator_range_hint("1.9") == "result 1 has indicators 1.1 to 1.2");
  CHECK(fw.indicator_range_hint("7.1") == "'ritrack indicators' lists them all");
  CHECK(fw.indicator_ids() == std::vector<std::string>{"1.1", "1.2"});
}

TEST_CASE("the horizon holds whole periods only") {
  Framework fw;  // 2014 to 2030
  CHECK(fw.in_horizon({2014, 1}));
  CHECK(fw.in_horizon({2030, 0}));
  CHECK_FALSE(fw.in_horizon({2013, 4}));
  CHECK_FALSE(fw.in_horizon({2031, 1}));
}
