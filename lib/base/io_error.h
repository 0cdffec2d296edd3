// A file that could not be read, written or locked (exit status 3).
#pragma once

#include <stdexcept>
#include <string>

namespace ritrack {

class IoError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// "cannot write data/values/PER.yaml: Permission denied" from errno.
[[noreturn]] void throw_io_error(const std::string& what, const std::string& path);

}  // namespace ritrack
