// An exclusive lock on a journal, held through a lock file beside it, so that
// concurrent writers are serialised and none of their entries is lost.
#pragma once

#include <chrono>
#include <string>

namespace ritrack {

// How long a writer waits for another's lock unless told otherwise (--wait).
inline constexpr std::chrono::seconds kDefaultLockWait{10};

class FileLock {
 public:
  // Waits up to `timeout` for the lock on `relative` in data directory
  // `root` (created if missing; no link below `root` followed). Throws
  // IoError naming the holder (pid, user, since) when it times out.
  FileLock(const std::string& root, const std::string& relative, std::chrono::milliseconds timeout,
           const std::string& holder);
  // The same for a lock file named by its path: its directory is the root.
  FileLock(const std::string& lock_path, std::chrono::milliseconds timeout, const std::string& holder);
  ~FileLock();
  FileLock(const FileLock&) = delete;
  FileLock& operator=(const FileLock&) = delete;
  FileLock(FileLock&& other) noexcept;

 private:
  std::string path_;
  int fd_ = -1;
};

}  // namespace ritrack
