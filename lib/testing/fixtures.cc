#include "testing/fixtures.h"

#include <stdlib.h>

#include <fstream>

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

namespace {

std::filesystem::path make_scratch() {
  std::string pattern = (std::filesystem::temp_directory_path() / "ritrack-test-XXXXXX").string();
  REQUIRE(::mkdtemp(pattern.data()) != nullptr);
  return pattern;
}

// Gives the owner back every directory a test locked, so that it can be removed.
void unlock(const std::filesystem::path& p) {
  std::error_code ec;
  if (!std::filesystem::is_directory(std::filesystem::symlink_status(p, ec))) return;
  std::filesystem::permissions(p, std::filesystem::perms::owner_all, std::filesystem::perm_options::add, ec);
  for (const auto& item : std::filesystem::directory_iterator(p, ec)) unlock(item.path());
}

}  // namespace

ScratchDir::ScratchDir() : dir(make_scratch()) {}

ScratchDir::~ScratchDir() {
  unlock(dir);
  std::error_code ec;
  std::filesystem::remove_all(dir, ec);
}

void ScratchDir::write(std::string_view relative, std::string_view text) const {
  std::filesystem::path p = dir / relative;
  std::filesystem::create_directories(p.parent_path());
  std::ofstream(p, std::ios::binary) << text;
}

}  // namespace ritrack::testing
