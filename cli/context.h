// The run-wide options (--data, --lang, --wait), the context they resolve
// to, and what every command shares: loading, diagnostics, output.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include <CLI/CLI.hpp>

#include "base/date.h"
#include "base/diagnostic.h"
#include "command.h"

namespace ritrack {
struct AppendOptions;
}

namespace ritrack::cli {

struct GlobalOptions {
  std::string data;                                       // --data
  std::string lang;                                       // --lang
  int wait = static_cast<int>(kDefaultLockWait.count());  // --wait, seconds
  bool no_cache = false;                                  // --no-cache
};

void add_global_options(CLI::App& app, GlobalOptions& options);

// The user's language: --lang, $RITRACK_LANG, $LC_ALL, $LC_MESSAGES,
// $LANGUAGE, $LANG, then English. Throws UsageError for an unknown --lang.
Lang resolve_lang(const std::string& lang_option);
// The compiled message catalogs: ../share/locale from the binary's folder.
std::string catalog_dir();

// Throws UsageError for an unknown language or a malformed $RITRACK_TODAY.
RunContext resolve_context(const GlobalOptions& options);

// How `context` loads journals: `journals` only (all when nullopt), through its cache.
LoadOptions load_options(const RunContext& context, std::optional<std::vector<std::string>> journals = std::nullopt);
// How `context` appends for `by` (lock_holder names them): its lock wait,
// quarter and cache.
AppendOptions append_options(const RunContext& context, const std::string& by);

// What `command` needs (Needs), loaded; problems are printed to stderr and,
// when there are errors, DataError is thrown.
Dataset load_for(const Command& command, const RunContext& context);
// Throws IoError when the data in use is the installed copy: a command
// whose writes depend on its arguments (pledge add) asks before writing.
void refuse_installed_data(const RunContext& context);

// Prints diagnostics to stderr in the text format.
void print_diagnostics(const Diagnostics& diagnostics);

// The period an option names ("--as-of 2019-Q2"), or nullopt when it is
// empty; UsageError naming the option when it is not a period.
std::optional<Period> period_option(const std::string& text, std::string_view option);

// Today's date from the run's clock ($RITRACK_NOW pins it).
Date today_of(const RunContext& context);

// Writes `text` to `path`, or to stdout when `path` is empty or "-"; throws IoError.
void write_output(const std::string& text, const std::string& path);
// Whether write_output has written anything in this run.
bool output_written();
// Creates folder `dir` and its parents where missing (-o DIR/); throws
// IoError with the system's reason in the message language.
void create_output_folder(const std::string& dir);

// Who records: --by, else the git user name, else the login name.
std::string recorded_by(const std::string& by_option);
// "pid 1234 (ana) since 2026-11-22T10:15:00Z", written into lock files.
std::string lock_holder(const std::string& by);

// "Nothing recorded.", on stderr: a form was left or refused.
void say_nothing_recorded();

// How one kind of appended file takes an entry (append_to_register,
// append_to_plan) and the folder its files live in ("pledges").
struct AppendedKind {
  bool (*append)(const Dataset& data, const std::string& name, const std::string& entry, const AppendOptions& options,
                 Diagnostics& out);
  std::string_view folder;
};

// Appends `entry` to file `name` of `kind` by `by`, prints its problems and
// where it went; DataError when nothing was written. `warned`: the entry's
// warnings were shown before it was confirmed, so only errors are printed.
ExitStatus append_and_say(Session& session, const AppendedKind& kind, const std::string& name, const std::string& entry,
                          const std::string& by, bool warned = false);

}  // namespace ritrack::cli
