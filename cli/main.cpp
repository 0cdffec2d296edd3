// ritrack: results framework and indicator tracker for the Regional Initiative
// Latin America and the Caribbean Free of Child Labour.
#include <malloc.h>

#include <csignal>
#include <cstring>
#include <iostream>
#include <set>

#include <fmt/format.h>
#include <CLI/CLI.hpp>

#include "base/errors.h"
#include "base/escape.h"
#include "base/suggest.h"
#include "base/translate.h"
#include "command.h"
#include "context.h"
#include "parser_language.h"

using namespace ritrack;
using namespace ritrack::cli;

namespace {

// The command line as read before it is parsed: --lang's value (the help
// and the parser's own errors are in that language too) and the arguments
// other than the run-wide options (--data, --lang, --wait) and their values.
struct EarlyArguments {
  std::string lang;
  std::vector<std::string_view> rest;
};

EarlyArguments early_arguments(int argc, char** argv) {
  EarlyArguments out;
  for (int i = 1; i < argc; ++i) {
    std::string_view a = argv[i];
    if (a == "--data" || a == "--lang" || a == "--wait") {
      if (a == "--lang" && i + 1 < argc) out.lang = argv[i + 1];
      ++i;
    } else if (a.starts_with("--lang=")) {
      out.lang = std::string(a.substr(7));
    } else if (!a.starts_with("--data=") && !a.starts_with("--wait=")) {
      out.rest.push_back(a);
    }
  }
  return out;
}

// The first word that is not an option: the command the user meant, when
// it is not one we have.
std::optional<std::string> unknown_command(const EarlyArguments& args) {
  for (std::string_view a : args.rest) {
    if (a.starts_with("-")) continue;
    if (find_command(a)) return std::nullopt;
    return std::string(a);
  }
  return std::nullopt;
}

std::string command_names() {
  std::string names;
  for (const Command* c : commands()) names += (names.empty() ? "" : ", ") + std::string(c->name);
  return names;
}

ExitStatus run(int argc, char** argv) {
  use_catalogs(catalog_dir());
  set_message_lang(resolve_lang(""));  // the environment's, for an error about --lang itself
  EarlyArguments early = early_arguments(argc, argv);
  set_message_lang(resolve_lang(early.lang));
  CLI::App app{
      tr("ritrack: results framework and indicator tracker for the Regional Initiative\n"
         "Latin America and the Caribbean Free of Child Labour")};
  app.name("ritrack");
  speak_user_language(app);
  app.require_subcommand(1);
  app.fallthrough();  // --data, --lang and --wait work after the command name too
  GlobalOptions global;
  add_global_options(app, global);
  std::vector<std::pair<CLI::App*, CommandRun>> subcommands;
  for (const Command* c : commands()) {
    CLI::App* sub = app.add_subcommand(std::string(c->name), tr(c->summary));
    sub->footer(tr(c->help));
    subcommands.emplace_back(sub, c->setup(*sub));
  }

  name_option_groups(app);
  if (early.rest.empty()) {  // no command, help or version asked: list the commands
    std::cout << command_list(app);
    return ExitStatus::ok;
  }
  if (auto name = unknown_command(early)) {
    std::vector<std::string> known;
    for (const Command* c : commands()) known.emplace_back(c->name);
    std::string hint = did_you_mean(*name, known);
    throw UsageError(trf("unknown command '{}'; {}", terminal_safe(*name),
                         hint.empty() ? trf("the commands are {}", command_names()) : hint));
  }
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    if (e.get_exit_code() == 0) return app.exit(e) == 0 ? ExitStatus::ok : ExitStatus::usage;  // --help, --version
    throw UsageError(parse_error_message(e, app));
  }
  RunContext context = resolve_context(global);
  for (auto& [sub, run_command] : subcommands) {
    if (!sub->parsed()) continue;
    const Command& command = *find_command(sub->get_name());
    // A cache file found damaged as entries were read back from it is gone
    // (CacheDamaged): the command runs again, that journal read from its
    // file, unless it has written something already. Each file once: the
    // next run of the command reads it from the journal.
    std::set<std::string> damaged;
    for (;;) {
      try {
        Dataset data = load_for(command, context);
        Session session(context, data);
        return run_command(session);
      } catch (const CacheDamaged& e) {
        if (!damaged.insert(e.file).second || output_written()) throw;
      }
    }
  }
  return ExitStatus::usage;
}

}  // namespace

int main(int argc, char** argv) {
  // A write over the file-size limit then fails with EFBIG, like a full disk,
  // instead of killing the process halfway.
  std::signal(SIGXFSZ, SIG_IGN);
  // A run is short and holds files of a few megabytes, some several times
  // (a record reads its journal, stages it, reads its cache): freed buffers
  // are kept for the next ones instead of going back to the kernel, whose
  // fresh pages would fault in again. A warm record into a 5,000-entry
  // journal faults in 35 % fewer pages (bench/, README "Performance").
  mallopt(M_MMAP_THRESHOLD, 32 << 20);
  mallopt(M_TRIM_THRESHOLD, 64 << 20);
  // Every failure that stops a run becomes its exit status here, and only here.
  try {
    return exit_code(run(argc, argv));
  } catch (const DataError& e) {
    std::cerr << "ritrack: " << e.what() << "\n";
    return exit_code(e.status);
  } catch (const UsageError& e) {
    std::cerr << "ritrack: " << e.what() << "\n";
    return exit_code(ExitStatus::usage);
  } catch (const IoError& e) {
    std::cerr << "ritrack: " << e.what() << "\n";
    return exit_code(ExitStatus::io);
  } catch (const std::exception& e) {
    std::cerr << "ritrack: " << e.what() << "\n";
    return exit_code(ExitStatus::io);
  }
}
