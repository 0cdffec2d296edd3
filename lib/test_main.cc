#define DOCTEST_CONFIG_IMPLEMENT
#include <doctest/doctest.h>

#include "base/translate.h"

// The unit tests read the catalogs this build compiled (po/CMakeLists.txt);
// messages are English unless a test asks for another language.
int main(int argc, char** argv) {
  ritrack::use_catalogs(RITRACK_BUILD_LOCALE_DIR);
  return doctest::Context(argc, argv).run();
}
