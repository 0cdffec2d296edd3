#include "record/typed_input.h"

#include <doctest/doctest.h>

#include "testing/makers.h"

using namespace ritrack;
using ritrack::testing::make_indicator;
using ritrack::testing::small_model;

namespace {
Model model_with_a_level() {
  Model m = small_model();
  Scale s;
  s.id = "ownership";
  for (int v = 0; v <= 2; ++v) {
    ScaleLevel l{v, {}};
    l.label[Lang::en] = v == 2 ? "Institutionalised" : "Level " + std::to_string(v);
    l.label[Lang::es] = v == 2 ? "Institucionalizada" : "Nivel " + std::to_string(v);
    s.levels.push_back(l);
  }
  m.framework.scales.push_back(s);
  Indicator level = make_indicator("1.3", Measure::level);
  level.scale = "ownership";
  m.framework.indicators.push_back(level);
  return m;
}
}  // namespace

TEST_CASE("what a person types becomes the journal's canonical form") {
  Model m = model_with_a_level();
  RecordInput in;
  in.indicator = "1.1";
  in.value = "Sí";
  CHECK(canonical_input(m, in).value == "yes");
  in.value = "NÃO";
  CHECK(canonical_input(m, in).value == "no");
  in.indicator = "1.3";
  in.value = "institucionalizada";
  CHECK(canonical_input(m, in).value == "2");
  in.value = "INSTITUTIONALISED";
  CHECK(canonical_input(m, in).value == "2");
  in.value = "establecida";  // not a level of this scale: left for the rules to refuse
  CHECK(canonical_input(m, in).value == "establecida");
  in.indicator = "1.2";
  in.value = "5";
  in.breakdown = {" Sector = gob:3 , emp : 2 "};
  CHECK(canonical_input(m, in).breakdown == std::vector<std::string>{"sector=GOB:3,EMP:2"});
  in.breakdown = {"sector=XYZ:1"};  // unknown category: kept as typed
  CHECK(canonical_input(m, in).breakdown == std::vector<std::string>{"sector=XYZ:1"});
}

TEST_CASE("one typed value alone, as the prompt checks it") {
  Model m = model_with_a_level();
  const Indicator& flag = *m.framework.find_indicator("1.1");
  const Indicator& level = *m.framework.find_indicator("1.3");
  CHECK(canonical_value(m, flag, "oui") == "yes");
  CHECK(canonical_value(m, flag, "peut-être") == "peut-être");
  CHECK(canonical_value(m, level, "Nivel 1") == "1");
  CHECK(canonical_value(m, level, "1") == "1");
}
