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
    : soname_(std::move(soname)), handle_(::dlopen(soname_.c_str(), RTLD_NOW | RTLD_LOCAL)) {
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
