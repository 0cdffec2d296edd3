#include "model/value.h"

#include <doctest/doctest.h>

using namespace ritrack;
using namespace ritrack::literals;

static Framework framework() {
  Framework fw;
  Scale s;
  s.id = "own";
  s.threshold = 3;
  for (int i = 0; i <= 4; ++i) s.levels.push_back({i, {}});
  fw.scales.push_back(s);
  Dimension d;
  d.id = "sector";
  d.categories = {{"GOB", {}}, {"EMP", {}}};
  fw.dimensions.push_back(d);
  return fw;
}

static Indicator make(Measure m) {
  Indicator ind;
  ind.id = "1.1";
  ind.measure = m;
  ind.scale = "own";
  ind.unit = "USD";
  ind.breakdown = {"sector"};
  return ind;
}

TEST_CASE("values by measure") {
  Framework fw = framework();
  std::string why;
  CHECK(parse_value(make(Measure::flag), fw, "yes")->number == 1);
  CHECK(parse_value(make(Measure::flag), fw, "no")->number == 0);
  CHECK_FALSE(parse_value(make(Measure::flag), fw, "true"));
  CHECK(parse_value(make(Measure::amount), fw, "2500.50")->number == 2500.5_dec);
  CHECK_FALSE(parse_value(make(Measure::count), fw, "2.5", &why));
  CHECK(why == "not a whole number");
  CHECK_FALSE(parse_value(make(Measure::level), fw, "5", &why));
  CHECK(why == "outside the scale");
  CHECK(parse_value(make(Measure::text), fw, "evidence")->text == "evidence");
  CHECK_FALSE(parse_value(make(Measure::text), fw, "  "));
  CHECK(allowed_values(make(Measure::level), fw) == "level: 0 to 4 on the scale '' (0 , 1 , 2 , 3 , 4 )");
  CHECK(allowed_values(make(Measure::amount), fw) == "amount: a number of USD, 0 or more");
}

TEST_CASE("breakdown parts are checked and must add up") {
  Framework fw = framework();
  Indicator ind = make(Measure::count);
  CHECK(check_breakdown_dimension(ind, "resource")->message ==
        "indicator 1.1 is not broken down by 'resource' (it is by: sector)");
  CHECK(check_breakdown_part(ind, fw, {"sector", "NGO", 1})->message ==
        "'NGO' is not a category of 'sector' (one of: GOB, EMP)");
  CHECK(check_breakdown_part(ind, fw, {"sector", "GOB", 1.5_dec})->message ==
        "a breakdown part of a count is a whole number");
  CHECK_FALSE(check_breakdown_sum(ind, {{"sector", "GOB", 2}, {"sector", "EMP", 1}}, 3));
  CHECK(check_breakdown_sum(ind, {{"sector", "GOB", 2}}, 3)->message ==
        "the 'sector' parts of indicator 1.1 add up to 2, not to the total 3");
}

TEST_CASE("entry values as a person reads them") {
  Entry e;
  e.number = 1;
  CHECK(value_text(e, make(Measure::flag)) == "yes");
  e.number = 2500.5_dec;
  CHECK(value_text(e, make(Measure::amount)) == "2500.5 USD");
  e.text = "evidence";
  CHECK(value_text(e, make(Measure::text)) == "evidence");
  e.retraction = true;
  CHECK(value_text(e, make(Measure::count)).empty());
}

TEST_CASE("an indicator counts only the categories its wording admits") {
  Framework fw = framework();
  Indicator ind = make(Measure::count);
  CHECK_FALSE(check_breakdown_part(ind, fw, {"sector", "GOB", 1}));
  ind.admitted = {{"sector", {"EMP"}}};
  CHECK(ind.admits("sector", "EMP"));
  CHECK_FALSE(ind.admits("sector", "GOB"));
  CHECK(ind.admits("resource", "human"));  // a dimension not listed admits all
  CHECK(ind.admitted_codes(fw.dimensions[0]) == std::vector<std::string>{"EMP"});
  auto problem = check_breakdown_part(ind, fw, {"sector", "GOB", 1});
  REQUIRE(problem);
  CHECK(problem->code == DiagnosticCode::category_not_admitted);
  CHECK(problem->message == "indicator 1.1 does not count 'GOB' in 'sector' (it counts EMP)");
  CHECK_FALSE(check_breakdown_part(ind, fw, {"sector", "EMP", 1}));
}

TEST_CASE("an item as a person reads it: id, title, types, end") {
  Entry e;
  e.item = "ALLIANCE-1";
  e.text = "Alliance with the coffee growers";
  e.breakdown = {{"partnership", "public_private", 1}, {"level", "national", 1}};
  CHECK(item_types(e) == "public_private, national");
  CHECK(item_text(e) == "ALLIANCE-1: Alliance with the coffee growers (public_private, national)");
  e.ends = Period{2021, 0};
  CHECK(item_text(e).ends_with(" until 2021"));
}
