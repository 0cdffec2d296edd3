// The disk as FileSystem. Files of a data directory are opened one path
// component at a time with openat(O_NOFOLLOW), so that no link committed to a
// shared repository can point a read elsewhere, and are read only when they
// are regular files (a FIFO would block, a device never end).
#include <dirent.h>
#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>
#include <cerrno>
#include <cstdint>
#include <cstring>
#include <filesystem>
#include <utility>

#include "base/file_system.h"
#include "base/translate.h"

namespace ritrack {

namespace detail {

// Fresh memory is faulted in a page at a time as it is first written, and
// in a virtual machine each fault is dear: a buffer of a megabyte or more
// (a journal, a cache file) is faulted in by one call instead, where the
// kernel can (MADV_POPULATE_WRITE, Linux 5.14; elsewhere nothing happens).
void prefault(void* at, size_t size) {
#ifdef MADV_POPULATE_WRITE
  constexpr size_t kWorth = size_t{256} << 10;
  if (size < kWorth) return;
  // The whole pages inside the buffer (madvise takes a page-aligned start).
  auto page = static_cast<uintptr_t>(::sysconf(_SC_PAGESIZE));
  auto address = reinterpret_cast<uintptr_t>(at);
  uintptr_t skip = (page - address % page) % page;
  if (size <= skip) return;
  size_t whole = (size - skip) / page * page;
  if (whole > 0) ::madvise(static_cast<char*>(at) + skip, whole, MADV_POPULATE_WRITE);
#else
  (void)at;
  (void)size;
#endif
}

// Reads `fd` to its end, up to kMaxFileBytes; `size` is what fstat said
// (0 for pipes), so that a regular file is read into one buffer of its size.
std::optional<std::string> read_all(int fd, size_t size, std::string* why) {
  std::string text;
  text.reserve(size > 0 ? size : size_t{64} << 10);
  prefault(text.data(), text.capacity());
  text.resize(size > 0 ? size : size_t{64} << 10);
  size_t filled = 0;
  auto read_into = [&](char* at, size_t room) {  // bytes read, 0 at the end, -1 on error
    for (;;) {
      ssize_t n = ::read(fd, at, room);
      if (n >= 0 || errno != EINTR) return n;
    }
  };
  for (;;) {
    if (filled == text.size()) {
      // Read as much as fstat said: one byte more tells whether the file
      // grew since, without doubling (and copying) the buffer of every file.
      char probe = 0;
      ssize_t n = filled == size ? read_into(&probe, 1) : 1;
      if (n == 0) break;
      if (n < 0) {
        if (why) *why = os_reason(errno);
        return std::nullopt;
      }
      if (text.size() > kMaxFileBytes) break;
      text.resize(std::min(text.size() * 2, kMaxFileBytes + 1));
      if (filled == size) text[filled++] = probe;
      continue;
    }
    ssize_t n = read_into(text.data() + filled, text.size() - filled);
    if (n < 0) {
      if (why) *why = os_reason(errno);
      return std::nullopt;
    }
    if (n == 0) break;
    filled += static_cast<size_t>(n);
  }
  if (filled > kMaxFileBytes) {
    if (why) *why = too_large_reason();
    return std::nullopt;
  }
  text.resize(filled);
  return text;
}

bool read_at(int fd, char* into, size_t size, uint64_t offset) {
  for (size_t filled = 0; filled < size;) {
    ssize_t n = ::pread(fd, into + filled, size - filled, static_cast<off_t>(offset + filled));
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return false;
    filled += static_cast<size_t>(n);
  }
  return true;
}

}  // namespace detail

namespace {

// A descriptor closed when it goes out of scope.
class Fd {
 public:
  explicit Fd(int fd = -1) : fd_(fd) {}
  ~Fd() {
    if (fd_ >= 0) ::close(fd_);
  }
  Fd(const Fd&) = delete;
  Fd(Fd&& other) noexcept : fd_(other.release()) {}
  Fd& operator=(const Fd&) = delete;
  Fd& operator=(Fd&& other) noexcept {
    std::swap(fd_, other.fd_);
    return *this;
  }
  int get() const { return fd_; }
  int release() { return std::exchange(fd_, -1); }
  explicit operator bool() const { return fd_ >= 0; }

 private:
  int fd_;
};

FileKind kind_of(const struct stat& st) {
  if (S_ISREG(st.st_mode)) return FileKind::regular;
  if (S_ISDIR(st.st_mode)) return FileKind::directory;
  if (S_ISLNK(st.st_mode)) return FileKind::link;
  return FileKind::special;
}

// `relative` split at '/', without empty and "." parts.
std::vector<std::string> components(const std::string& relative) {
  std::vector<std::string> parts;
  size_t start = 0;
  while (start <= relative.size()) {
    size_t end = relative.find('/', start);
    if (end == std::string::npos) end = relative.size();
    std::string part = relative.substr(start, end - start);
    if (!part.empty() && part != ".") parts.push_back(std::move(part));
    start = end + 1;
  }
  return parts;
}

// The directory holding the last component of `relative` in `root`, opened
// without following any link below `root`; its name is left in `last`.
Fd open_parent(const std::string& root, const std::string& relative, std::string* last, std::string* why) {
  std::vector<std::string> parts = components(relative);
  Fd dir(::open(root.empty() ? "." : root.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
  if (!dir) {
    int saved = errno;
    if (why) *why = os_reason(saved);
    errno = saved;
    return Fd();
  }
  if (parts.empty()) parts.emplace_back(".");
  for (size_t i = 0; i + 1 < parts.size(); ++i) {
    if (parts[i] == "..") {
      if (why) *why = tr("'..' may not appear in a path inside the data directory");
      errno = EINVAL;
      return Fd();
    }
    Fd next(::openat(dir.get(), parts[i].c_str(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC));
    if (!next) {
      int saved = errno;
      struct stat st;
      bool link = ::fstatat(dir.get(), parts[i].c_str(), &st, AT_SYMLINK_NOFOLLOW) == 0 && S_ISLNK(st.st_mode);
      if (why)
        *why = link ? trf("{} is a symbolic link, which ritrack does not follow in a data directory", parts[i])
                    : os_reason(saved);
      return Fd();
    }
    dir = std::move(next);
  }
  *last = parts.back();
  return dir;
}

class Disk : public FileSystem {
 public:
  std::optional<std::string> read(const std::string& path, std::string* why) const override {
    Fd fd(::open(path.c_str(), O_RDONLY | O_CLOEXEC));
    struct stat st;
    if (!fd || ::fstat(fd.get(), &st) != 0) {
      if (why) *why = os_reason(errno);
      return std::nullopt;
    }
    if (S_ISDIR(st.st_mode)) {
      if (why) *why = os_reason(EISDIR);
      return std::nullopt;
    }
    return detail::read_all(fd.get(), S_ISREG(st.st_mode) ? static_cast<size_t>(st.st_size) : 0, why);
  }

  std::optional<std::string> read_in(const std::string& root, const std::string& relative,
                                     std::string* why) const override {
    std::string last;
    Fd dir = open_parent(root, relative, &last, why);
    if (!dir) return std::nullopt;
    // Looked at before it is opened, so that no device is ever opened;
    // O_NOFOLLOW and O_NONBLOCK hold if it is swapped in between.
    struct stat st;
    if (::fstatat(dir.get(), last.c_str(), &st, AT_SYMLINK_NOFOLLOW) != 0) {
      if (why) *why = os_reason(errno);
      return std::nullopt;
    }
    if (FileKind kind = kind_of(st); kind != FileKind::regular) {
      if (why) *why = kind == FileKind::directory ? os_reason(EISDIR) : refusal_reason(kind);
      return std::nullopt;
    }
    Fd fd(::openat(dir.get(), last.c_str(), O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC));
    if (!fd || ::fstat(fd.get(), &st) != 0) {
      if (why) *why = errno == ELOOP ? refusal_reason(FileKind::link) : os_reason(errno);
      return std::nullopt;
    }
    if (!S_ISREG(st.st_mode)) {
      if (why) *why = refusal_reason(kind_of(st));
      return std::nullopt;
    }
    if (static_cast<size_t>(st.st_size) > kMaxFileBytes) {
      if (why) *why = too_large_reason();
      return std::nullopt;
    }
    return detail::read_all(fd.get(), static_cast<size_t>(st.st_size), why);
  }

  FileKind kind_in(const std::string& root, const std::string& relative) const override {
    std::string last;
    Fd dir = open_parent(root, relative, &last, nullptr);
    struct stat st;
    if (dir && ::fstatat(dir.get(), last.c_str(), &st, AT_SYMLINK_NOFOLLOW) == 0) return kind_of(st);
    // Only a name that is not there is missing: one that cannot be looked
    // at must not pass for "nothing recorded".
    if (errno == ENOENT || errno == ENOTDIR) return FileKind::missing;
    return errno == ELOOP ? FileKind::link : FileKind::unreadable;
  }

  std::optional<FileStamp> stamp_in(const std::string& root, const std::string& relative) const override {
    std::string last;
    Fd dir = open_parent(root, relative, &last, nullptr);
    struct stat st;
    if (!dir || ::fstatat(dir.get(), last.c_str(), &st, AT_SYMLINK_NOFOLLOW) != 0 || !S_ISREG(st.st_mode))
      return std::nullopt;
    // Opened as read_in opens it: a file this user may not read has no stamp,
    // so that a cached copy never stands in for what cannot be read.
    Fd fd(::openat(dir.get(), last.c_str(), O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC));
    if (!fd || ::fstat(fd.get(), &st) != 0 || !S_ISREG(st.st_mode)) return std::nullopt;
    auto ns = [](const timespec& t) { return static_cast<long long>(t.tv_sec) * 1'000'000'000 + t.tv_nsec; };
    return FileStamp{st.st_dev, st.st_ino, static_cast<unsigned long long>(st.st_size), ns(st.st_mtim), ns(st.st_ctim)};
  }

  std::optional<std::vector<std::string>> list_in(const std::string& root, const std::string& relative,
                                                  std::string* why) const override {
    std::string last;
    Fd parent = open_parent(root, relative, &last, why);
    if (!parent) return std::nullopt;
    Fd fd(::openat(parent.get(), last.c_str(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC));
    if (!fd) {
      int saved = errno;
      // A link or a file in its place says what it is; else the system's reason.
      FileKind kind = kind_in(root, relative);
      bool named = kind == FileKind::link || kind == FileKind::regular || kind == FileKind::special;
      if (why) *why = named ? refusal_reason(kind) : os_reason(saved);
      return std::nullopt;
    }
    DIR* listing = ::fdopendir(fd.get());
    if (!listing) {
      if (why) *why = os_reason(errno);
      return std::nullopt;
    }
    fd.release();  // closedir closes it
    std::vector<std::string> names;
    errno = 0;
    while (const dirent* item = ::readdir(listing)) {
      std::string_view name = item->d_name;
      if (name != "." && name != "..") names.emplace_back(name);
    }
    int saved = errno;
    ::closedir(listing);
    if (saved != 0) {
      if (why) *why = os_reason(saved);
      return std::nullopt;
    }
    return names;
  }

  bool is_directory(const std::string& path) const override {
    std::error_code ec;
    return std::filesystem::is_directory(path, ec);
  }
};

}  // namespace

int open_in_data(const std::string& root, const std::string& relative, int flags, unsigned mode) {
  std::string last;
  Fd dir = open_parent(root, relative, &last, nullptr);
  if (!dir) return -1;
  return ::openat(dir.get(), last.c_str(), flags | O_NOFOLLOW | O_CLOEXEC, static_cast<mode_t>(mode));
}

const FileSystem& disk() {
  static const Disk instance;
  return instance;
}

}  // namespace ritrack
