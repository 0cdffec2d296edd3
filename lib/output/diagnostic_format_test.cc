#include "output/diagnostic_format.h"

#include <doctest/doctest.h>

using namespace ritrack;

namespace {
// Serves source lines from memory instead of files.
struct FakeSources : SourceLines {
  static const FileSystem& files() {
    static MemoryFileSystem fs = [] {
      MemoryFileSystem m;
      m.add("data/values/PER.yaml", "a: 1\n    value: maybe\n");
      return m;
    }();
    return fs;
  }
  FakeSources() : SourceLines(files()) {}
};

Diagnostic bad_value() {
  Diagnostic d;
  d.file = "data/values/PER.yaml";
  d.pos = {2, 12};
  d.length = 5;
  d.code = DiagnosticCode::bad_value;
  d.message = "value \"maybe\" is not valid for indicator 1.6 (flag: yes or no)";
  return d;
}
}  // namespace

TEST_CASE("text: FILE:LINE:COL, excerpt and caret") {
  FakeSources sources;
  CHECK(format_diagnostic_text(bad_value(), sources) ==
        "data/values/PER.yaml:2:12: error: value \"maybe\" is not valid for indicator 1.6 (flag: yes or no)\n"
        "    2 |     value: maybe\n"
        "      |            ^~~~~\n");
  Diagnostic d = bad_value();
  d.hint = "did you mean 'yes'?";
  d.pos.column = 0;  // a whole line, e.g. a CSV row
  CHECK(format_diagnostic_text(d, sources) ==
        "data/values/PER.yaml:2: error: value \"maybe\" is not valid for indicator 1.6 (flag: yes or no)\n"
        "    2 |     value: maybe\n"
        "      = hint: did you mean 'yes'?\n");
}

TEST_CASE("json and github formats") {
  CHECK(
      format_check_json({bad_value()}, 3, 10) ==
      R"j({"schema":"ritrack.check/1","errors":[{"file":"data/values/PER.yaml","line":2,"column":12,"code":"bad-value",)j"
      R"j("message":"value \"maybe\" is not valid for indicator 1.6 (flag: yes or no)"}],"warnings":[],)j"
      R"j("summary":{"errors":1,"warnings":0,"files":3,"entries":10}})j"
      "\n");
  CHECK(format_diagnostic_github(bad_value()) ==
        "::error file=data/values/PER.yaml,line=2,col=12,title=ritrack bad-value::value \"maybe\" is not valid "
        "for indicator 1.6 (flag: yes or no)\n");
}
