// Loading a data directory, here held in memory through the FileSystem interface.
#include "store/dataset.h"

#include <doctest/doctest.h>

#include "testing/fixtures.h"

using namespace ritrack;

namespace {

// The mini fixture, copied into memory under "mem/".
MemoryFileSystem mini_in_memory() {
  MemoryFileSystem fs;
  for (const char* file : {"framework.yaml", "countries.yaml", "values/PER.yaml"}) {
    Diagnostics out;
    auto text = read_file(testing::source_path(std::string("tests/fixtures/mini/") + file), out);
    REQUIRE(text);
    fs.add(std::string("mem/") + file, *text);
  }
  return fs;
}

}  // namespace

TEST_CASE("a data directory in memory loads like one on disk") {
  MemoryFileSystem fs = mini_in_memory();
  Diagnostics out;
  LoadOptions options{Period{2026, 4}, std::nullopt, &fs};
  Dataset data = load_dataset("mem", options, out);
  CHECK(out.empty());
  CHECK(data.files_read == 3);
  CHECK(data.framework.find_indicator("1.1"));
  CHECK_FALSE(data.entries.empty());
  CHECK(*data.entries[0].file == "mem/values/PER.yaml");
  CHECK_FALSE(data.entries.all_standing());  // every entry kept: the ledger works out which stand
  // Kept as the reports keep them: known to stand, so the ledger need not work it out again.
  options.keep = Keep::standing;
  Dataset standing = load_dataset("mem", options, out);
  CHECK_FALSE(standing.entries.empty());
  CHECK(standing.entries.all_standing());
}

TEST_CASE("journals are matched against the country list; other files are ignored") {
  MemoryFileSystem fs = mini_in_memory();
  fs.add("mem/values/XYZ.yaml", "country: XYZ\n");
  fs.add("mem/values/notes.txt", "not a journal");
  Diagnostics out;
  Dataset data = load_dataset("mem", LoadOptions{Period{2026, 4}, std::nullopt, &fs}, out);
  REQUIRE(out.size() == 1);
  CHECK(out[0].code == DiagnosticCode::unknown_country);
  CHECK(out[0].file == "mem/values/XYZ.yaml");
  CHECK(data.files_read == 3);
}

TEST_CASE("only the journals asked for; none at all for browsing") {
  MemoryFileSystem fs = mini_in_memory();
  Diagnostics out;
  Dataset none = load_dataset("mem", LoadOptions{Period{2026, 4}, std::vector<std::string>{}, &fs}, out);
  CHECK(out.empty());
  CHECK(none.entries.empty());
  CHECK(none.files_read == 2);
}

TEST_CASE("a missing directory or file is an I/O problem") {
  MemoryFileSystem fs;
  Diagnostics out;
  load_dataset("nowhere", LoadOptions{Period{2026, 4}, std::nullopt, &fs}, out);
  REQUIRE(out.size() == 1);
  CHECK(out[0].code == DiagnosticCode::io);
  CHECK(out[0].message == "data directory 'nowhere' does not exist");
  CHECK(exit_status_for(out) == ExitStatus::io);
  fs.add("half/framework.yaml", "x");
  out.clear();
  load_dataset("half", LoadOptions{Period{2026, 4}, std::nullopt, &fs}, out);
  CHECK(out.back().message == "cannot read half/countries.yaml: No such file or directory");
}

TEST_CASE("a journal, its path and its lock file are named after its code") {
  CHECK(journal_file("PER") == "values/PER.yaml");
  CHECK(journal_path("data", "PER") == "data/values/PER.yaml");
  CHECK(journal_lock_file("PER") == "values/.PER.yaml.lock");
}
