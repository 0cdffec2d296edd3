#include "store/report_file.h"

#include <sys/stat.h>
#include <filesystem>
#include <fstream>
#include <thread>

#include <doctest/doctest.h>

#include "base/errors.h"
#include "testing/fixtures.h"

using namespace ritrack;
namespace fs = std::filesystem;

namespace {
struct Scratch : testing::ScratchDir {
  Scratch() { write("data/values/PER.yaml", "journal\n"); }
};
std::string slurp(const std::string& p) {
  std::ifstream in(p);
  return {std::istreambuf_iterator<char>(in), {}};
}
}  // namespace

TEST_CASE("a report replaces the previous one whole, and a link to it stays a link") {
  Scratch s;
  write_report_file(s.at("r.md"), "first\n", s.at("data"));
  write_report_file(s.at("r.md"), "second\n", s.at("data"));
  CHECK(slurp(s.at("r.md")) == "second\n");
  fs::create_symlink(s.at("r.md"), s.at("latest.md"));
  write_report_file(s.at("latest.md"), "third\n", s.at("data"));
  CHECK(fs::is_symlink(s.at("latest.md")));
  CHECK(slurp(s.at("r.md")) == "third\n");
}

TEST_CASE("a report is never written into the data in use, even through a link") {
  Scratch s;
  fs::create_directory_symlink(s.at("data/values"), s.at("v"));
  for (const std::string& target : {s.at("data/values/PER.yaml"), s.at("v/PER.yaml"), s.at("data/framework.yaml"),
                                    s.at("data/./values/../countries.yaml")})
    CHECK_THROWS_AS(write_report_file(target, "report\n", s.at("data")), UsageError);
  CHECK(slurp(s.at("data/values/PER.yaml")) == "journal\n");
  CHECK_FALSE(fs::exists(s.at("data/framework.yaml")));
  CHECK(is_inside(s.at("data"), s.at("data/")));
  CHECK_FALSE(is_inside(s.at("database.md"), s.at("data")));
}

TEST_CASE("a report that cannot be written keeps the previous one and says why") {
  Scratch s;
  auto refusal = [](const std::string& path) {
    try {
      write_report_file(path, "new\n", "");
    } catch (const IoError& e) {
      return std::string(e.what());
    }
    return std::string();
  };
  CHECK(refusal(s.at("missing/r.md")) ==
        "cannot create a temporary file beside " + s.at("missing/r.md") + ": No such file or directory");
  CHECK(refusal("/dev/full") == "cannot write /dev/full: No space left on device");
  if (::geteuid() != 0) {  // root writes anywhere
    write_report_file(s.at("r.md"), "old\n", "");
    fs::permissions(s.dir, fs::perms::owner_read | fs::perms::owner_exec);
    CHECK(refusal(s.at("r.md")).ends_with(": Permission denied"));
    CHECK(slurp(s.at("r.md")) == "old\n");
  }
}

TEST_CASE("a pipe is written in place, not replaced") {
  Scratch s;
  REQUIRE(::mkfifo(s.at("pipe").c_str(), 0600) == 0);
  std::string got;
  std::thread reader([&] { got = slurp(s.at("pipe")); });
  write_report_file(s.at("pipe"), "through\n", s.at("data"));
  reader.join();
  CHECK(got == "through\n");
  CHECK(fs::is_fifo(s.at("pipe")));
}
