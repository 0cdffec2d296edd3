// Test-only helpers shared by the unit tests: the repository's fixtures
// loaded as a dataset. Only *_test.cc files include this folder.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "store/dataset.h"

namespace ritrack::testing {

// A path under the source tree, e.g. "tests/fixtures/progress".
std::string source_path(std::string_view relative);

// The data directory at `dir` (absolute, or under the source tree), loaded
// as of 2026-Q4; fails the test when it has any diagnostic.
Dataset load_fixture(std::string_view dir, std::optional<std::vector<std::string>> journals = std::nullopt);

// A fresh directory under the system's temporary directory, removed when
// the test ends, whatever permissions the test took away inside it.
class ScratchDir {
 public:
  ScratchDir();
  ~ScratchDir();
  ScratchDir(const ScratchDir&) = delete;
  ScratchDir& operator=(const ScratchDir&) = delete;

  std::string at(std::string_view relative) const { return (dir / relative).string(); }
  // Writes `text` to `relative`, creating the directories on the way.
  void write(std::string_view relative, std::string_view text) const;

  const std::filesystem::path dir;
};

}  // namespace ritrack::testing
