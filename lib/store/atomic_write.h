// Replacing a file so that a crash at any moment leaves the old or the new
// file, never a torn one: temporary file in the same directory, fsync,
// rename over the original, fsync the directory.
#pragma once

#include <sys/types.h>
#include <string>
#include <string_view>

namespace ritrack {

// A file written and synced but not yet in place; commit() renames it over
// the target. Destroyed uncommitted, it is removed and the target is untouched.
class StagedFile {
 public:
  // Throws IoError; the target keeps its bytes.
  StagedFile(std::string target, std::string_view content);
  ~StagedFile();
  StagedFile(const StagedFile&) = delete;
  StagedFile& operator=(const StagedFile&) = delete;
  StagedFile(StagedFile&& other) noexcept;

  void commit();  // rename + fsync the directory; throws IoError
  // Leaves the temporary file in place when destroyed uncommitted: a commit
  // intent (store/journal_commit.h) now names it, and recovery renames it.
  void keep() { kept_ = true; }
  const std::string& target() const { return target_; }
  const std::string& temp() const { return temp_; }

 private:
  std::string target_, temp_;
  bool committed_ = false;
  bool kept_ = false;
};

// Writes all of `content` to `fd` (short writes and EINTR retried); false
// with errno set, ENOSPC when the device takes nothing more.
bool write_all(int fd, std::string_view content);

// fsync of a directory, so that renames in it survive a crash; throws IoError.
void sync_directory(const std::string& dir);

// StagedFile + commit in one call.
void write_file_atomically(const std::string& path, std::string_view content);

}  // namespace ritrack
