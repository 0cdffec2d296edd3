// The bundled framework: the whole of Table 1, typed.
#include "store/framework_reader.h"

#include <doctest/doctest.h>

#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "base/file_system.h"
#include "store/journal_cache.h"
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

TEST_CASE("the framework's parsed tree is kept in the cache, taken by the next read, and a damaged one is a miss") {
  Diagnostics out;
  auto text = read_file(testing::source_path("data/framework.yaml"), out);
  REQUIRE(text);
  std::string root = (std::filesystem::temp_directory_path() / "ritrack-tree-test-XXXXXX").string();
  REQUIRE(::mkdtemp(root.data()));
  JournalCache cache = *JournalCache::open(root, "/nowhere/data", hash_bytes(*text));
  std::string file = std::filesystem::path(cache.file_for("x")).replace_filename("framework.tree").string();
  auto titles = [](const Framework& fw) {
    std::string s;
    for (const Indicator& ind : fw.indicators) s += ind.id + " " + ind.title[Lang::es] + "\n";
    return s;
  };
  DiagnosticSink sink("framework.yaml", out);
  std::string plain = titles(read_framework(*text, sink));
  REQUIRE(plain.size() > 1000);

  CHECK(titles(read_framework(*text, sink, &cache)) == plain);  // parsed, and kept
  REQUIRE(std::filesystem::exists(file));
  CHECK(titles(read_framework(*text, sink, &cache)) == plain);  // taken from the cache
  CHECK(out.empty());
  // What the cache holds is what the next read takes (so it is read, not parsed):
  Diagnostics other_out;
  DiagnosticSink other_sink("other.yaml", other_out);
  std::string other_text = "results: []\nindicators: []\n";
  std::string other = titles(read_framework(other_text, other_sink));
  std::optional<YamlNode> other_tree = JournalCache::open(root, "/nowhere/data", 1)->read_tree("framework");
  CHECK_FALSE(other_tree);  // under another key: a miss
  Diagnostics parse_out;
  DiagnosticSink parse_sink("other.yaml", parse_out);
  cache.write_tree("framework", read_yaml(other_text, parse_sink, nullptr, YamlParser::libyaml));
  CHECK(titles(read_framework(*text, other_sink, &cache)) == other);

  // Truncated or flipped: a miss, the text parsed again and the tree kept anew.
  cache.write_tree("framework", read_yaml(*text, parse_sink, nullptr, YamlParser::libyaml));
  std::string bytes;
  {
    std::ifstream in(file, std::ios::binary);
    bytes.assign(std::istreambuf_iterator<char>(in), {});
  }
  for (size_t cut : {size_t{0}, size_t{8}, bytes.size() / 2, bytes.size() - 1}) {
    std::ofstream(file, std::ios::binary | std::ios::trunc) << bytes.substr(0, cut);
    CHECK(titles(read_framework(*text, sink, &cache)) == plain);
  }
  std::string flipped = bytes;
  flipped[bytes.size() / 2] = static_cast<char>(flipped[bytes.size() / 2] ^ 1);
  std::ofstream(file, std::ios::binary | std::ios::trunc) << flipped;
  CHECK(titles(read_framework(*text, sink, &cache)) == plain);
  CHECK(out.empty());

  // A tree parsed with a problem (a key given twice) is not kept: the
  // problem is said at every read.
  std::filesystem::remove(file);
  std::string broken = *text + "horizon: 2030\n";
  JournalCache broken_cache = *JournalCache::open(root, "/nowhere/data", hash_bytes(broken));
  Diagnostics first, second;
  DiagnosticSink first_sink("framework.yaml", first), second_sink("framework.yaml", second);
  read_framework(broken, first_sink, &broken_cache);
  read_framework(broken, second_sink, &broken_cache);
  REQUIRE_FALSE(first.empty());
  CHECK(first.front().message.find("horizon") != std::string::npos);
  CHECK(first.size() == second.size());
  CHECK_FALSE(std::filesystem::exists(file));
  std::filesystem::remove_all(root);
}
