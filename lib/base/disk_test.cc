// The disk's refusals, on real links, pipes and devices in a scratch directory.
#include <fcntl.h>
#include <sys/mman.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <memory>

#include <doctest/doctest.h>

#include "base/file_system.h"
#include "testing/fixtures.h"

using namespace ritrack;
namespace fs = std::filesystem;

namespace {

struct Scratch : testing::ScratchDir {
  Scratch() { fs::create_directories(dir / "data/values"); }
  std::string data() const { return at("data"); }
};

}  // namespace

TEST_CASE("the disk reads a regular file of a data directory whole") {
  Scratch s;
  s.write("data/values/PER.yaml", "entries: []\n");
  CHECK(*disk().read_in(s.data(), "values/PER.yaml", nullptr) == "entries: []\n");
  CHECK(disk().kind_in(s.data(), "values") == FileKind::directory);
  CHECK(*disk().list_in(s.data(), "values", nullptr) == std::vector<std::string>{"PER.yaml"});
}

TEST_CASE("the disk refuses a link to a file, in the last place or on the way") {
  Scratch s;
  s.write("secret", "TOKEN=hunter2\n");
  fs::create_symlink(s.dir / "secret", s.dir / "data/values/PER.yaml");
  fs::create_directories(s.dir / "elsewhere");
  s.write("elsewhere/ARG.yaml", "TOKEN=hunter2\n");
  fs::create_directory_symlink(s.dir / "elsewhere", s.dir / "data/linked");
  std::string why;
  CHECK_FALSE(disk().read_in(s.data(), "values/PER.yaml", &why));
  CHECK(why == "it is a symbolic link, which ritrack does not follow in a data directory");
  CHECK(disk().kind_in(s.data(), "values/PER.yaml") == FileKind::link);
  CHECK_FALSE(disk().read_in(s.data(), "linked/ARG.yaml", &why));
  CHECK(why == "linked is a symbolic link, which ritrack does not follow in a data directory");
  CHECK_FALSE(disk().list_in(s.data(), "linked", &why));
  CHECK(why == "it is a symbolic link, which ritrack does not follow in a data directory");
  CHECK_FALSE(disk().read_in(s.data(), "../secret", &why));
  CHECK(why == "'..' may not appear in a path inside the data directory");
}

TEST_CASE("the disk refuses a pipe without waiting for a writer") {
  Scratch s;
  REQUIRE(::mkfifo((s.dir / "data/values/PER.yaml").c_str(), 0600) == 0);
  std::string why;
  CHECK_FALSE(disk().read_in(s.data(), "values/PER.yaml", &why));
  CHECK(why == "it is not a regular file (a pipe, a device or a socket)");
  CHECK(disk().kind_in(s.data(), "values/PER.yaml") == FileKind::special);
}

TEST_CASE("the disk says why a directory cannot be listed") {
  Scratch s;
  s.write("data/framework.yaml", "x");
  std::string why;
  CHECK_FALSE(disk().list_in(s.data(), "framework.yaml", &why));
  CHECK(why == "Not a directory");
  if (::geteuid() != 0) {  // root lists any directory
    fs::permissions(s.dir / "data/values", fs::perms::none);
    CHECK_FALSE(disk().list_in(s.data(), "values", &why));
    CHECK(why == "Permission denied");
  }
}

TEST_CASE("a file the user names is read through links and from pipes, within the limit") {
  Scratch s;
  s.write("rows.csv", "a,b\n");
  fs::create_symlink(s.dir / "rows.csv", s.dir / "link.csv");
  CHECK(*disk().read((s.dir / "link.csv").string(), nullptr) == "a,b\n");
  std::string why;
  CHECK_FALSE(disk().read(s.dir.string(), &why));
  CHECK(why == "Is a directory");
}

TEST_CASE("a file is read whole whether it is as large as fstat said, has grown or has shrunk since") {
  Scratch s;
  std::string text(100000, 'x');
  text += "end\n";
  s.write("big", text);
  for (size_t said : {text.size(), size_t{10}, text.size() + 5000, size_t{0}}) {
    int fd = ::open((s.dir / "big").c_str(), O_RDONLY | O_CLOEXEC);
    REQUIRE(fd >= 0);
    std::string why;
    auto got = detail::read_all(fd, said, &why);
    ::close(fd);
    REQUIRE_MESSAGE(got, why);
    CHECK(*got == text);
  }
}

TEST_CASE("a file's stamp changes when it is rewritten, and only regular files have one") {
  Scratch s;
  s.write("data/values/PER.yaml", "entries: []\n");
  auto first = disk().stamp_in(s.data(), "values/PER.yaml");
  REQUIRE(first);
  CHECK(first->size == 12);
  CHECK(disk().stamp_in(s.data(), "values/PER.yaml") == first);
  s.write("data/values/PER.yaml", "entries: [] \n");
  CHECK(disk().stamp_in(s.data(), "values/PER.yaml") != first);
  fs::create_symlink(s.dir / "data/values/PER.yaml", s.dir / "data/values/ARG.yaml");
  CHECK_FALSE(disk().stamp_in(s.data(), "values/ARG.yaml"));
  CHECK_FALSE(disk().stamp_in(s.data(), "values"));
  CHECK_FALSE(disk().stamp_in(s.data(), "values/BRA.yaml"));
  if (::geteuid() != 0) {  // root reads whatever the mode says
    fs::permissions(s.dir / "data/values/PER.yaml", fs::perms::none);
    CHECK_FALSE(disk().stamp_in(s.data(), "values/PER.yaml"));
  }
}

TEST_CASE("a fresh buffer prefaulted takes no page fault as it is first written, where the kernel can") {
  constexpr size_t kSize = size_t{8} << 20;
  // Whether this kernel populates on request (MADV_POPULATE_WRITE, Linux 5.14).
  void* probe = ::mmap(nullptr, 4096, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  REQUIRE(probe != MAP_FAILED);
#ifdef MADV_POPULATE_WRITE
  bool can = ::madvise(probe, 4096, MADV_POPULATE_WRITE) == 0;
#else
  bool can = false;
#endif
  ::munmap(probe, 4096);
  auto faults = [] {
    rusage usage{};
    ::getrusage(RUSAGE_SELF, &usage);
    return usage.ru_minflt;
  };
  if (!can) {
    MESSAGE("this kernel does not populate on request: prefault does nothing here");
    return;
  }
#ifdef __SANITIZE_ADDRESS__
  // AddressSanitizer's checks of the writes fault in its own shadow pages.
  MESSAGE("under AddressSanitizer the faults counted are not the buffer's alone");
  return;
#endif
  std::unique_ptr<char[]> buffer(new char[kSize]);  // fresh pages, not written yet
  detail::prefault(buffer.get(), kSize);
  long prefaulted = faults();
  std::memset(buffer.get(), 1, kSize);
  CHECK(faults() - prefaulted < 16);        // 2,048 pages written, faulted in by the one call
  detail::prefault(buffer.get() + 1, 100);  // small, unaligned: nothing to do
  detail::prefault(buffer.get() + 1, kSize - 1);
  CHECK(buffer[kSize - 1] == 1);  // the bytes are left as they were
  CHECK(buffer[0] == 1);
}
