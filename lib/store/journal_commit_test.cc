#include "store/journal_commit.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "base/errors.h"

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

TEST_CASE("a commit whose later rename is refused is undone: every journal as it was") {
  fs::path dir = fresh_dir("ritrack-commit-undo");
  put(dir / "ARG.yaml", "old ARG");
  put(dir / "PER.yaml", "old PER");
  std::vector<StagedFile> staged;
  staged.emplace_back((dir / "ARG.yaml").string(), "new ARG");
  staged.emplace_back((dir / "BRA.yaml").string(), "new BRA");  // a new journal
  staged.emplace_back((dir / "PER.yaml").string(), "new PER");
  fs::remove(staged[2].temp());  // its rename must fail
  std::string message;
  try {
    commit_together(dir.string(), staged);
  } catch (const IoError& e) {
    message = e.what();
  }
  CHECK(message ==
        "cannot replace " + (dir / "PER.yaml").string() + ": No such file or directory; no journal was changed");
  CHECK(slurp(dir / "ARG.yaml") == "old ARG");
  CHECK(slurp(dir / "PER.yaml") == "old PER");
  CHECK_FALSE(fs::exists(dir / "BRA.yaml"));
  CHECK_FALSE(fs::exists(dir / kCommitIntent));
  std::vector<std::string> left;
  for (const auto& f : fs::directory_iterator(dir)) left.push_back(f.path().filename().string());
  std::sort(left.begin(), left.end());
  CHECK(left == std::vector<std::string>{"ARG.yaml", "PER.yaml"});  // no staged file, no backup
  fs::remove_all(dir);
}

TEST_CASE("an undoing interrupted half-way is finished by recovery") {
  fs::path dir = fresh_dir("ritrack-commit-undo-recover");
  put(dir / "ARG.yaml", "new ARG");
  put(dir / "ARG.yaml.tmp.old-42", "old ARG");
  put(dir / "BRA.yaml", "new BRA");
  put(dir / "PER.yaml", "old PER");  // already put back before the interruption
  put(dir / kCommitIntent,
      "# ritrack: rollback of a commit of several journals; each line: JOURNAL BACKUP\n"
      "PER.yaml PER.yaml.tmp.old-42\nARG.yaml ARG.yaml.tmp.old-42\nBRA.yaml -\n");
  CHECK(complete_interrupted_commit(dir.string()) == 0);
  CHECK(slurp(dir / "ARG.yaml") == "old ARG");
  CHECK(slurp(dir / "PER.yaml") == "old PER");
  CHECK_FALSE(fs::exists(dir / "BRA.yaml"));
  CHECK_FALSE(fs::exists(dir / kCommitIntent));
  fs::remove_all(dir);
}
