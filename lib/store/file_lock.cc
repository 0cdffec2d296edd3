#include "store/file_lock.h"

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>
#include <cerrno>
#include <filesystem>
#include <thread>

#include <fmt/format.h>

#include "base/errors.h"
#include "base/translate.h"

namespace ritrack {

std::string lock_path_for(const std::string& journal_path) {
  std::filesystem::path p(journal_path);
  return (p.parent_path() / ("." + p.filename().string() + ".lock")).string();
}

static std::string read_holder(int fd) {
  char buffer[256] = {};
  ssize_t n = ::pread(fd, buffer, sizeof buffer - 1, 0);
  std::string s(buffer, n > 0 ? static_cast<size_t>(n) : 0);
  while (!s.empty() && (s.back() == '\n' || s.back() == '\0')) s.pop_back();
  return s.empty() ? tr("another ritrack process") : s;
}

// The lock is flock() on the file, not the file's existence: a crashed holder
// releases it with its last descriptor, so no stale lock survives a kill -9.
FileLock::FileLock(std::string lock_path, std::chrono::milliseconds timeout, const std::string& holder)
    : path_(std::move(lock_path)) {
  fd_ = ::open(path_.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
  if (fd_ < 0) throw_io_error(tr("open the lock file"), path_);
  auto deadline = std::chrono::steady_clock::now() + timeout;
  while (::flock(fd_, LOCK_EX | LOCK_NB) != 0) {
    if (errno != EWOULDBLOCK && errno != EINTR) {
      int saved = errno;
      ::close(fd_);
      errno = saved;
      throw_io_error(tr("lock"), path_);
    }
    if (std::chrono::steady_clock::now() >= deadline) {
      std::string who = read_holder(fd_);
      ::close(fd_);
      throw IoError(trf("{} is locked by {}; gave up after {} s", path_, who,
                        std::chrono::duration_cast<std::chrono::seconds>(timeout).count()));
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
  }
  // Who holds it, for the message another writer shows while it waits in vain.
  std::string text = holder + "\n";
  if (::ftruncate(fd_, 0) == 0 && ::pwrite(fd_, text.data(), text.size(), 0) < 0) {
    // The note is a courtesy; the lock itself is held.
  }
}

FileLock::FileLock(FileLock&& other) noexcept : path_(std::move(other.path_)), fd_(other.fd_) { other.fd_ = -1; }

FileLock::~FileLock() {
  if (fd_ >= 0) ::close(fd_);  // releases the flock
}

}  // namespace ritrack
