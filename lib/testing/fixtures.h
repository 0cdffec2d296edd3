// Test-only helpers shared by the unit tests: the repository's fixtures
// loaded as a dataset. Only *_test.cc files include this folder.
#pragma once

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

}  // namespace ritrack::testing
