#include "store/journal_reader.h"

#include <doctest/doctest.h>

using namespace ritrack;

namespace {

struct Fixture {
  Framework fw;
  CountryList countries;
  Fixture() {
    Indicator flag;
    flag.id = "1.1";
    flag.result = 1;
    flag.measure = Measure::flag;
    flag.cadence = Cadence::annual;
    Indicator regional = flag;
    regional.id = "1.2";
    regional.measure = Measure::count;
    regional.scope = Scope::regional;
    regional.cadence = Cadence::quarterly;
    fw.indicators = {flag, regional};
    fw.results.push_back(Result{1, {}, {"1.1", "1.2"}});
    Country per;
    per.code = "PER";
    countries.countries.push_back(per);
  }

  Diagnostics read(const std::string& text, std::vector<Entry>& entries, const std::string& code = "PER") {
    Diagnostics out;
    DiagnosticSink sink(code + ".yaml", out);
    JournalContext ctx{fw, countries, Period{2026, 4}, code};
    read_journal(text, ctx, sink, [&](Entry&& e) { entries.push_back(std::move(e)); });
    return out;
  }
};

const char* kEntry =
    "  - indicator: \"1.1\"\n    period: 2019\n    value: yes\n    source: s\n"
    "    recorded: 2026-01-01T00:00:00Z\n    by: t\n";

}  // namespace

TEST_CASE("a valid journal yields its entries") {
  Fixture f;
  std::vector<Entry> entries;
  auto out = f.read(std::string("country: PER\nentries:\n") + kEntry + "# ritrack: end of journal, 1 entry\n", entries);
  CHECK(out.empty());
  REQUIRE(entries.size() == 1);
  CHECK(entries[0].number == 1);
  CHECK(*entries[0].file == "PER.yaml");
  CHECK(entries[0].pos.line == 3);
}

TEST_CASE("the end marker is required and must count the entries") {
  Fixture f;
  std::vector<Entry> entries;
  auto missing = f.read(std::string("country: PER\nentries:\n") + kEntry, entries);
  REQUIRE(missing.size() == 1);
  CHECK(missing[0].code == DiagnosticCode::journal_truncated);
  auto wrong = f.read(std::string("country: PER\nentries:\n") + kEntry + "# ritrack: end of journal, 2 entries\n", entries);
  REQUIRE(wrong.size() == 1);
  CHECK(wrong[0].code == DiagnosticCode::journal_count);
}

TEST_CASE("period rules: horizon, future, cadence") {
  Fixture f;
  Indicator& annual = f.fw.indicators[0];
  CHECK(period_problem(f.fw, &annual, {2012, 0}, {2026, 4})->code == DiagnosticCode::period_outside_horizon);
  CHECK(period_problem(f.fw, &annual, {2027, 0}, {2026, 4})->code == DiagnosticCode::future_period);
  CHECK(period_problem(f.fw, &annual, {2019, 2}, {2026, 4})->code == DiagnosticCode::wrong_cadence);
  CHECK_FALSE(period_problem(f.fw, &annual, {2026, 0}, {2026, 4}));  // the current year has started
  CHECK(is_future({2027, 1}, {2026, 4}));
  CHECK_FALSE(is_future({2026, 4}, {2026, 4}));
}

TEST_CASE("regional indicators belong in the regional journal only") {
  Fixture f;
  std::vector<Entry> entries;
  std::string text = "country: PER\nentries:\n  - indicator: \"1.2\"\n    period: 2019-Q1\n    value: 3\n"
                     "    source: s\n    recorded: 2026-01-01T00:00:00Z\n    by: t\n# ritrack: end of journal, 1 entry\n";
  auto out = f.read(text, entries);
  REQUIRE(out.size() == 1);
  CHECK(out[0].code == DiagnosticCode::wrong_scope);
  CHECK(out[0].message == "indicator 1.2 is regional: record it in RI.yaml");
}
