#include "base/errors.h"

#include <cerrno>
#include <cstring>

#include <fmt/format.h>

#include "base/translate.h"

namespace ritrack {

void throw_io_error(const std::string& what, const std::string& path) {
  throw IoError(trf("cannot {} {}: {}", what, path, os_reason(errno)));
}

}  // namespace ritrack
