// Diagnostics as text (FILE:LINE:COL, excerpt, caret, hint), JSON or GitHub annotations.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "base/diagnostic.h"
#include "base/file_system.h"

namespace ritrack {

// Source lines for excerpts, read on demand and cached per file with where
// each line starts, so that a hundred thousand excerpts take linear time.
class SourceLines {
 public:
  explicit SourceLines(const FileSystem& files = disk()) : files_read_(files) {}
  std::optional<std::string> line(const std::string& file, int number);

 private:
  struct Text {
    std::string bytes;
    std::vector<size_t> line_starts;  // line_starts[i]: offset of line i + 1
  };
  const FileSystem& files_read_;
  std::map<std::string, std::optional<Text>> files_;
};

std::string format_diagnostic_text(const Diagnostic& d, SourceLines& sources);
// {"schema":"ritrack.check/1","errors":[...],"warnings":[...],"summary":{...}}
std::string format_check_json(const Diagnostics& diagnostics, int files_checked, size_t entries);
std::string format_diagnostic_github(const Diagnostic& d);

}  // namespace ritrack
