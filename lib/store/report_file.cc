#include "store/report_file.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#include <algorithm>
#include <cerrno>
#include <filesystem>

#include "base/errors.h"
#include "base/escape.h"
#include "base/translate.h"
#include "store/atomic_write.h"

namespace ritrack {

namespace fs = std::filesystem;

bool is_inside(const std::string& path, const std::string& dir) {
  std::error_code ec_path, ec_dir;
  fs::path resolved = fs::weakly_canonical(fs::absolute(path, ec_path), ec_path);
  fs::path root = fs::weakly_canonical(fs::absolute(dir, ec_dir), ec_dir);
  if (ec_path || ec_dir) return false;
  auto [in_root, in_path] = std::mismatch(root.begin(), root.end(), resolved.begin(), resolved.end());
  // "data/" ends in an empty component.
  return in_root == root.end() || (std::next(in_root) == root.end() && in_root->empty());
}

void refuse_inside_data(const std::string& path, const std::string& data_dir) {
  if (!data_dir.empty() && is_inside(path, data_dir))
    throw UsageError(trf("will not write to {}: it is inside the data directory {}; write reports elsewhere",
                         terminal_safe(path), terminal_safe(data_dir)));
}

// A pipe or a device is written as it is: replacing it would break whoever
// reads it (a pager, a terminal).
static void write_in_place(const std::string& path, std::string_view text) {
  int fd = ::open(path.c_str(), O_WRONLY | O_NOCTTY | O_CLOEXEC);
  if (fd < 0) throw_io_error(tr("open"), path);
  if (!write_all(fd, text)) {
    int saved = errno;
    ::close(fd);
    errno = saved;
    throw_io_error(tr("write"), path);
  }
  if (::close(fd) != 0) throw_io_error(tr("close"), path);
}

void write_report_file(const std::string& path, std::string_view text, const std::string& data_dir) {
  refuse_inside_data(path, data_dir);
  struct stat st;
  if (::stat(path.c_str(), &st) == 0 && !S_ISREG(st.st_mode)) {
    if (S_ISDIR(st.st_mode)) {
      errno = EISDIR;
      throw_io_error(tr("write"), path);
    }
    write_in_place(path, text);
    return;
  }
  // A link to a report is kept a link: the file it names is replaced.
  std::error_code ec;
  std::string target = fs::is_symlink(path, ec) ? fs::canonical(path, ec).string() : path;
  if (target.empty()) target = path;
  write_file_atomically(target, text);
}

}  // namespace ritrack
