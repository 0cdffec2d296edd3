// A cache file kept open after it was read or written, so that the texts of
// the entries a report holds from it (sources, notes, who recorded them) are
// read back by offset when the report shows one, instead of being held in
// memory (issue 18). The descriptor keeps the bytes that were checked:
// writers replace a cache file by renaming a new one over its name, never
// writing into it, so whatever replaces the name, these bytes stay.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>

namespace ritrack::detail {

class OpenCacheFile {
 public:
  // Keeps `fd`, the open file `path`; or closes it and gives null when the
  // process already keeps as many as its limit of descriptors allows
  // (those entries are then held whole in memory).
  static std::shared_ptr<const OpenCacheFile> keep(int fd, std::string path);
  ~OpenCacheFile();
  OpenCacheFile(const OpenCacheFile&) = delete;
  OpenCacheFile& operator=(const OpenCacheFile&) = delete;

  // `size` bytes from `offset`; nullopt when there are not so many.
  std::optional<std::string> read(uint64_t offset, size_t size) const;
  const std::string& path() const { return path_; }
  // Removes the file from its folder if it is still there under its name,
  // so that the next read of the journal is a miss (its bytes were found damaged).
  void discard() const;

 private:
  OpenCacheFile(int fd, std::string path) : fd_(fd), path_(std::move(path)) {}
  int fd_;
  std::string path_;
};

}  // namespace ritrack::detail
