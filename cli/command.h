// How main finds the commands: each cli/cmd_*.cpp registers one subcommand
// and returns what to run when it is chosen.
#pragma once

#include <functional>

#include <CLI/CLI.hpp>

#include "options.h"

namespace ritrack::cli {

using CommandRun = std::function<int()>;

CommandRun add_check_command(CLI::App& app, const GlobalOptions& global);
CommandRun add_indicators_command(CLI::App& app, const GlobalOptions& global);
CommandRun add_show_command(CLI::App& app, const GlobalOptions& global);
CommandRun add_progress_command(CLI::App& app, const GlobalOptions& global);
CommandRun add_gaps_command(CLI::App& app, const GlobalOptions& global);
CommandRun add_matrix_command(CLI::App& app, const GlobalOptions& global);
CommandRun add_report_command(CLI::App& app, const GlobalOptions& global);
CommandRun add_record_command(CLI::App& app, const GlobalOptions& global);
CommandRun add_retract_command(CLI::App& app, const GlobalOptions& global);
CommandRun add_history_command(CLI::App& app, const GlobalOptions& global);
CommandRun add_import_command(CLI::App& app, const GlobalOptions& global);

}  // namespace ritrack::cli
