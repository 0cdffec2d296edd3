#include "record/recorder.h"

#include <doctest/doctest.h>
#include <filesystem>

#include "store/journal_format.h"
#include "testing/fixtures.h"

using namespace ritrack;
using namespace ritrack::literals;
namespace fs = std::filesystem;

namespace {

Dataset load_copy(const fs::path& dir) {
  fs::remove_all(dir);
  fs::copy(testing::source_path("tests/fixtures/progress"), dir, fs::copy_options::recursive);
  return testing::load_fixture(dir.string());
}

RecordInput input(std::string country, std::string indicator, std::string period, std::string value) {
  RecordInput in;
  in.country = std::move(country);
  in.indicator = std::move(indicator);
  in.period = std::move(period);
  in.value = std::move(value);
  in.source = "test";
  in.by = "tester";
  in.recorded = "2026-11-22T10:00:00Z";
  return in;
}

}  // namespace

TEST_CASE("input is checked by the journal's own rules") {
  fs::path dir = fs::temp_directory_path() / "ritrack_recorder_check";
  Dataset data = load_copy(dir);
  Diagnostics out;
  auto ok = make_entry(data, {2026, 4}, input("PER", "1.3", "2020", "yes"), out);
  REQUIRE(ok);
  CHECK(ok->number == 1);
  CHECK(make_entry(data, {2026, 4}, input("PER", "1.3", "2020", "maybe"), out) == std::nullopt);
  REQUIRE(out.size() == 1);
  CHECK(out[0].message == "value \"maybe\" is not valid for indicator 1.3 (flag: yes or no)");
  CHECK(out[0].file.empty());  // about the input, not a file
  out.clear();
  CHECK_FALSE(make_entry(data, {2026, 4}, input("../PER", "1.3", "2020", "yes"), out));
  CHECK(out.at(0).code == DiagnosticCode::unknown_country);
  fs::remove_all(dir);
}

TEST_CASE("an entry for an unlisted country is refused as data, and nothing is written") {
  fs::path dir = fs::temp_directory_path() / "ritrack-recorder-refuse";
  Dataset data = load_copy(dir);
  Entry e;
  e.country = "../PER";
  e.indicator = "1.3";
  Diagnostics out;
  CHECK_FALSE(append_entries(data, {e}, AppendOptions{"test", std::chrono::milliseconds(100), {2026, 4}}, out));
  REQUIRE(out.size() == 1);
  CHECK(out[0].code == DiagnosticCode::unknown_country);
  CHECK(exit_status_for(out) == ExitStatus::data_error);
  CHECK_FALSE(fs::exists(dir / "values/../PER.yaml"));
  fs::remove_all(dir);
}

TEST_CASE("breakdown arguments") {
  std::string why;
  auto parts = parse_breakdown_arg("sector=GOB:3,EMP:1.5", &why);
  REQUIRE(parts);
  CHECK(parts->size() == 2);
  CHECK((*parts)[1].category == "EMP");
  CHECK((*parts)[1].value == 1.5_dec);
  CHECK_FALSE(parse_breakdown_arg("GOB:3", &why));
  CHECK_FALSE(parse_breakdown_arg("sector=GOB:x", &why));
  CHECK(why == "'x' is not a number (not a plain decimal number)");
  CHECK_FALSE(parse_breakdown_arg("sector=GOB:4,GOB:2", &why));
  CHECK(why == "'GOB' is given twice");
}

// The journal keeps breakdowns and types as mappings keyed by dimension and
// category; input that repeats a key would be written as a journal that does
// not read back (found by fuzz_import).
TEST_CASE("a dimension or a category given twice is refused") {
  fs::path dir = fs::temp_directory_path() / "ritrack_recorder_twice";
  Dataset data = load_copy(dir);
  Diagnostics out;
  RecordInput in = input("PER", "1.1", "2020-Q1", "6");
  in.breakdown = {"sector=GOB:4,GOB:2"};
  CHECK_FALSE(make_entry(data, {2026, 4}, in, out));
  REQUIRE(out.size() == 1);
  CHECK(out[0].message == "breakdown 'sector=GOB:4,GOB:2': 'GOB' is given twice");
  out.clear();
  in.breakdown = {"sector=GOB:4", "sector=EMP:2"};
  CHECK_FALSE(make_entry(data, {2026, 4}, in, out));
  REQUIRE(out.size() == 1);
  CHECK(out[0].message == "breakdown 'sector=EMP:2': 'sector' is broken down twice");
  CHECK(out[0].code == DiagnosticCode::bad_breakdown);
  out.clear();
  in.breakdown = {"sector=GOB:4,EMP:2"};
  CHECK(make_entry(data, {2026, 4}, in, out));
  in.types = {"sector=GOB", "sector=EMP"};
  CHECK_FALSE(make_entry(data, {2026, 4}, in, out));
  REQUIRE(out.size() == 1);
  CHECK(out[0].message == "type 'sector=EMP': 'sector' has a type already");
  fs::remove_all(dir);
}

TEST_CASE("appending to several journals keeps their bytes and updates their markers") {
  fs::path dir = fs::temp_directory_path() / "ritrack_recorder_append";
  Dataset data = load_copy(dir);
  Diagnostics out;
  std::vector<Entry> entries{*make_entry(data, {2026, 4}, input("PER", "1.3", "2020", "yes"), out),
                             *make_entry(data, {2026, 4}, input("RI", "2.1", "2020-Q1", "32"), out)};
  Diagnostics read_errors;
  std::string before = *read_file((dir / "values/PER.yaml").string(), read_errors);
  REQUIRE(append_entries(data, entries, AppendOptions{"test", std::chrono::seconds(1), {2026, 4}}, out));
  CHECK(out.empty());
  std::string after = *read_file((dir / "values/PER.yaml").string(), read_errors);
  size_t kept = find_end_marker(before)->offset;
  CHECK(after.substr(0, kept) == before.substr(0, kept));
  CHECK(after.ends_with("# ritrack: end of journal, 9 entries\n"));
  Dataset reloaded = load_dataset(dir.string(), LoadOptions{Period{2026, 4}, std::nullopt}, out);
  CHECK_FALSE(has_errors(out));  // the fixture's non-member ARG is a warning
  CHECK(reloaded.entries.size() == data.entries.size() + 2);
  fs::remove_all(dir);
}

TEST_CASE("a retraction needs a value that stands") {
  fs::path dir = fs::temp_directory_path() / "ritrack_recorder_retract";
  Dataset data = load_copy(dir);
  RecordInput in = input("BRA", "1.1", "2019-Q4", "");
  in.retract = "double counted";
  Diagnostics out;
  auto r = make_retraction(data, {2026, 4}, in, out);
  REQUIRE(r);
  CHECK(r->retraction);
  CHECK(r->text == "double counted");
  in.period = "2018-Q1";
  CHECK_FALSE(make_retraction(data, {2026, 4}, in, out));
  CHECK(out.at(0).code == DiagnosticCode::nothing_to_retract);
  out.clear();
  in = input("BRA", "1.4", "2019", "");  // retracted already in the fixture
  in.retract = "again";
  CHECK_FALSE(make_retraction(data, {2026, 4}, in, out));
  fs::remove_all(dir);
}
