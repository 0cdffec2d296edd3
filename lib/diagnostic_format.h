// Diagnostics as text (FILE:LINE:COL, excerpt, caret, hint), JSON or GitHub annotations.
#pragma once

#include <map>
#include <optional>
#include <string>

#include "diagnostic.h"

namespace ritrack {

// Source lines for excerpts, read on demand and cached per file.
class SourceLines {
 public:
  virtual ~SourceLines() = default;
  std::optional<std::string> line(const std::string& file, int number);

 protected:
  virtual std::optional<std::string> load(const std::string& file);

 private:
  std::map<std::string, std::optional<std::string>> files_;
};

std::string format_diagnostic_text(const Diagnostic& d, SourceLines& sources);
// {"schema":"ritrack.check/1","errors":[...],"warnings":[...],"summary":{...}}
std::string format_check_json(const Diagnostics& diagnostics, int files_checked, size_t entries);
std::string format_diagnostic_github(const Diagnostic& d);

}  // namespace ritrack
