#include "model/entry_rules.h"

#include <doctest/doctest.h>

#include "testing/makers.h"

using namespace ritrack;

namespace {

Field at(std::string text, int line, int column = 5) { return Field{std::move(text), {line, column}, 1, {}, false}; }

EntryFields flag_entry(std::string value) {
  EntryFields f;
  f.pos = {1, 3};
  f.indicator = at("1.1", 1);
  f.period = at("2019", 2);
  f.value = at(std::move(value), 3);
  f.source = at("s", 4);
  f.recorded = at("2026-01-01T00:00:00Z", 5);
  f.by = at("t", 6);
  return f;
}

}  // namespace

TEST_CASE("period rules: horizon, future, cadence") {
  Model m = testing::small_model();
  const Indicator& annual = m.framework.indicators[0];
  CHECK(period_problem(m.framework, &annual, {2012, 0}, {2026, 4})->code == DiagnosticCode::period_outside_horizon);
  CHECK(period_problem(m.framework, &annual, {2027, 0}, {2026, 4})->code == DiagnosticCode::future_period);
  CHECK(period_problem(m.framework, &annual, {2019, 2}, {2026, 4})->code == DiagnosticCode::wrong_cadence);
  CHECK_FALSE(period_problem(m.framework, &annual, {2026, 0}, {2026, 4}));  // the current year has started
  CHECK(is_future({2027, 1}, {2026, 4}));
  CHECK_FALSE(is_future({2026, 4}, {2026, 4}));
}

TEST_CASE("an entry that meets every rule becomes an Entry") {
  Model m = testing::small_model();
  Diagnostics out;
  DiagnosticSink sink("PER.yaml", out);
  auto e = check_entry(m, EntryPlace{"PER", {2026, 4}, std::nullopt}, flag_entry("yes"), sink);
  REQUIRE(e);
  CHECK(out.empty());
  CHECK(e->country == "PER");
  CHECK(e->number == 1);
  CHECK(e->period == Period{2019, 0});
  CHECK(e->pos.line == 1);
}

TEST_CASE("each problem is reported at its field, in the rules' own words") {
  Model m = testing::small_model();
  Diagnostics out;
  DiagnosticSink sink("PER.yaml", out);
  EntryFields f = flag_entry("maybe");
  f.period = at("2019-Q2", 2);
  f.recorded = at("yesterday", 5);
  CHECK_FALSE(check_entry(m, EntryPlace{"PER", {2026, 4}, std::nullopt}, std::move(f), sink));
  REQUIRE(out.size() == 3);
  CHECK(out[0].code == DiagnosticCode::wrong_cadence);
  CHECK(out[0].pos.line == 2);
  CHECK(out[1].code == DiagnosticCode::bad_timestamp);
  CHECK(out[1].pos.line == 5);
  CHECK(out[2].message == "value \"maybe\" is not valid for indicator 1.1 (flag: yes or no)");
}

TEST_CASE("a field that is not text is reported where the rules read it") {
  Model m = testing::small_model();
  Diagnostics out;
  DiagnosticSink sink("PER.yaml", out);
  EntryFields f = flag_entry("yes");
  f.value->not_text = "a list";
  CHECK_FALSE(check_entry(m, EntryPlace{"PER", {2026, 4}, std::nullopt}, std::move(f), sink));
  REQUIRE(out.size() == 1);
  CHECK(out[0].message == "expected a single value for 'value', got a list");
}

TEST_CASE("breakdown parts are checked, then their sum") {
  Model m = testing::small_model();
  Diagnostics out;
  DiagnosticSink sink("RI.yaml", out);
  EntryFields f = flag_entry("5");
  f.indicator = at("1.2", 1);
  f.period = at("2019-Q2", 2);
  f.has_breakdown = true;
  f.breakdown.push_back(BreakdownFields{at("sector", 7), {}, {}, 1, false, {}});
  f.breakdown[0].parts = {{at("GOB", 8), at("3", 8)}, {at("EMP", 9), at("1", 9)}};
  CHECK_FALSE(check_entry(m, EntryPlace{"RI", {2026, 4}, std::nullopt}, std::move(f), sink));
  REQUIRE(out.size() == 1);
  CHECK(out[0].code == DiagnosticCode::breakdown_sum);
  CHECK(out[0].pos.line == 7);
}

namespace {

Model register_model() {
  Model m = testing::small_model();
  m.framework.dimensions.push_back({"partnership", {}, {{"public_private", {}}, {"multisectoral", {}}}});
  Indicator ind = testing::make_indicator("1.3", Measure::items);
  ind.breakdown = {"partnership"};
  m.framework.indicators.push_back(ind);
  return m;
}

EntryFields item_entry(std::string item, std::string type) {
  EntryFields f;
  f.pos = {1, 3};
  f.indicator = at("1.3", 1);
  f.period = at("2019", 2);
  f.value = at("Alliance with the coffee growers", 3);
  f.source = at("s", 4);
  f.recorded = at("2026-01-01T00:00:00Z", 5);
  f.by = at("t", 6);
  f.item = at(std::move(item), 7);
  f.has_types = true;
  f.types_at = at("", 8);
  if (!type.empty()) f.types.emplace_back(at("partnership", 8), at(std::move(type), 8, 20));
  return f;
}

}  // namespace

TEST_CASE("an item register's entry: its item, its title as the value, one type a dimension, an end") {
  Model m = register_model();
  Diagnostics out;
  DiagnosticSink sink("PER.yaml", out);
  EntryFields f = item_entry("ALLIANCE-1", "multisectoral");
  f.ends = at("2021", 9);
  f.partners = at("the federation", 10);
  auto e = check_entry(m, EntryPlace{"PER", {2026, 4}, std::nullopt}, std::move(f), sink);
  REQUIRE(e);
  CHECK(out.empty());
  CHECK(e->item == "ALLIANCE-1");
  CHECK(e->text == "Alliance with the coffee growers");
  CHECK(e->breakdown.size() == 1);
  CHECK(e->breakdown[0].value == 1);
  CHECK(*e->ends == Period{2021, 0});
  CHECK(e->partners == "the federation");

  auto refused = [&](EntryFields&& fields) {
    Diagnostics problems;
    DiagnosticSink s("PER.yaml", problems);
    CHECK_FALSE(check_entry(m, EntryPlace{"PER", {2026, 4}, std::nullopt}, std::move(fields), s));
    REQUIRE(problems.size() == 1);
    return problems[0];
  };
  Diagnostic missing_type = refused(item_entry("ALLIANCE-1", ""));
  CHECK(missing_type.code == DiagnosticCode::missing_key);
  CHECK(missing_type.message == "item 'ALLIANCE-1' has no 'partnership' type");
  CHECK(missing_type.hint == "one of: public_private, multisectoral");
  CHECK(refused(item_entry("two words", "multisectoral")).code == DiagnosticCode::bad_id);
  CHECK(refused(item_entry("A", "bilateral")).code == DiagnosticCode::bad_breakdown);
  EntryFields early = item_entry("A", "multisectoral");
  early.ends = at("2018", 9);
  Diagnostic ends = refused(std::move(early));
  CHECK(ends.code == DiagnosticCode::item_ends_early);
  CHECK(ends.pos.line == 9);
  EntryFields no_item = item_entry("A", "multisectoral");
  no_item.item.reset();
  CHECK(refused(std::move(no_item)).message == "indicator 1.3 is an item register: an entry names its 'item'");
  EntryFields on_a_flag = flag_entry("yes");
  on_a_flag.item = at("A", 7);
  Diagnostic misplaced = refused(std::move(on_a_flag));
  CHECK(misplaced.code == DiagnosticCode::misplaced_key);
  CHECK(misplaced.message == "'item' belongs to item registers; indicator 1.1 is a flag");
}

TEST_CASE("a breakdown's parts group by dimension, in order") {
  std::vector<BreakdownPart> parts{{"sector", "GOB", 3}, {"sector", "EMP", 1}, {"level", "national", 4}};
  auto groups = by_dimension(parts);
  REQUIRE(groups.size() == 2);
  CHECK(groups[0].size() == 2);
  CHECK(groups[1].front().category == "national");
  CHECK(by_dimension({}).empty());
}
