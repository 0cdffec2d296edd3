#include "testing/fixtures.h"

#include <doctest/doctest.h>

namespace ritrack::testing {

std::string source_path(std::string_view relative) {
  return std::string(RITRACK_SOURCE_DIR) + "/" + std::string(relative);
}

Dataset load_fixture(std::string_view dir, std::optional<std::vector<std::string>> journals) {
  Diagnostics out;
  std::string path = dir.starts_with('/') ? std::string(dir) : source_path(dir);
  Dataset data = load_dataset(path, LoadOptions{Period{2026, 4}, std::move(journals)}, out);
  REQUIRE_FALSE(has_errors(out));  // warnings (a non-member's value) are what some tests are about
  return data;
}

}  // namespace ritrack::testing
