#include "store/journal_reader.h"

#include <doctest/doctest.h>

#include "testing/makers.h"

using namespace ritrack;

namespace {

struct Fixture {
  Model model = testing::small_model();

  Diagnostics read(const std::string& text, std::vector<Entry>& entries, const std::string& code = "PER") {
    Diagnostics out;
    DiagnosticSink sink(code + ".yaml", out);
    JournalContext ctx{model, Period{2026, 4}, code};
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
  auto wrong =
      f.read(std::string("country: PER\nentries:\n") + kEntry + "# ritrack: end of journal, 2 entries\n", entries);
  REQUIRE(wrong.size() == 1);
  CHECK(wrong[0].code == DiagnosticCode::journal_count);
}

TEST_CASE("regional indicators belong in the regional journal only") {
  Fixture f;
  std::vector<Entry> entries;
  std::string text =
      "country: PER\nentries:\n  - indicator: \"1.2\"\n    period: 2019-Q1\n    value: 3\n"
      "    source: s\n    recorded: 2026-01-01T00:00:00Z\n    by: t\n# ritrack: end of journal, 1 entry\n";
  auto out = f.read(text, entries);
  REQUIRE(out.size() == 1);
  CHECK(out[0].code == DiagnosticCode::wrong_scope);
  CHECK(out[0].message == "indicator 1.2 is regional: record it in RI.yaml");
}
