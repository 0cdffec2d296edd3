#include "store/file_lock.h"

#include <doctest/doctest.h>

#include <sys/stat.h>

#include <filesystem>
#include <fstream>

#include "base/errors.h"

using namespace ritrack;
namespace fs = std::filesystem;

TEST_CASE("a second lock on the same journal times out naming the holder") {
  fs::path dir = fs::temp_directory_path() / "ritrack_lock_test";
  fs::remove_all(dir);
  fs::create_directories(dir);
  std::string lock = (dir / ".PER.yaml.lock").string();
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

namespace {
std::string refusal(const std::string& lock) {
  try {
    FileLock taken(lock, std::chrono::milliseconds(10), "pid 3 (eve)");
  } catch (const IoError& e) {
    return e.what();
  }
  return "";
}
std::string slurp(const fs::path& p) {
  std::ifstream in(p);
  return {std::istreambuf_iterator<char>(in), {}};
}
}  // namespace

TEST_CASE("a lock file that is a link, a hard link or a pipe is refused and its target untouched") {
  fs::path dir = fs::temp_directory_path() / "ritrack_lock_hostile_test";
  fs::remove_all(dir);
  fs::create_directories(dir);
  std::ofstream(dir / "ARG.yaml") << "precious\n";
  fs::create_symlink(dir / "ARG.yaml", dir / ".PER.yaml.lock");
  CHECK(refusal((dir / ".PER.yaml.lock").string()) ==
        (dir / ".PER.yaml.lock").string() + " is not a lock file ritrack made (a symbolic link); remove it");
  fs::create_symlink(dir / "nowhere", dir / ".BRA.yaml.lock");  // dangling: would create the file it names
  CHECK(refusal((dir / ".BRA.yaml.lock").string()).find("(a symbolic link)") != std::string::npos);
  CHECK_FALSE(fs::exists(dir / "nowhere"));
  fs::create_hard_link(dir / "ARG.yaml", dir / ".CHL.yaml.lock");
  CHECK(refusal((dir / ".CHL.yaml.lock").string()).find("(a file with more than one name)") != std::string::npos);
  REQUIRE(::mkfifo((dir / ".COL.yaml.lock").c_str(), 0600) == 0);
  CHECK(refusal((dir / ".COL.yaml.lock").string()).find("(a pipe, a device or a socket)") != std::string::npos);
  CHECK(slurp(dir / "ARG.yaml") == "precious\n");
  fs::remove_all(dir);
}

TEST_CASE("a lock file that is not ours to write still locks, and its holder text is made safe") {
  fs::path dir = fs::temp_directory_path() / "ritrack_lock_shared_test";
  fs::remove_all(dir);
  fs::create_directories(dir);
  std::string lock = (dir / ".PER.yaml.lock").string();
  std::ofstream(lock) << "pid 9 \x1b]0;owned\x07 (mallory)\n";
  fs::permissions(lock, fs::perms::owner_read | fs::perms::group_read | fs::perms::others_read);
  FileLock held(lock, std::chrono::milliseconds(100), "pid 1 (ana)");  // root or not: it opens
  std::string message = refusal(lock);
  CHECK(message.find('\x1b') == std::string::npos);
  CHECK(message.find('\x07') == std::string::npos);
  fs::remove_all(dir);
}
