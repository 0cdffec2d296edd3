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
  CHECK(*fs.list_in("data", ".", nullptr) == std::vector<std::string>{"framework.yaml", "values"});
  CHECK(*fs.list_in("data", "values", nullptr) == std::vector<std::string>{"ARG.yaml", "PER.yaml"});
  CHECK(*fs.read_in("data", "values/PER.yaml", nullptr) == "b");
  CHECK(fs.kind_in("data", "values") == FileKind::directory);
  CHECK(fs.kind_in("data", "values/PER.yaml") == FileKind::regular);
  CHECK(fs.kind_in("data", "rates.yaml") == FileKind::missing);
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

TEST_CASE("links and special files in memory are listed and refused like the disk's") {
  MemoryFileSystem fs;
  fs.add("data/framework.yaml", "a");
  fs.add_other("data/values/PER.yaml", FileKind::link);
  fs.add_other("data/values/ARG.yaml", FileKind::special);
  fs.add("data/values/BRA.yaml", "c");
  CHECK(*fs.list_in("data", "values", nullptr) == std::vector<std::string>{"ARG.yaml", "BRA.yaml", "PER.yaml"});
  Diagnostics out;
  CHECK_FALSE(read_data_file(fs, "data", "values/PER.yaml", out));
  CHECK_FALSE(read_data_file(fs, "data", "values/ARG.yaml", out));
  REQUIRE(out.size() == 2);
  CHECK(out[0].message ==
        "cannot read data/values/PER.yaml: it is a symbolic link, which ritrack does not follow in a data directory");
  CHECK(out[1].message == "cannot read data/values/ARG.yaml: it is not a regular file (a pipe, a device or a socket)");
  std::string why;
  CHECK_FALSE(fs.list_in("data", "framework.yaml", &why));
  CHECK(why == "Not a directory");
}
