#include "store/journal_scan.h"

#include <doctest/doctest.h>

#include <fmt/format.h>

#include "store/journal_reader.h"
#include "testing/makers.h"

using namespace ritrack;

namespace {

// Everything a reading gives: each problem where it is, each entry whole.
std::string reading(std::string_view text, bool parsed, const std::string& code = "PER") {
  Model model = testing::small_model();
  Diagnostics out;
  DiagnosticSink sink(code + ".yaml", out);
  JournalContext ctx{model, Period{2026, 4}, code};
  std::string entries;
  auto keep = [&](Entry&& e) {
    entries += fmt::format("{}:{} {} {} {} retract={} {} [{}] [{}] [{}] [{}] [{}] [{}] [{}] [{}] {} {}\n", e.pos.line,
                           e.pos.column, e.country, e.indicator, e.period.str(), e.retraction, e.number.str(), e.text,
                           e.currency, e.unit, e.item, e.partners, e.source, e.note, e.by, e.recorded, *e.file);
    for (const BreakdownPart& p : e.breakdown)
      entries += fmt::format("  {}={}:{}\n", p.dimension, p.category, p.value.str());
  };
  JournalEnd end;
  if (parsed)
    detail::read_journal_parsed(text, ctx, sink, keep, &end);
  else
    read_journal(text, ctx, sink, keep, &end);
  std::string problems;
  for (const Diagnostic& d : out)
    problems += fmt::format("{}:{}+{} {} {} {} | {}\n", d.pos.line, d.pos.column, d.length,
                            static_cast<int>(d.severity), code_name(d.code), d.message, d.hint);
  return problems + entries +
         fmt::format("end {} {} {} {}\n", end.items, end.marker_offset, end.marker_line, end.appendable);
}

std::string journal(std::string_view entries, size_t count, std::string_view country = "PER") {
  return fmt::format("# a journal\ncountry: {}\nentries:\n{}# ritrack: end of journal, {} {}\n", country, entries,
                     count, count == 1 ? "entry" : "entries");
}

const std::string kEntry =
    "  - indicator: \"1.1\"\n    period: 2019\n    value: yes\n    source: \"s\"\n"
    "    recorded: 2026-01-01T00:00:00Z\n    by: \"t\"\n";

// The fast path takes `text`, and reads it as the parser does.
void taken_alike(const std::string& text, const std::string& code = "PER") {
  CAPTURE(text);
  CHECK(detail::scan_journal(text).has_value());
  CHECK(reading(text, false, code) == reading(text, true, code));
}

// The fast path leaves `text` to the parser.
void left(const std::string& text) {
  CAPTURE(text);
  CHECK_FALSE(detail::scan_journal(text).has_value());
  CHECK(reading(text, false) == reading(text, true));
}

std::string with(std::string_view line) {
  std::string entry(kEntry);
  return journal(entry.insert(entry.find("    source"), line), 1);
}

}  // namespace

TEST_CASE("a journal as ritrack writes it is read alike by the fast path and the parser") {
  taken_alike(journal("", 0));
  taken_alike(journal(kEntry, 1));
  taken_alike(journal(std::string(kEntry) + std::string(kEntry), 2));
  // A regional breakdown, in the regional journal, and in a country's (refused there).
  std::string regional =
      "  - indicator: \"1.2\"\n    period: 2019-Q1\n    value: 3\n    breakdown:\n      sector: {GOB: 1, EMP: 2}\n"
      "    source: \"Quarterly report, ref. 12\"\n    note: \"corrects \\\"x\\\"\"\n"
      "    recorded: 2026-01-01T00:00:00Z\n    by: \"TRAB focal point\"\n";
  taken_alike(journal(regional, 1, "RI"), "RI");
  taken_alike(journal(regional, 1));
  // Problems inside entries, each with its position and width.
  taken_alike(journal(std::string(kEntry) + "  - indicator: \"9.9\"\n    period: 2031-Q5\n    value: 5x\n"
                                            "    source: \"\"\n    recorded: yesterday\n    by: \"t\"\n",
                      2));
  taken_alike(
      with("    item: \"A-1\"\n    types: {sector: \"GOB\", kind: \"x\"}\n    partners: \"é, ü\"\n"
           "    ends: 2020\n    currency: USD\n    unit: persons\n"));
  taken_alike(with("    retract: 'it''s wrong'\n"));
  // The journal's own problems: another country, an empty one, a wrong count, no marker.
  taken_alike(journal(kEntry, 1, "BRA"));
  taken_alike(journal(kEntry, 1, "\"\""));
  taken_alike(journal(kEntry, 3));
  taken_alike(std::string("country: PER\nentries:\n") + kEntry);
  taken_alike(
      "country: PER\nentries:\n  - indicator: \"1.1\"\n    period: 2019\n    value: no\n"
      "    source: s\n    recorded: 2026-01-01T00:00:00Z\n    by: t");  // no last newline
}

TEST_CASE("the fast path reads quoting, escapes, spaces and comments as libyaml does") {
  taken_alike(
      with("    note: \"\\t\\\\ \\\" \\x41 \\u00e9 \\U0001F600 \\N\\_\\L\\P \\e\\a\\b\\v\\f\\r \\0 \\ end\"\n"));
  taken_alike(with("    note: \"first line\\nsecond\"\n"));  // a caret underlines the first line
  taken_alike(with("    note: plain words, with colons:inside (and) - dashes   \n"));
  taken_alike(with("    note: -5\n    unit: +5\n    currency: .5\n"));
  taken_alike(with("    note: \"é\"\n    types: {a: \"é ü\", b: \"x\", \"c d\": 'y'}\n"));  // columns count characters
  taken_alike(journal("  - indicator: \"1.2\"\n    period: 2019-Q1\n    value: 3\n    breakdown:\n"
                      "      sector: {\"é\": 1, ü: 1, GOB: 2x}\n    source: \"ü\"\n"
                      "    recorded: 2026-01-01T00:00:00Z\n    by: t\n",
                      1, "RI"),
              "RI");
  taken_alike(with("    types: {}\n"));
  taken_alike(with("    types: {  a: \"x\"  ,b: y  }  \n"));
  taken_alike(journal("\n  # a comment\n" + std::string(kEntry) + "\n# between\n   \n" + std::string(kEntry), 2));
  std::string commented(kEntry);
  commented.insert(commented.find("    value"), "      # inside an entry\n\n");
  taken_alike(journal(commented, 1));
  taken_alike(journal("  - indicator: \"1.2\"\n    period: 2019-Q1\n    value: 3\n    breakdown:   \n\n"
                      "      # the sectors\n      sector : {GOB : 1, \"EMP\" : 2}\n      other: {a: 1}\n"
                      "    source: s\n    recorded: 2026-01-01T00:00:00Z\n    by: t\n",
                      1, "RI"),
              "RI");
}

TEST_CASE("the fast path leaves to the parser whatever it does not read exactly as libyaml does") {
  // Characters: a tab, a carriage return, a byte-order mark, a control, a line separator, bad UTF-8.
  left(with("    note: \"a\tb\"\n"));
  left(journal(kEntry, 1) + "\r\n");
  left("\xEF\xBB\xBF" + journal(kEntry, 1));
  left(with("    note: \"\x01\"\n"));
  left(with("    note: \"\xE2\x80\xA8\"\n"));
  left(with("    note: \"\xC3\"\n"));
  // Keys: unknown, twice, missing, in a part or a dimension twice.
  left(with("    nope: 1\n"));
  left(with("    note: a\n    note: b\n"));
  left(
      journal("  - indicator: \"1.1\"\n    period: 2019\n    value: yes\n    source: s\n"
              "    recorded: 2026-01-01T00:00:00Z\n",
              1));
  left(with("    breakdown:\n      sector: {GOB: 1, GOB: 2}\n"));
  left(with("    breakdown:\n      sector: {GOB: 1}\n      sector: {EMP: 2}\n"));
  // Values: null, empty, anchored, an alias, tagged, multi-line, a list, nested, an unknown escape.
  for (const char* line : {"    note: null\n",
                           "    note: ~\n",
                           "    note:\n",
                           "    note: &a x\n",
                           "    note: *a\n",
                           "    note: !!str x\n",
                           "    note: \"two\n      lines\"\n",
                           "    note: plain\n      continued\n",
                           "    note: [a]\n",
                           "    breakdown: {sector: {GOB: 1}}\n",
                           "    breakdown:\n",
                           "    breakdown:\n      sector:\n        GOB: 1\n",
                           "    note: \"\\/\"\n",
                           "    note: \"\\ud800\"\n",
                           "    note: x # comment\n",
                           "    note: 'open\n",
                           "    types: {a: {b: c}}\n",
                           "    types: {a: 1,}\n",
                           "    note: a: b\n",
                           "     note: x\n"})
    left(with(line));
  // Left after entries read and reported: what they reported is said once, by the parser.
  std::string reported = kEntry;
  reported.replace(reported.find("value: yes"), 10, "value: 5x");
  std::string second = kEntry;
  second.insert(second.find("    source"), "    note: ~\n");
  left(journal(reported + reported + second, 3));
  // Layout: another key, keys in another order, a flow or unindented list, documents, directives.
  left("country: PER\nname: x\nentries:\n" + std::string(kEntry));
  left("entries:\n" + std::string(kEntry) + "country: PER\n");
  left("country: PER\nentries: []\n");
  left(
      "country: PER\nentries:\n- indicator: \"1.1\"\n  period: 2019\n  value: yes\n  source: s\n"
      "  recorded: 2026-01-01T00:00:00Z\n  by: t\n");
  left("---\n" + journal(kEntry, 1));
  left("%YAML 1.1\n---\n" + journal(kEntry, 1));
  left(journal(kEntry, 1) + "---\n");
  left("");
  left("# nothing\n");
}
