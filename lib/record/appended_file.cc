// Tested through record/pledge_recorder_test.cc and record/plan_recorder_test.cc.
#include "record/appended_file.h"

#include <algorithm>
#include <filesystem>

#include <fmt/format.h>

#include "base/errors.h"
#include "base/translate.h"
#include "store/atomic_write.h"
#include "store/file_lock.h"
#include "store/journal_format.h"

namespace ritrack {

namespace {

int lines_in(std::string_view text) { return static_cast<int>(std::count(text.begin(), text.end(), '\n')); }

}  // namespace

std::optional<std::string> with_entry(const Dataset& data, const AppendedFile& file, const std::string& entry,
                                      Diagnostics& out) {
  std::string path = data_path(data.dir, file.relative);
  std::string old = file.fresh;
  if (disk().kind_in(data.dir, file.relative) != FileKind::missing || old.empty()) {
    Diagnostics io;
    auto text = read_data_file(disk(), data.dir, file.relative, io);
    if (!text) throw IoError(io.front().message);
    old = std::move(*text);
  }
  auto marker = find_end_marker(old);
  // The old file is read as check reads it: one with errors takes nothing.
  Diagnostics old_problems;
  {
    DiagnosticSink sink(path, old_problems);
    file.read(old, sink);
  }
  std::erase_if(old_problems, [](const Diagnostic& d) { return d.severity != Severity::error; });
  if (!marker || !old_problems.empty()) {
    out.insert(out.end(), old_problems.begin(), old_problems.end());
    return std::nullopt;
  }
  std::string text = append_entries(old, entry, marker->entries + 1);
  int old_lines = lines_in(old.substr(0, marker->offset));
  Diagnostics problems;
  DiagnosticSink sink(path, problems);
  file.read(text, sink);
  bool refused = false;
  for (Diagnostic& d : problems) {
    if (d.pos.line <= old_lines) continue;  // the old file's own warnings are for check
    refused = refused || d.severity == Severity::error;
    d.file.clear();
    d.pos = {};
    out.push_back(std::move(d));
  }
  if (refused) return std::nullopt;
  return text;
}

bool append_entry(const Dataset& data, const AppendedFile& file, const std::string& entry, const AppendOptions& options,
                  Diagnostics& out) {
  std::filesystem::path relative(file.relative);
  std::error_code ec;
  std::filesystem::create_directories(data_path(data.dir, relative.parent_path().string()), ec);
  std::string lock = (relative.parent_path() / ("." + relative.filename().string() + ".lock")).string();
  FileLock held(data.dir, lock, options.lock_timeout, options.holder);
  auto text = with_entry(data, file, entry, out);
  if (!text) return false;
  StagedFile staged(data_path(data.dir, file.relative), *text);
  staged.commit();
  return true;
}

}  // namespace ritrack
