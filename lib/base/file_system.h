// Where files are read from. The library reads through this interface so
// that tests can hand it files held in memory; writes go to the disk itself
// (store/atomic_write.h), because their guarantees are about the disk.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "base/diagnostic.h"

namespace ritrack {

class FileSystem {
 public:
  virtual ~FileSystem() = default;
  // The whole of a file, or nullopt with the reason (strerror text) in `why`.
  virtual std::optional<std::string> read(const std::string& path, std::string* why) const = 0;
  virtual bool is_directory(const std::string& path) const = 0;
  virtual bool is_file(const std::string& path) const = 0;
  // Names of the entries of directory `path` (not "." or ".."), in no order.
  virtual std::vector<std::string> list(const std::string& path) const = 0;
};

// The disk, as the process sees it.
const FileSystem& disk();

// Files held in memory, for tests: a directory exists when a file lies below it.
class MemoryFileSystem : public FileSystem {
 public:
  void add(const std::string& path, std::string text) { files_[path] = std::move(text); }
  std::optional<std::string> read(const std::string& path, std::string* why) const override;
  bool is_directory(const std::string& path) const override;
  bool is_file(const std::string& path) const override { return files_.count(path) != 0; }
  std::vector<std::string> list(const std::string& path) const override;

 private:
  std::map<std::string, std::string> files_;
};

// The whole of a file, or nullopt with an "io" diagnostic when it cannot be read.
std::optional<std::string> read_file(const FileSystem& fs, const std::string& path, Diagnostics& out);
inline std::optional<std::string> read_file(const std::string& path, Diagnostics& out) {
  return read_file(disk(), path, out);
}

// Joins a data directory and a relative path the way diagnostics print it:
// "values/PER.yaml" in ".", "data/values/PER.yaml" in "data".
std::string data_path(const std::string& dir, const std::string& relative);

}  // namespace ritrack
