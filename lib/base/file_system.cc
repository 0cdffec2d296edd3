#include "base/file_system.h"

#include <cerrno>
#include <cstring>
#include <set>

#include <fmt/format.h>

#include "base/translate.h"

namespace ritrack {

namespace {

// "data/values/" and "data/values" name the same directory.
std::string as_dir_prefix(const std::string& path) {
  if (path.empty() || path == ".") return "";
  return path.back() == '/' ? path : path + "/";
}

// A name in memory: data_path, with "." naming `root` itself.
std::string memory_path(const std::string& root, const std::string& relative) {
  return relative.empty() || relative == "." ? root : data_path(root, relative);
}

Diagnostic cannot_read(const std::string& path, const std::string& why) {
  return {path, {}, 1, Severity::error, DiagnosticCode::io, trf("cannot read {}: {}", path, why), ""};
}

}  // namespace

std::string refusal_reason(FileKind kind) {
  switch (kind) {
    case FileKind::link:
      return tr("it is a symbolic link, which ritrack does not follow in a data directory");
    case FileKind::special:
      return tr("it is not a regular file (a pipe, a device or a socket)");
    case FileKind::regular:
      return os_reason(ENOTDIR);
    case FileKind::directory:
      return os_reason(EISDIR);
    case FileKind::unreadable:
      return os_reason(EACCES);
    case FileKind::missing:
      break;
  }
  return os_reason(ENOENT);
}

std::string too_large_reason() {
  return trf("it is larger than {} MiB, the most ritrack reads from one file", kMaxFileMiB);
}

std::optional<std::string> MemoryFileSystem::read(const std::string& path, std::string* why) const {
  auto it = files_.find(path);
  if (it != files_.end()) return it->second;
  if (why) *why = os_reason(ENOENT);
  return std::nullopt;
}

std::optional<std::string> MemoryFileSystem::read_in(const std::string& root, const std::string& relative,
                                                     std::string* why) const {
  FileKind kind = kind_in(root, relative);
  if (kind != FileKind::regular) {
    if (why) *why = refusal_reason(kind);
    return std::nullopt;
  }
  return read(memory_path(root, relative), why);
}

FileKind MemoryFileSystem::kind_in(const std::string& root, const std::string& relative) const {
  std::string path = memory_path(root, relative);
  if (auto it = others_.find(path); it != others_.end()) return it->second;
  if (files_.count(path)) return FileKind::regular;
  return is_directory(path) ? FileKind::directory : FileKind::missing;
}

bool MemoryFileSystem::is_directory(const std::string& path) const {
  std::string prefix = as_dir_prefix(path);
  if (prefix.empty()) return true;
  auto it = files_.lower_bound(prefix);
  return it != files_.end() && it->first.starts_with(prefix);
}

std::optional<std::vector<std::string>> MemoryFileSystem::list_in(const std::string& root, const std::string& relative,
                                                                  std::string* why) const {
  FileKind kind = kind_in(root, relative);
  if (kind != FileKind::directory) {
    if (why) *why = refusal_reason(kind);
    return std::nullopt;
  }
  std::string prefix = as_dir_prefix(memory_path(root, relative));
  std::set<std::string> names;
  for (auto it = files_.lower_bound(prefix); it != files_.end() && it->first.starts_with(prefix); ++it) {
    std::string rest = it->first.substr(prefix.size());
    names.insert(rest.substr(0, rest.find('/')));
  }
  for (const auto& [path, other] : others_)
    if (path.starts_with(prefix) && path.find('/', prefix.size()) == std::string::npos)
      names.insert(path.substr(prefix.size()));
  return std::vector<std::string>{names.begin(), names.end()};
}

std::optional<std::string> read_data_file(const FileSystem& fs, const std::string& dir, const std::string& relative,
                                          Diagnostics& out) {
  std::string why;
  auto text = fs.read_in(dir, relative, &why);
  if (!text) out.push_back(cannot_read(data_path(dir, relative), why));
  return text;
}

std::optional<std::string> read_file(const FileSystem& fs, const std::string& path, Diagnostics& out) {
  std::string why;
  auto text = fs.read(path, &why);
  if (!text) out.push_back(cannot_read(path, why));
  return text;
}

std::string data_path(const std::string& dir, const std::string& relative) {
  if (dir.empty() || dir == ".") return relative;
  return dir.back() == '/' ? dir + relative : dir + "/" + relative;
}

}  // namespace ritrack
