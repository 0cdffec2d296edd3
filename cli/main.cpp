// ritrack: results framework and indicator tracker for the Regional Initiative
// Latin America and the Caribbean Free of Child Labour.
#include <csignal>
#include <iostream>
#include <utility>
#include <vector>

#include <CLI/CLI.hpp>

#include "command.h"
#include "base/io_error.h"
#include "options.h"

using namespace ritrack::cli;

int main(int argc, char** argv) {
  // A write over the file-size limit then fails with EFBIG, like a full disk,
  // instead of killing the process halfway.
  std::signal(SIGXFSZ, SIG_IGN);
  CLI::App app{"ritrack: results framework and indicator tracker for the Regional Initiative\n"
               "Latin America and the Caribbean Free of Child Labour"};
  app.require_subcommand(1);
  app.fallthrough();  // --data and --lang work after the command name too
  GlobalOptions global;
  add_global_options(app, global);

  std::vector<std::pair<CLI::App*, CommandRun>> commands;
  auto add = [&](CommandRun (*adder)(CLI::App&, const GlobalOptions&)) {
    size_t before = app.get_subcommands({}).size();
    CommandRun run = adder(app, global);
    commands.emplace_back(app.get_subcommands({})[before], std::move(run));
  };
  add(add_check_command);
  add(add_indicators_command);
  add(add_show_command);
  add(add_record_command);
  add(add_retract_command);
  add(add_history_command);
  add(add_import_command);
  add(add_progress_command);
  add(add_gaps_command);
  add(add_matrix_command);
  add(add_report_command);

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    int code = app.exit(e);
    return code == 0 ? kExitOk : kExitUsage;
  }
  try {
    for (auto& [sub, run] : commands)
      if (sub->parsed()) return run();
  } catch (const ritrack::IoError& e) {
    std::cerr << "ritrack: " << e.what() << "\n";
    return kExitIo;
  } catch (const UsageError& e) {
    std::cerr << "ritrack: " << e.what() << "\n";
    return kExitUsage;
  } catch (const std::exception& e) {
    std::cerr << "ritrack: " << e.what() << "\n";
    return kExitIo;
  }
  return kExitUsage;
}
