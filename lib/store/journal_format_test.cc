#include "store/journal_format.h"

#include <doctest/doctest.h>

using namespace ritrack;

TEST_CASE("the end marker states the count and is found on the last line") {
  CHECK(end_marker(1) == "# ritrack: end of journal, 1 entry");
  std::string text = "country: PER\nentries:\n# ritrack: end of journal, 12 entries\n\n";
  auto m = find_end_marker(text);
  REQUIRE(m);
  CHECK(m->entries == 12);
  CHECK(m->line_in(text) == 3);
  CHECK(m->offset == 22);
  CHECK_FALSE(find_end_marker("country: PER\n# ritrack: end of journal, 2 entries\nentries: []\n"));
  CHECK_FALSE(find_end_marker("# ritrack: end of journal, x entries\n"));
  CHECK_FALSE(find_end_marker(""));
}

TEST_CASE("room is made for the entries the marker counts, no more than the bytes could hold") {
  std::string text = "country: PER\nentries:\n" + std::string(640, '#') + "\n# ritrack: end of journal, 3 entries\n";
  CHECK(entries_to_expect(text) == 3);
  CHECK(entries_to_expect("country: PER\nentries:\n# ritrack: end of journal, 99999999 entries\n") == 1);
  CHECK(entries_to_expect("country: PER\nentries:\n") == 0);
}

TEST_CASE("appending keeps every byte before the marker") {
  std::string old =
      "# my comment\ncountry: PER   # trailing\nentries:\n  - indicator: \"1.1\"\n"
      "# ritrack: end of journal, 1 entry\n";
  Entry e;
  e.indicator = "1.3";
  e.period = Period{2019, 0};
  e.number = 1;
  e.text = "";
  e.source = "list \"2019\"";
  e.recorded = "2026-11-22T10:00:00Z";
  e.by = "ana";
  std::string next = append_entry(old, e, Measure::flag, 2);
  std::string kept = old.substr(0, find_end_marker(old)->offset);
  CHECK(next.substr(0, kept.size()) == kept);
  CHECK(next.ends_with("# ritrack: end of journal, 2 entries\n"));
  CHECK(next.find("    value: yes\n    source: \"list \\\"2019\\\"\"\n") != std::string::npos);
}

TEST_CASE("a file without a final newline gets one before the entry") {
  Entry e;
  e.indicator = "1.1";
  e.period = Period{2019, 1};
  e.number = 2;
  e.source = "s";
  e.recorded = "2026-11-22T10:00:00Z";
  e.by = "b";
  std::string next = append_entry("country: PER\nentries:", e, Measure::count, 1);
  CHECK(next.starts_with("country: PER\nentries:\n  - indicator: \"1.1\"\n"));
}

TEST_CASE("entries are written in the journal's own format") {
  Entry e;
  e.indicator = "1.1";
  e.period = Period{2019, 2};
  e.number = 5;
  e.breakdown = {{"sector", "GOB", 3}, {"sector", "EMP", 2}};
  e.source = "report";
  e.note = "tab\there";
  e.recorded = "2026-11-22T10:00:00Z";
  e.by = "GOB focal point";
  CHECK(format_entry(e, Measure::count) ==
        "  - indicator: \"1.1\"\n    period: 2019-Q2\n    value: 5\n    breakdown:\n"
        "      sector: {GOB: 3, EMP: 2}\n    source: \"report\"\n    note: \"tab\\there\"\n"
        "    recorded: 2026-11-22T10:00:00Z\n    by: \"GOB focal point\"\n");
  Entry r = e;
  r.retraction = true;
  r.text = "wrong quarter";
  r.note.clear();
  CHECK(format_entry(r, Measure::count) ==
        "  - indicator: \"1.1\"\n    period: 2019-Q2\n    retract: \"wrong quarter\"\n"
        "    recorded: 2026-11-22T10:00:00Z\n    by: \"GOB focal point\"\n");
}

TEST_CASE("an item is written with its identifier, types, partners and end") {
  Entry e;
  e.indicator = "2.2";
  e.period = Period{2019, 0};
  e.item = "ALLIANCE-1";
  e.text = "Alliance with the coffee growers";
  e.breakdown = {{"partnership", "public_private", 1}, {"level", "national", 1}};
  e.partners = "the federation";
  e.ends = Period{2021, 0};
  e.source = "report";
  e.recorded = "2026-11-22T10:00:00Z";
  e.by = "ana";
  CHECK(format_entry(e, Measure::items) ==
        "  - indicator: \"2.2\"\n    period: 2019\n    item: \"ALLIANCE-1\"\n"
        "    value: \"Alliance with the coffee growers\"\n"
        "    types: {partnership: \"public_private\", level: \"national\"}\n"
        "    partners: \"the federation\"\n    ends: 2021\n    source: \"report\"\n"
        "    recorded: 2026-11-22T10:00:00Z\n    by: \"ana\"\n");
}

TEST_CASE("numbers are written with every decimal they have, never rounded") {
  Entry e;
  e.indicator = "5.1";
  e.period = Period{2019, 0};
  e.number = *Decimal::parse("0.000000123");
  e.breakdown = {{"sector", "GOB", *Decimal::parse("1234567.000000001")}};
  e.source = "s";
  e.recorded = "2026-11-22T10:00:00Z";
  e.by = "b";
  std::string text = format_entry(e, Measure::amount);
  CHECK(text.find("    value: 0.000000123\n") != std::string::npos);
  CHECK(text.find("GOB: 1234567.000000001") != std::string::npos);
}

TEST_CASE("many entries are appended in one pass, the marker counting them all") {
  std::string formatted;
  Entry e;
  e.indicator = "1.1";
  e.period = Period{2019, 1};
  e.number = 1;
  e.source = "s";
  e.recorded = "2026-11-22T10:00:00Z";
  e.by = "b";
  for (int i = 0; i < 3; ++i) formatted += format_entry(e, Measure::count);
  std::string next = append_entries("country: PER\nentries:\n# ritrack: end of journal, 0 entries\n", formatted, 3);
  CHECK(next == "country: PER\nentries:\n" + formatted + "# ritrack: end of journal, 3 entries\n");
}
