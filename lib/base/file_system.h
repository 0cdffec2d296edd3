// Where files are read from. The library reads through this interface so
// that tests can hand it files held in memory; writes go to the disk itself
// (store/atomic_write.h), because their guarantees are about the disk.
//
// A data directory is shared through git: anyone who can open a pull request
// chooses its file names, links and file types. Files in it are therefore
// read with read_in, which follows no link below the directory, reads only
// regular files, and reads at most kMaxFileBytes (README, "Shared data").
#pragma once

#include <cstddef>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "base/diagnostic.h"

namespace ritrack {

// The most ritrack reads from one file: far beyond any journal (a million
// entries is about 250 MB spread over thirty journals), far below memory.
inline constexpr size_t kMaxFileMiB = 256;
inline constexpr size_t kMaxFileBytes = kMaxFileMiB << 20;

// What a name in a data directory is, links not followed. `unreadable`: it
// cannot be looked at (a directory on the way that the user may not search).
enum class FileKind { missing, regular, directory, link, special, unreadable };

// What tells one version of a file from another without reading it (the
// cache's key, store/journal_cache.h): a file rewritten, replaced or grown
// changes at least one of these.
struct FileStamp {
  unsigned long long device = 0, inode = 0, size = 0;
  long long modified_ns = 0, changed_ns = 0;  // since the epoch
  bool operator==(const FileStamp&) const = default;
};

class FileSystem {
 public:
  virtual ~FileSystem() = default;
  // A file the user named (a CSV to import, init's source): links are
  // followed and pipes read. Nullopt with the reason in `why`.
  virtual std::optional<std::string> read(const std::string& path, std::string* why) const = 0;
  // A file of the data directory `root`: no component of `relative` may be a
  // link, and the file must be a regular one.
  virtual std::optional<std::string> read_in(const std::string& root, const std::string& relative,
                                             std::string* why) const = 0;
  virtual FileKind kind_in(const std::string& root, const std::string& relative) const = 0;
  // The stamp of a regular file of the data directory, looked at as read_in
  // would open it; nullopt when it is anything else, or cannot be looked at
  // (and for files held in memory, which have no stamp: no cache).
  virtual std::optional<FileStamp> stamp_in(const std::string& root, const std::string& relative) const = 0;
  // Names in directory `relative` of `root` (not "." or ".."), in no order.
  virtual std::optional<std::vector<std::string>> list_in(const std::string& root, const std::string& relative,
                                                          std::string* why) const = 0;
  // Whether `path` (the data directory itself, links followed) is a directory.
  virtual bool is_directory(const std::string& path) const = 0;
};

// The disk, as the process sees it.
const FileSystem& disk();

// open(2) of `relative` in data directory `root`, no link below `root`
// followed (O_NOFOLLOW is added): for the files ritrack writes in place, its
// lock files. -1 with errno set (ELOOP for a link) when it cannot.
int open_in_data(const std::string& root, const std::string& relative, int flags, unsigned mode = 0);

// Files held in memory, for tests: a directory exists when a file lies below it.
class MemoryFileSystem : public FileSystem {
 public:
  void add(const std::string& path, std::string text) { files_[path] = std::move(text); }
  // A link or special file at `path`: seen by kind_in, refused by read_in.
  void add_other(const std::string& path, FileKind kind) { others_[path] = kind; }
  std::optional<std::string> read(const std::string& path, std::string* why) const override;
  std::optional<std::string> read_in(const std::string& root, const std::string& relative,
                                     std::string* why) const override;
  FileKind kind_in(const std::string& root, const std::string& relative) const override;
  std::optional<FileStamp> stamp_in(const std::string&, const std::string&) const override { return std::nullopt; }
  std::optional<std::vector<std::string>> list_in(const std::string& root, const std::string& relative,
                                                  std::string* why) const override;
  bool is_directory(const std::string& path) const override;

 private:
  std::map<std::string, std::string> files_;
  std::map<std::string, FileKind> others_;
};

// Why a read or a listing in a data directory was refused, for `kind`
// (link, special, regular where a directory was wanted).
std::string refusal_reason(FileKind kind);
// Why a file larger than kMaxFileBytes was not read.
std::string too_large_reason();

// A file of data directory `dir`, or nullopt with an "io" diagnostic naming
// data_path(dir, relative) when it cannot be read.
std::optional<std::string> read_data_file(const FileSystem& fs, const std::string& dir, const std::string& relative,
                                          Diagnostics& out);
// A file the user named, or nullopt with an "io" diagnostic.
std::optional<std::string> read_file(const FileSystem& fs, const std::string& path, Diagnostics& out);
inline std::optional<std::string> read_file(const std::string& path, Diagnostics& out) {
  return read_file(disk(), path, out);
}

namespace detail {
// Reads `fd` to its end, up to kMaxFileBytes, into one buffer of `size`
// bytes (what fstat said; 0 for a pipe), grown only if the file grew.
std::optional<std::string> read_all(int fd, size_t size, std::string* why);
// Faults in the pages of a fresh buffer of `size` bytes at `at` in one call
// (nothing for a small one): see disk.cc.
void prefault(void* at, size_t size);
// Reads `size` bytes of `fd` from `offset` into `into`; false when there
// are not so many, or they cannot be read.
bool read_at(int fd, char* into, size_t size, uint64_t offset);
}  // namespace detail

// Joins a data directory and a relative path the way diagnostics print it:
// "values/PER.yaml" in ".", "data/values/PER.yaml" in "data".
std::string data_path(const std::string& dir, const std::string& relative);

}  // namespace ritrack
