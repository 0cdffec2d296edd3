#include "base/errors.h"

#include <doctest/doctest.h>

#include <cerrno>

using namespace ritrack;

TEST_CASE("exit statuses are the README's") {
  CHECK(exit_code(ExitStatus::ok) == 0);
  CHECK(exit_code(ExitStatus::data_error) == 1);
  CHECK(exit_code(ExitStatus::usage) == 2);
  CHECK(exit_code(ExitStatus::io) == 3);
  CHECK(DataError("x", ExitStatus::io).status == ExitStatus::io);
}

TEST_CASE("an I/O failure names what was done, to which file, and why") {
  errno = EACCES;
  CHECK_THROWS_WITH_AS(throw_io_error("write", "data/values/PER.yaml"),
                       "cannot write data/values/PER.yaml: Permission denied", IoError);
}
