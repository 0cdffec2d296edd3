#include "base/file_system.h"

#include <doctest/doctest.h>

using namespace ritrack;

TEST_CASE("files in memory read, list and fail like the disk") {
  MemoryFileSystem fs;
  fs.add("data/framework.yaml", "a");
  fs.add("data/values/PER.yaml", "b");
  fs.add("data/values/ARG.yaml", "c");
  CHECK(*fs.read("data/values/PER.yaml", nullptr) == "b");
  CHECK(fs.is_directory("data"));
  CHECK(fs.is_directory("data/values/"));
  CHECK_FALSE(fs.is_directory("data/val"));
  CHECK(fs.list("data") == std::vector<std::string>{"framework.yaml", "values"});
  CHECK(fs.list("data/values") == std::vector<std::string>{"ARG.yaml", "PER.yaml"});
  Diagnostics out;
  CHECK_FALSE(read_file(fs, "data/countries.yaml", out));
  REQUIRE(out.size() == 1);
  CHECK(out[0].code == DiagnosticCode::io);
  CHECK(out[0].message == "cannot read data/countries.yaml: No such file or directory");
}

TEST_CASE("data paths print as diagnostics show them") {
  CHECK(data_path(".", "values/PER.yaml") == "values/PER.yaml");
  CHECK(data_path("data", "values/PER.yaml") == "data/values/PER.yaml");
  CHECK(data_path("data/", "values/PER.yaml") == "data/values/PER.yaml");
}
