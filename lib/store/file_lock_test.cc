#include "store/file_lock.h"

#include <doctest/doctest.h>

#include <filesystem>

#include "base/errors.h"

using namespace ritrack;
namespace fs = std::filesystem;

TEST_CASE("a second lock on the same journal times out naming the holder") {
  fs::path dir = fs::temp_directory_path() / "ritrack_lock_test";
  fs::remove_all(dir);
  fs::create_directories(dir);
  std::string lock = lock_path_for((dir / "PER.yaml").string());
  CHECK(lock == (dir / ".PER.yaml.lock").string());
  FileLock held(lock, std::chrono::milliseconds(100), "pid 1 (ana)");
  try {
    FileLock second(lock, std::chrono::milliseconds(50), "pid 2 (bob)");
    FAIL("the second lock should have timed out");
  } catch (const IoError& e) {
    CHECK(std::string(e.what()).find("locked by pid 1 (ana)") != std::string::npos);
  }
  fs::remove_all(dir);
}

TEST_CASE("a lock is released with its holder, and can be taken again") {
  fs::path dir = fs::temp_directory_path() / "ritrack_lock_release_test";
  fs::remove_all(dir);
  fs::create_directories(dir);
  std::string lock = (dir / ".PER.yaml.lock").string();
  { FileLock first(lock, std::chrono::milliseconds(100), "pid 1 (ana)"); }
  CHECK_NOTHROW(FileLock(lock, std::chrono::milliseconds(100), "pid 2 (bob)"));
  CHECK_THROWS_AS(FileLock((dir / "missing/.x.lock").string(), std::chrono::milliseconds(10), "x"), IoError);
  fs::remove_all(dir);
}
