#include "store/journal_commit.h"

#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

using namespace ritrack;
namespace fs = std::filesystem;

namespace {

std::string slurp(const fs::path& p) {
  std::ifstream in(p);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

void put(const fs::path& p, const std::string& text) { std::ofstream(p) << text; }

fs::path fresh_dir(const char* name) {
  fs::path dir = fs::temp_directory_path() / name;
  fs::remove_all(dir);
  fs::create_directories(dir);
  return dir;
}

const std::string kHeader = "# ritrack: commit of several journals; each line: JOURNAL STAGED\n";

}  // namespace

TEST_CASE("several journals are replaced together and the intent is removed") {
  fs::path dir = fresh_dir("ritrack-commit-together");
  put(dir / "PER.yaml", "old PER");
  put(dir / "ARG.yaml", "old ARG");
  std::vector<StagedFile> staged;
  staged.emplace_back((dir / "ARG.yaml").string(), "new ARG");
  staged.emplace_back((dir / "PER.yaml").string(), "new PER");
  commit_together(dir.string(), staged);
  CHECK(slurp(dir / "ARG.yaml") == "new ARG");
  CHECK(slurp(dir / "PER.yaml") == "new PER");
  CHECK_FALSE(fs::exists(dir / kCommitIntent));
  CHECK(complete_interrupted_commit(dir.string()) == 0);  // nothing pending
  fs::remove_all(dir);
}

TEST_CASE("an interrupted commit is completed: staged files still there are put in place") {
  fs::path dir = fresh_dir("ritrack-commit-recover");
  put(dir / "PER.yaml", "new PER");  // renamed before the interruption
  put(dir / "ARG.yaml", "old ARG");
  put(dir / "ARG.yaml.tmp.abc123", "new ARG");
  put(dir / kCommitIntent, kHeader + "PER.yaml PER.yaml.tmp.zzz999\nARG.yaml ARG.yaml.tmp.abc123\n");
  CHECK(complete_interrupted_commit(dir.string()) == 1);
  CHECK(slurp(dir / "ARG.yaml") == "new ARG");
  CHECK(slurp(dir / "PER.yaml") == "new PER");
  CHECK_FALSE(fs::exists(dir / "ARG.yaml.tmp.abc123"));
  CHECK_FALSE(fs::exists(dir / kCommitIntent));
  fs::remove_all(dir);
}

TEST_CASE("an intent that is not ritrack's, or names paths outside, is left alone") {
  fs::path dir = fresh_dir("ritrack-commit-foreign");
  put(dir / kCommitIntent, "PER.yaml PER.yaml.tmp.1\n");
  CHECK_THROWS_WITH_AS(complete_interrupted_commit(dir.string()), doctest::Contains("is not a ritrack commit intent"),
                       std::runtime_error);
  put(dir / kCommitIntent, kHeader + "../../.bashrc PER.yaml.tmp.1\n");
  CHECK_THROWS_WITH_AS(complete_interrupted_commit(dir.string()), doctest::Contains("has a malformed line"),
                       std::runtime_error);
  put(dir / kCommitIntent, kHeader + "PER.yaml ../../etc/passwd\n");
  CHECK_THROWS_AS(complete_interrupted_commit(dir.string()), std::runtime_error);
  CHECK(fs::exists(dir / kCommitIntent));
  fs::remove_all(dir);
}
