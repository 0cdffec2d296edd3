// Options every command shares, and what they resolve to.
#pragma once

#include <stdexcept>
#include <string>

#include <CLI/CLI.hpp>

#include "store/dataset.h"
#include "base/lang.h"
#include "base/period.h"

namespace ritrack::cli {

// Exit statuses (README, "Exit codes").
inline constexpr int kExitOk = 0;
inline constexpr int kExitDataError = 1;
inline constexpr int kExitUsage = 2;
inline constexpr int kExitIo = 3;

// A request that makes no sense: printed as "ritrack: ..." with exit status 2.
struct UsageError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

struct GlobalOptions {
  std::string data;  // --data
  std::string lang;  // --lang
};

void add_global_options(CLI::App& app, GlobalOptions& options);

// --data, else $RITRACK_DATA, else ./data when it exists, else the installed data.
std::string resolve_data_dir(const GlobalOptions& options);
// --lang, else $RITRACK_LANG, else $LANG, else English.
Lang resolve_lang(const GlobalOptions& options);
// The current quarter in UTC; $RITRACK_TODAY (YYYY-MM-DD) pins it for reproducible runs.
Period current_quarter();

// Loads the data directory, printing every diagnostic to stderr. Commands
// other than `check` refuse to work on data with errors.
// `journals`: only these (see LoadOptions), or all.
Dataset load_or_report(const GlobalOptions& options, int& status,
                       std::optional<std::vector<std::string>> journals = std::nullopt);

// Writes `text` to `path`, or to stdout when `path` is empty or "-".
void write_output(const std::string& text, const std::string& path);

// The recording time: now in UTC; $RITRACK_NOW pins it for reproducible runs.
std::string recording_time();

// Who records: --by, else the git user name, else the login name.
std::string recorded_by(const std::string& by_option);
// "pid 1234 (ana) since 2026-11-22T10:15:00Z", written into lock files.
std::string lock_holder(const std::string& by);

// Prints diagnostics to stderr in the text format.
void print_diagnostics(const Diagnostics& diagnostics);

// Exit status for a list of diagnostics: 0, 1 (data errors) or 3 (unreadable files).
int status_for(const Diagnostics& diagnostics);

}  // namespace ritrack::cli
