// Tested through store/journal_cache_test.cc.
#include "store/open_cache_file.h"

#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

#include <atomic>

#include "base/file_system.h"

namespace ritrack::detail {

namespace {

// Half the descriptors the process may open: the other half stays for the
// journals, locks and outputs a command opens besides.
long descriptor_budget() {
  static const long budget = [] {
    rlimit limit{};
    if (::getrlimit(RLIMIT_NOFILE, &limit) != 0 || limit.rlim_cur == RLIM_INFINITY) return 512L;
    return static_cast<long>(limit.rlim_cur / 2);
  }();
  return budget;
}

std::atomic<long> kept{0};

}  // namespace

std::shared_ptr<const OpenCacheFile> OpenCacheFile::keep(int fd, std::string path) {
  if (fd < 0) return nullptr;
  if (kept.fetch_add(1) >= descriptor_budget()) {
    kept.fetch_sub(1);
    ::close(fd);
    return nullptr;
  }
  return std::shared_ptr<const OpenCacheFile>(new OpenCacheFile(fd, std::move(path)));
}

OpenCacheFile::~OpenCacheFile() {
  ::close(fd_);
  kept.fetch_sub(1);
}

std::optional<std::string> OpenCacheFile::read(uint64_t offset, size_t size) const {
  std::string bytes(size, '\0');
  if (!read_at(fd_, bytes.data(), size, offset)) return std::nullopt;
  return bytes;
}

void OpenCacheFile::discard() const {
  struct stat open {
  }, named{};
  if (::fstat(fd_, &open) == 0 && ::lstat(path_.c_str(), &named) == 0 && open.st_dev == named.st_dev &&
      open.st_ino == named.st_ino)
    ::unlink(path_.c_str());
}

}  // namespace ritrack::detail
