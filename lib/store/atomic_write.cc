#include "store/atomic_write.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#include <cerrno>
#include <cstring>
#include <filesystem>

#include <fmt/format.h>

#include "base/errors.h"
#include "base/translate.h"

namespace ritrack {

// The umask cannot be read without setting it; it is read once, before any
// file is staged, and put back at once.
static mode_t process_umask() {
  static const mode_t mask = [] {
    mode_t m = ::umask(022);
    ::umask(m);
    return m;
  }();
  return mask;
}

static std::string directory_of(const std::string& path) {
  std::string dir = std::filesystem::path(path).parent_path().string();
  return dir.empty() ? "." : dir;
}

bool write_all(int fd, std::string_view content) {
  size_t written = 0;
  while (written < content.size()) {
    ssize_t n = ::write(fd, content.data() + written, content.size() - written);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) {
      if (n == 0) errno = ENOSPC;
      return false;
    }
    written += static_cast<size_t>(n);
  }
  return true;
}

void sync_directory(const std::string& dir) {
  int fd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (fd < 0) throw_io_error(tr("open directory"), dir);
  int rc = ::fsync(fd);
  int saved = errno;
  ::close(fd);
  errno = saved;
  if (rc != 0) throw_io_error(tr("sync directory"), dir);
}

StagedFile::StagedFile(std::string target, std::string_view content) : target_(std::move(target)) {
  std::string pattern = target_ + ".tmp.XXXXXX";
  int fd = ::mkstemp(pattern.data());
  if (fd < 0) throw_io_error(tr("create a temporary file beside"), target_);
  temp_ = pattern;
  auto fail = [&](const std::string& what) {
    int saved = errno;
    ::close(fd);
    ::unlink(temp_.c_str());
    temp_.clear();
    errno = saved;
    throw_io_error(what, target_);
  };
  // Keep the file's permissions; a new one gets what open(2) would give it
  // (mkstemp creates 0600, which would shut out a group sharing the data).
  struct stat st;
  mode_t mode = ::stat(target_.c_str(), &st) == 0 ? (st.st_mode & 07777) : (0666 & ~process_umask());
  if (::fchmod(fd, mode) != 0) fail(tr("set permissions for"));
  if (!write_all(fd, content)) fail(tr("write"));
  if (::fsync(fd) != 0) fail(tr("sync"));
  if (::close(fd) != 0) {
    ::unlink(temp_.c_str());
    temp_.clear();
    throw_io_error(tr("close"), target_);
  }
}

StagedFile::StagedFile(StagedFile&& other) noexcept
    : target_(std::move(other.target_)),
      temp_(std::move(other.temp_)),
      committed_(other.committed_),
      kept_(other.kept_) {
  other.temp_.clear();
}

StagedFile::~StagedFile() {
  if (!committed_ && !kept_ && !temp_.empty()) ::unlink(temp_.c_str());
}

void StagedFile::commit() {
  if (::rename(temp_.c_str(), target_.c_str()) != 0) throw_io_error(tr("replace"), target_);
  committed_ = true;
  sync_directory(directory_of(target_));
}

void write_file_atomically(const std::string& path, std::string_view content) {
  StagedFile staged(path, content);
  staged.commit();
}

}  // namespace ritrack
