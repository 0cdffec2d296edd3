#include "base/diagnostic.h"

#include <doctest/doctest.h>

#include <set>

using namespace ritrack;

TEST_CASE("sink records file, position and code") {
  Diagnostics out;
  DiagnosticSink sink("a.yaml", out);
  sink.error({3, 5}, 0, DiagnosticCode::unknown_key, "unknown key 'x'", "did you mean 'y'?");
  REQUIRE(out.size() == 1);
  CHECK(out[0].file == "a.yaml");
  CHECK(out[0].pos.line == 3);
  CHECK(out[0].length == 1);  // never zero: the caret always shows
  CHECK(out[0].hint == "did you mean 'y'?");
  CHECK(has_errors(out));
}

TEST_CASE("a sink drops what was reported since a count, and counts its errors again") {
  Diagnostics out;
  DiagnosticSink sink("a.yaml", out);
  sink.error({1, 1}, 1, DiagnosticCode::unknown_key, "kept");
  size_t mark = sink.count();
  sink.warning({2, 1}, 1, Problem{DiagnosticCode::not_a_member, "dropped", ""});
  sink.error({3, 1}, 1, DiagnosticCode::unknown_key, "dropped");
  CHECK(sink.errors() == 2);
  sink.drop_from(mark);
  REQUIRE(out.size() == 1);
  CHECK(out[0].message == "kept");
  CHECK(sink.errors() == 1);
  sink.drop_from(5);  // past the end: nothing
  CHECK(out.size() == 1);
}

TEST_CASE("sort keeps files together and orders by line then column") {
  auto at = [](const char* file, int line, int column) {
    Diagnostic d;
    d.file = file;
    d.pos = {line, column};
    return d;
  };
  Diagnostics d{at("b", 1, 1), at("a", 9, 1), at("a", 2, 7), at("a", 2, 3)};
  sort_diagnostics(d);
  CHECK(d[0].pos.line == 2);
  CHECK(d[0].pos.column == 3);
  CHECK(d[1].pos.column == 7);
  CHECK(d[2].pos.line == 9);
  CHECK(d[3].file == "b");
}

TEST_CASE("the code table: names unique and stable, exit statuses from the code") {
  std::set<std::string_view> names;
  for (const DiagnosticCodeRow& row : kDiagnosticCodes) {
    CAPTURE(row.name);
    CHECK(names.insert(row.name).second);
    CHECK(row.name.find_first_not_of("abcdefghijklmnopqrstuvwxyz-") == std::string_view::npos);
    CHECK_FALSE(row.what.empty());
  }
  CHECK(code_name(DiagnosticCode::unknown_key) == "unknown-key");
  CHECK(parse_name(kDiagnosticCodes, "io") == DiagnosticCode::io);

  Diagnostics data_problem(1), unreadable(1);
  data_problem[0].code = DiagnosticCode::bad_value;
  unreadable[0].code = DiagnosticCode::io;
  CHECK(exit_status_for({}) == ExitStatus::ok);
  CHECK(exit_status_for(data_problem) == ExitStatus::data_error);
  Diagnostics both = data_problem;
  both.push_back(unreadable[0]);
  CHECK(exit_status_for(both) == ExitStatus::io);  // the worst wins
  both[1].severity = Severity::warning;
  CHECK(exit_status_for(both) == ExitStatus::data_error);  // warnings never fail a run
}
