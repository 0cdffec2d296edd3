// Where a report goes with -o.
#pragma once

#include <string>
#include <string_view>

namespace ritrack {

// Writes `text` to `path`. A regular file (or a new one) is replaced through
// a temporary file and a rename, so that a failure leaves the previous
// report whole; a pipe or a terminal (/dev/stdout) is written in place. A
// path inside `data_dir` (after links) is refused with UsageError: a report
// must never replace a journal, the framework or the country list. Throws
// IoError with the system's reason.
void write_report_file(const std::string& path, std::string_view text, const std::string& data_dir);

// Throws UsageError when `path` lies in `data_dir` (empty: no data in use):
// reports are written elsewhere.
void refuse_inside_data(const std::string& path, const std::string& data_dir);

// Whether `path` lies in directory `dir`, once both are resolved through links.
bool is_inside(const std::string& path, const std::string& dir);

}  // namespace ritrack
