// The bundled framework: the whole of Table 1, typed.
#include "store/framework_reader.h"

#include <doctest/doctest.h>

#include "base/file_system.h"
#include "testing/fixtures.h"

using namespace ritrack;

TEST_CASE("data/framework.yaml holds the 5 results and 50 indicators of Table 1") {
  Diagnostics out;
  auto text = read_file(testing::source_path("data/framework.yaml"), out);
  REQUIRE(text);
  DiagnosticSink sink("framework.yaml", out);
  Framework fw = read_framework(*text, sink);
  CHECK(out.empty());
  REQUIRE(fw.results.size() == 5);
  const size_t per_result[] = {10, 5, 14, 7, 14};
  for (size_t r = 0; r < 5; ++r) {
    CAPTURE(r);
    CHECK(fw.results[r].indicators.size() == per_result[r]);
    CHECK(fw.results[r].indicators.back() == std::to_string(r + 1) + "." + std::to_string(per_result[r]));
  }
  CHECK(fw.indicators.size() == 50);
  for (const Indicator& ind : fw.indicators) {
    CAPTURE(ind.id);
    for (Lang l : kLangs) CHECK_FALSE(ind.title[l].empty());
  }
  // Typing follows the wording.
  CHECK(fw.find_indicator("3.10")->measure == Measure::flag);   // "Nombre de pays disposant…"
  CHECK(fw.find_indicator("1.2")->measure == Measure::amount);  // "Niveau et type de ressources…"
  CHECK(fw.find_indicator("1.2")->breakdown == std::vector<std::string>{"resource"});
  CHECK(fw.find_indicator("1.8")->measure == Measure::level);  // "Le degré d'appropriation…"
  CHECK(fw.find_indicator("5.3")->scope == Scope::regional);
  CHECK(fw.find_indicator("5.8")->scope == Scope::regional);
  CHECK(fw.find_indicator("4.4")->accumulate == Accumulate::flow);
  CHECK(fw.find_indicator("5.1")->baseline->value == 28);
  // 5.5: "7 employeurs et 7 travailleurs", a target per sector, not a total of 14.
  const Indicator& focal = *fw.find_indicator("5.5");
  CHECK(focal.targets.empty());
  REQUIRE(focal.category_targets.size() == 2);
  CHECK(focal.category_targets[0].category == "EMP");
  CHECK(focal.category_targets[0].baseline->value == 5);
  CHECK(focal.category_targets[1].targets.at(0).value == 7);
  CHECK_FALSE(focal.category_targets[1].targets.at(0).inferred.empty());  // the seed gives no date
  CHECK(fw.find_indicator("5.1")->baseline->inferred.empty());
  CHECK(fw.find_indicator("5.1")->counts_members);
  CHECK(fw.find_indicator("1.1")->targets.empty());  // no source, no target
  // Categories where the wording puts them.
  CHECK_FALSE(fw.find_indicator("5.5")->admits("sector", "GOB"));  // "points focaux … travailleurs et employeurs"
  CHECK(fw.find_indicator("5.5")->admits("sector", "EMP"));
  CHECK_FALSE(
      fw.find_indicator("3.3")->admits("provider", "GOV"));  // "apportées par le secteur privé et … la coopération"
  CHECK_FALSE(fw.find_indicator("3.4")->admits("provider", "GOV"));
  CHECK_FALSE(fw.find_indicator("4.1")->admits("provider", "PRIVATE"));
  CHECK(fw.find_indicator("2.1")->admits("provider", "PRIVATE"));
  CHECK(fw.find_indicator("3.10")->title[Lang::fr] ==
        "Nombre de pays disposant d'une liste adéquate et spécifique de travaux dangereux.");
}

TEST_CASE("framework problems are reported with positions") {
  Diagnostics out;
  DiagnosticSink sink("f.yaml", out);
  read_framework(
      "name: {fr: a, es: a, en: a, pt: a}\nhorizon: {from: 2014, to: 2030}\nresults:\n"
      "  - id: 1\n    title: {fr: a, es: a, en: a, pt: a}\n    indicators:\n"
      "      - {id: \"2.1\", title: {fr: a, es: a, en: a, pt: a}, short: {fr: a, es: a, en: a, pt: a},"
      " measure: flag, scope: country, accumulate: stock, direction: up, cadence: annual}\n",
      sink);
  REQUIRE(out.size() == 1);
  CHECK(out[0].code == DiagnosticCode::bad_id);
  CHECK(out[0].pos.line == 7);
}

TEST_CASE("a framework declares itself illustrative, and nothing else counts as a declaration") {
  Diagnostics io;
  std::string real = *read_data_file(disk(), testing::source_path("data"), "framework.yaml", io);
  std::string examples = *read_data_file(disk(), testing::source_path("examples"), "framework.yaml", io);
  Diagnostics out;
  DiagnosticSink sink("framework.yaml", out);
  CHECK_FALSE(read_framework(real, sink).illustrative);
  CHECK(read_framework(examples, sink).illustrative);
  CHECK(out.empty());
  std::string wrong = "illustrative: maybe\n" + real;
  read_framework(wrong, sink);
  REQUIRE(out.size() == 1);
  CHECK(out[0].pos.line == 1);
  CHECK(out[0].code == DiagnosticCode::bad_choice);
}
