// The commands, declared in one table (cli/commands.cpp): each cmd_*.cpp
// defines one row with its name, summary, help text and what it needs
// loaded. The table gives main the subcommands, the command list, "did you
// mean", and the README check (tests/readme_commands.sh).
#pragma once

#include <chrono>
#include <functional>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include <CLI/CLI.hpp>

#include "base/lang.h"
#include "base/period.h"
#include "store/dataset.h"
#include "store/file_lock.h"

namespace ritrack::cli {

// What a command needs loaded before it runs.
enum class Needs {
  nothing,      // loads what it works on itself (check: loading is its job)
  framework,    // the framework and the countries
  one_journal,  // the framework and countries; the command loads the journal(s) it names
  // Framework, countries and every journal, refused when any has errors;
  // of the entries only those that stand (superseded and retracted ones are
  // dropped as each journal is read): the reports need no other.
  standing_values,
};

// Whether a command writes into the data (the installed data is read-only).
enum class Access { reads, writes };

// Where the data directory came from: a write into the installed copy is refused.
enum class DataSource { option, environment, working_directory, installed };

// Resolved once per run, after the arguments are parsed and before any
// command runs: nothing below reads the environment or the clock again.
struct RunContext {
  std::string data_dir;  // --data, $RITRACK_DATA, ./data, the installed data
  DataSource data_source = DataSource::option;
  Lang lang = Lang::en;                              // context.h: resolve_lang
  Period today;                                      // the current quarter in UTC; $RITRACK_TODAY pins it
  std::string now;                                   // the recording time; $RITRACK_NOW pins it
  bool clock_pinned = false;                         // $RITRACK_NOW is set: `now` stays what it says
  std::chrono::seconds lock_wait{kDefaultLockWait};  // --wait
  // The journal cache's folder ($XDG_CACHE_HOME/ritrack); empty with
  // --no-cache or $RITRACK_NO_CACHE=1 (store/journal_cache.h).
  std::string cache;
  // $RITRACK_TEST_COMMIT_PAUSE_MS: a pause between the renames of a commit of
  // several journals, so that tests/journal/kill_during_import.sh can hit it.
  std::chrono::milliseconds commit_pause{0};
};

// What a command runs with: the context and the data its row asked for.
class Session {
 public:
  Session(const RunContext& context, Dataset& data) : context(context), data(data) {}
  const RunContext& context;
  Dataset& data;
  // Adds these journals (codes; unlisted ones are skipped) to `data`, with
  // the entries `keep` says; throws DataError, after printing the problems,
  // when any has errors.
  void load_journals(const std::vector<std::string>& codes, Keep keep = Keep::all);
  // Adds every journal in values/ the same way.
  void load_all_journals();
};

using CommandRun = std::function<ExitStatus(Session&)>;

struct Command {
  std::string_view name;
  std::string_view summary;  // one line, for the command list
  std::string_view help;     // after the options in --help: what it does, examples
  Needs needs;
  Access access;
  // Declares the subcommand's options; returns what runs when it is chosen.
  CommandRun (*setup)(CLI::App& cmd);
};

// Every command, in the order the list shows them.
std::span<const Command* const> commands();
const Command* find_command(std::string_view name);

}  // namespace ritrack::cli
