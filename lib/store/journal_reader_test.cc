#include "store/journal_reader.h"

#include <doctest/doctest.h>

#include <fmt/format.h>

#include "store/journal_format.h"
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

namespace {

// A whole read of `text`, then a read of only what `appended` adds to it:
// both must report the same problems and entries.
struct TailCase {
  Model model = testing::small_model();
  JournalContext ctx{model, Period{2026, 4}, "PER"};

  struct Read {
    std::vector<Entry> entries;
    Diagnostics out;
    JournalEnd end;
  };
  Read whole(const std::string& text) {
    Read r;
    DiagnosticSink sink("PER.yaml", r.out);
    read_journal(
        text, ctx, sink, [&](Entry&& e) { r.entries.push_back(std::move(e)); }, &r.end);
    return r;
  }
  std::optional<Read> tail(const std::string& text, const JournalEnd& before) {
    Read r;
    DiagnosticSink sink("PER.yaml", r.out);
    auto end = read_journal_tail(text, before, ctx, sink, [&](Entry&& e) { r.entries.push_back(std::move(e)); });
    if (!end) return std::nullopt;
    r.end = *end;
    return r;
  }
};

std::string entry_for(int year, const char* value = "yes") {
  return fmt::format(
      "  - indicator: \"1.1\"\n    period: {}\n    value: {}\n    source: s\n    recorded: 2026-01-01T00:00:00Z\n"
      "    by: t\n",
      year, value);
}

std::string summary(const Diagnostics& out) {
  std::string s;
  for (const Diagnostic& d : out)
    s += fmt::format("{}:{} {} {}\n", d.pos.line, d.pos.column, code_name(d.code), d.message);
  return s;
}

}  // namespace

TEST_CASE("reading only what was appended finds what reading the whole journal finds") {
  TailCase t;
  std::string old = "# PER\ncountry: PER\nentries:\n" + entry_for(2019) + "# ritrack: end of journal, 1 entry\n";
  auto before = t.whole(old);
  REQUIRE(before.end.appendable);
  CHECK(before.end.items == 1);
  CHECK(before.end.marker_line == 10);
  // Appended as record writes, with a bad entry among them and then a marker that miscounts.
  for (const std::string& added : {entry_for(2020), entry_for(2020, "maybe") + entry_for(2021)}) {
    for (size_t claimed : {size_t{0}, size_t{1}}) {
      size_t items = 1;
      for (size_t at = 0; (at = added.find("  - indicator", at)) != std::string::npos; ++at) ++items;
      std::string text = append_entries(old, added, items + claimed);
      auto full = t.whole(text);
      auto part = t.tail(text, before.end);
      REQUIRE(part);
      CAPTURE(text);
      CHECK(summary(part->out) == summary(full.out));
      REQUIRE(part->entries.size() + 1 == full.entries.size());
      CHECK(part->entries.back().pos.line == full.entries.back().pos.line);
      CHECK(part->end.appendable == (claimed == 0));
      CHECK(full.end.appendable == (claimed == 0));
      if (claimed == 0) {
        CHECK(part->end.items == full.end.items);
        CHECK(part->end.marker_offset == full.end.marker_offset);
        CHECK(part->end.marker_line == full.end.marker_line);
      }
    }
  }
}

TEST_CASE("what cannot be read alone is read whole") {
  TailCase t;
  std::string old = "country: PER\nentries:\n" + entry_for(2019) + "# ritrack: end of journal, 1 entry\n";
  auto before = t.whole(old);
  REQUIRE(before.end.appendable);
  // A key of its own after the entries, a syntax error.
  CHECK_FALSE(t.tail(append_entries(old, "country: BRA\n", 1), before.end));
  CHECK_FALSE(t.tail(append_entries(old, "  - indicator: [\n", 2), before.end));
  // Journals not laid out as ritrack writes them cannot take a tail read.
  for (const std::string& other :
       {std::string("country: PER\nentries:\n- indicator: \"1.1\"\n  period: 2019\n  value: yes\n  source: s\n"
                    "  recorded: 2026-01-01T00:00:00Z\n  by: t\n# ritrack: end of journal, 1 entry\n"),
        "entries:\n" + entry_for(2019) + "country: PER\n# ritrack: end of journal, 1 entry\n",
        std::string("country: PER\nentries: []\n# ritrack: end of journal, 0 entries\n"),
        "country: BRA\nentries:\n" + entry_for(2019) + "# ritrack: end of journal, 1 entry\n"}) {
    CAPTURE(other);
    CHECK_FALSE(t.whole(other).end.appendable);
  }
  // An empty journal can: its first entries start the list.
  auto empty = t.whole("country: PER\nentries:\n# ritrack: end of journal, 0 entries\n");
  REQUIRE(empty.end.appendable);
  std::string grown =
      append_entries("country: PER\nentries:\n# ritrack: end of journal, 0 entries\n", entry_for(2019), 1);
  auto part = t.tail(grown, empty.end);
  REQUIRE(part);
  CHECK(part->out.empty());
  CHECK(part->entries.size() == 1);
}

TEST_CASE("a journal with a problem of its own is never read by its tail (found by the fuzzer)") {
  TailCase t;
  // Its problems are reported after its entries': a tail read would put the new entries' after them.
  CHECK_FALSE(
      t.whole("aountry: PER\nentries:\n" + entry_for(2019) + "# ritrack: end of journal, 1 entry\n").end.appendable);
  CHECK(t.whole("country: PER\nentries:\n" + entry_for(2019) + "# ritrack: end of journal, 1 entry\n").end.appendable);
}
