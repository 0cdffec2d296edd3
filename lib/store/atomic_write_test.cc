#include "store/atomic_write.h"

#include <doctest/doctest.h>
#include <sys/stat.h>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "base/errors.h"

using namespace ritrack;
namespace fs = std::filesystem;

static std::string slurp(const fs::path& p) {
  std::ifstream in(p);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

TEST_CASE("an atomic write replaces the file, keeps its mode and leaves no temporary") {
  fs::path dir = fs::temp_directory_path() / "ritrack_atomic_test";
  fs::remove_all(dir);
  fs::create_directories(dir);
  fs::path file = dir / "PER.yaml";
  std::ofstream(file) << "old";
  ::chmod(file.c_str(), 0640);
  write_file_atomically(file.string(), "new content");
  CHECK(slurp(file) == "new content");
  struct stat st;
  ::stat(file.c_str(), &st);
  CHECK((st.st_mode & 0777) == 0640);
  CHECK(std::distance(fs::directory_iterator(dir), fs::directory_iterator()) == 1);
  fs::remove_all(dir);
}

TEST_CASE("an uncommitted staged file leaves the target untouched") {
  fs::path dir = fs::temp_directory_path() / "ritrack_staged_test";
  fs::remove_all(dir);
  fs::create_directories(dir);
  fs::path file = dir / "PER.yaml";
  std::ofstream(file) << "old";
  { StagedFile staged(file.string(), "new"); }
  CHECK(slurp(file) == "old");
  CHECK(std::distance(fs::directory_iterator(dir), fs::directory_iterator()) == 1);
  fs::remove_all(dir);
}

TEST_CASE("writing into a missing directory is an IoError") {
  CHECK_THROWS_AS(write_file_atomically("/nonexistent-ritrack-dir/PER.yaml", "x"), IoError);
}
