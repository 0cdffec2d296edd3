// A shared library opened when a run first needs it. The spreadsheet and XML
// writers' libraries bring libcrypto and ICU with them: loaded at start-up,
// they cost every command about 3 ms, and most commands write neither.
#pragma once

#include <string>

namespace ritrack {

class SharedLibrary {
 public:
  // Opens `soname` (e.g. "libxml2.so.2"); throws IoError, naming it and
  // why, when it cannot be loaded.
  explicit SharedLibrary(std::string soname);
  ~SharedLibrary();
  SharedLibrary(const SharedLibrary&) = delete;
  SharedLibrary& operator=(const SharedLibrary&) = delete;

  // The function `name`, typed as its declaration in the library's header
  // says (`decltype(&name)`); throws IoError when the library lacks it.
  template <class Function>
  Function function(const char* name) const {
    return reinterpret_cast<Function>(symbol(name));  // NOLINT: dlsym's result is the function's address
  }

 private:
  void* symbol(const char* name) const;
  std::string soname_;
  void* handle_;
};

}  // namespace ritrack

// Inside a struct whose first member is a SharedLibrary `library`: declares
// member `name`, the library's function of that name, typed by its header.
// NOLINTNEXTLINE(bugprone-macro-parentheses): `name` is declared, not evaluated
#define RITRACK_LIBRARY_FUNCTION(name) decltype(&::name) name = library.function<decltype(&::name)>(#name)
