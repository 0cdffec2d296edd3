#include "store/file_lock.h"

#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>
#include <cerrno>
#include <filesystem>
#include <thread>

#include <fmt/format.h>

#include "base/errors.h"
#include "base/escape.h"
#include "base/file_system.h"
#include "base/translate.h"

namespace ritrack {

static std::string read_holder(int fd) {
  char buffer[256] = {};
  ssize_t n = ::pread(fd, buffer, sizeof buffer - 1, 0);
  std::string s(buffer, n > 0 ? static_cast<size_t>(n) : 0);
  while (!s.empty() && (s.back() == '\n' || s.back() == '\0')) s.pop_back();
  // Anyone can commit a lock file: its text reaches the terminal made safe.
  return s.empty() ? tr("another ritrack process") : terminal_safe(s);
}

// A lock file is opened without following a link and must be a regular file
// with a single name: a link or a hard link committed in its place would
// otherwise be truncated and written through. It is created group-writable
// as far as the umask allows, and opened read-only where it is not ours to
// write (flock needs no write access), so that everyone sharing a checkout
// can take it.
static int open_lock_file(const std::string& root, const std::string& relative, const std::string& path,
                          bool* writable) {
  constexpr int kFlags = O_NONBLOCK | O_NOCTTY;
  auto refuse = [&](const std::string& what) {
    throw IoError(trf("{} is not a lock file ritrack made ({}); remove it", path, what));
  };
  auto check = [&](FileKind kind) {
    if (kind == FileKind::link) refuse(tr("a symbolic link"));
    if (kind == FileKind::special || kind == FileKind::directory) refuse(tr("a pipe, a device or a socket"));
  };
  FileKind kind = disk().kind_in(root, relative);
  check(kind);  // before opening: no device is ever opened
  int fd = open_in_data(root, relative, O_RDWR | O_CREAT | kFlags, 0666);
  *writable = fd >= 0;
  if (fd < 0 && errno == EACCES && kind == FileKind::regular) fd = open_in_data(root, relative, O_RDONLY | kFlags);
  if (fd < 0) {
    if (errno == ELOOP) check(disk().kind_in(root, relative));
    throw_io_error(tr("open the lock file"), path);
  }
  struct stat st {};
  if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode) || st.st_nlink != 1) {  // swapped in since, or a hard link
    ::close(fd);
    refuse(S_ISREG(st.st_mode) ? tr("a file with more than one name") : tr("a pipe, a device or a socket"));
  }
  return fd;
}

// The lock is flock() on the file, not the file's existence: a crashed holder
// releases it with its last descriptor, so no stale lock survives a kill -9.
FileLock::FileLock(const std::string& root, const std::string& relative, std::chrono::milliseconds timeout,
                   const std::string& holder)
    : path_(data_path(root, relative)) {
  bool writable = false;
  fd_ = open_lock_file(root, relative, path_, &writable);
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
  if (writable && ::ftruncate(fd_, 0) == 0 && ::pwrite(fd_, text.data(), text.size(), 0) < 0) {
    // The note is a courtesy; the lock itself is held.
  }
}

FileLock::FileLock(const std::string& lock_path, std::chrono::milliseconds timeout, const std::string& holder)
    : FileLock(std::filesystem::path(lock_path).parent_path().string(),
               std::filesystem::path(lock_path).filename().string(), timeout, holder) {}

FileLock::FileLock(FileLock&& other) noexcept : path_(std::move(other.path_)), fd_(other.fd_) { other.fd_ = -1; }

FileLock::~FileLock() {
  if (fd_ >= 0) ::close(fd_);  // releases the flock
}

}  // namespace ritrack
