#include "output/shared_library.h"

#include <dlfcn.h>

#include "base/errors.h"
#include "base/translate.h"

namespace ritrack {

namespace {

std::string last_error() {
  const char* why = ::dlerror();
  return why ? why : "";
}

}  // namespace

SharedLibrary::SharedLibrary(std::string soname)
    // Never unmapped, even by dlclose: the library's globals (libxml2's
    // parser state) stay reachable until the process ends, as when linked.
    : soname_(std::move(soname)), handle_(::dlopen(soname_.c_str(), RTLD_NOW | RTLD_LOCAL | RTLD_NODELETE)) {
  if (!handle_) throw IoError(trf("cannot load {}: {}", soname_, last_error()));
}

SharedLibrary::~SharedLibrary() { ::dlclose(handle_); }

void* SharedLibrary::symbol(const char* name) const {
  ::dlerror();  // a null symbol is an error only if dlerror says so
  void* address = ::dlsym(handle_, name);
  if (std::string why = last_error(); !why.empty()) throw IoError(trf("cannot load {}: {}", soname_, why));
  return address;
}

}  // namespace ritrack
