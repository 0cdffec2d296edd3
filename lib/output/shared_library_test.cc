#include "output/shared_library.h"

#include <doctest/doctest.h>

#include <cstring>

#include "base/errors.h"

using namespace ritrack;

TEST_CASE("a shared library's functions are found by name, typed as declared") {
  SharedLibrary libc("libc.so.6");
  auto length = libc.function<decltype(&std::strlen)>("strlen");
  CHECK(length("ritrack") == 7);
  CHECK_THROWS_AS(libc.function<decltype(&std::strlen)>("no_such_function_in_libc"), IoError);
}

TEST_CASE("a library that is not there is an error that names it") {
  try {
    SharedLibrary missing("libritrack-no-such-library.so.0");
    FAIL("loaded a library that does not exist");
  } catch (const IoError& e) {
    CHECK(std::string(e.what()).starts_with("cannot load libritrack-no-such-library.so.0: "));
  }
}
