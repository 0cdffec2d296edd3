#include "base/file_system.h"

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

#include <fmt/format.h>

#include "base/translate.h"

namespace ritrack {

namespace {

class Disk : public FileSystem {
 public:
  std::optional<std::string> read(const std::string& path, std::string* why) const override {
    std::ifstream in(path, std::ios::binary);
    if (!in) {
      if (why) *why = std::strerror(errno);
      return std::nullopt;
    }
    std::ostringstream buffer;
    buffer << in.rdbuf();
    return std::move(buffer).str();
  }
  bool is_directory(const std::string& path) const override {
    std::error_code ec;
    return std::filesystem::is_directory(path, ec);
  }
  bool is_file(const std::string& path) const override {
    std::error_code ec;
    return std::filesystem::exists(path, ec);
  }
  std::vector<std::string> list(const std::string& path) const override {
    std::vector<std::string> names;
    std::error_code ec;
    for (const auto& item : std::filesystem::directory_iterator(path, ec))
      names.push_back(item.path().filename().string());
    return names;
  }
};

// "data/values/" and "data/values" name the same directory.
std::string as_dir_prefix(const std::string& path) {
  if (path.empty() || path == ".") return "";
  return path.back() == '/' ? path : path + "/";
}

}  // namespace

const FileSystem& disk() {
  static const Disk instance;
  return instance;
}

std::optional<std::string> MemoryFileSystem::read(const std::string& path, std::string* why) const {
  auto it = files_.find(path);
  if (it != files_.end()) return it->second;
  if (why) *why = std::strerror(ENOENT);
  return std::nullopt;
}

bool MemoryFileSystem::is_directory(const std::string& path) const {
  std::string prefix = as_dir_prefix(path);
  if (prefix.empty()) return true;
  auto it = files_.lower_bound(prefix);
  return it != files_.end() && it->first.starts_with(prefix);
}

std::vector<std::string> MemoryFileSystem::list(const std::string& path) const {
  std::string prefix = as_dir_prefix(path);
  std::set<std::string> names;
  for (auto it = files_.lower_bound(prefix); it != files_.end() && it->first.starts_with(prefix); ++it) {
    std::string rest = it->first.substr(prefix.size());
    names.insert(rest.substr(0, rest.find('/')));
  }
  return {names.begin(), names.end()};
}

std::optional<std::string> read_file(const FileSystem& fs, const std::string& path, Diagnostics& out) {
  std::string why;
  auto text = fs.read(path, &why);
  if (!text)
    out.push_back({path, {}, 1, Severity::error, DiagnosticCode::io, trf("cannot read {}: {}", path, why), ""});
  return text;
}

std::string data_path(const std::string& dir, const std::string& relative) {
  if (dir.empty() || dir == ".") return relative;
  return dir.back() == '/' ? dir + relative : dir + "/" + relative;
}

}  // namespace ritrack
