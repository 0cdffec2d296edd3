// How ritrack fails. Problems in the data are Diagnostics (base/diagnostic.h)
// whose code gives the exit status; a process that cannot go on throws one
// of these, and cli/main.cpp maps it to its exit status, in one place.
#pragma once

#include <stdexcept>
#include <string>
#include <utility>

namespace ritrack {

// Exit statuses (README, "Exit codes").
enum class ExitStatus {
  ok = 0,
  data_error = 1,  // the data, or the input, has errors: nothing was written
  usage = 2,       // the request makes no sense
  io = 3,          // a file could not be read, written or locked
};

inline int exit_code(ExitStatus s) { return static_cast<int>(s); }

// A file that could not be read, written or locked (exit status 3).
class IoError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// A cache file (store/journal_cache.h) found damaged, or written into by
// another program, while a command read entries back from it: the file is
// gone, and the command can run again without it (cli/main.cpp does).
class CacheDamaged : public IoError {
 public:
  CacheDamaged(const std::string& what, std::string file) : IoError(what), file(std::move(file)) {}
  std::string file;
};

// A request that makes no sense: printed as "ritrack: ..." (exit status 2).
class UsageError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// Data that a command refuses to work on, its problems already reported:
// printed as "ritrack: ...", with the status the problems call for.
class DataError : public std::runtime_error {
 public:
  DataError(const std::string& what, ExitStatus status) : std::runtime_error(what), status(status) {}
  ExitStatus status;
};

// "cannot write data/values/PER.yaml: Permission denied" from errno.
[[noreturn]] void throw_io_error(const std::string& what, const std::string& path);

}  // namespace ritrack
