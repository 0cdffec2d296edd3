#include "parser_language.h"

#include <fmt/format.h>

#include "base/escape.h"
#include "base/suggest.h"
#include "base/translate.h"
#include "command.h"

namespace ritrack::cli {

void speak_user_language(CLI::App& app) {
  auto formatter = app.get_formatter();  // shared with every subcommand added later
  for (std::string_view label : {N_("Usage"), N_("OPTIONS"), N_("SUBCOMMAND"), N_("Positionals"), N_("REQUIRED"),
                                 N_("TEXT"), N_("INT"), N_("UINT"), N_("FLOAT")})
    formatter->label(std::string(label), tr(label));
  app.set_help_flag("-h,--help", tr("Print this help and exit"));
  app.set_version_flag("--version", "ritrack " RITRACK_VERSION "\n" + trf("build: {}", RITRACK_BUILD),
                       tr("Print the version and the build, and exit"));
}

void name_option_groups(CLI::App& app) {
  std::vector<CLI::App*> scopes = app.get_subcommands({});
  scopes.push_back(&app);
  for (CLI::App* scope : scopes)
    for (CLI::Option* o : scope->get_options({}))
      if (o->get_group() == "Options") o->group(tr("Options"));
  for (CLI::App* scope : scopes)
    if (scope->get_group() == "Subcommands") scope->group(tr("Subcommands"));
}

namespace {

// The innermost command the user named: its options are the ones to suggest.
const CLI::App& command_in_use(const CLI::App& app) {
  for (const CLI::App* sub : app.get_subcommands())
    if (sub->parsed()) return *sub;
  return app;
}

std::vector<std::string> option_names(const CLI::App& command) {
  std::vector<std::string> names;
  for (const CLI::App* scope = &command; scope; scope = scope->get_parent())
    for (const CLI::Option* o : scope->get_options()) {
      for (const std::string& l : o->get_lnames()) names.push_back("--" + l);
      for (const std::string& s : o->get_snames()) names.push_back("-" + s);
    }
  return names;
}

std::string help_line(const CLI::App& command) {
  std::string name = command.get_parent() ? "ritrack " + command.get_name() : "ritrack";
  return trf("'{} --help' lists the options", name);
}

// CLI11 names the option before a colon ("--as-of: 1 required TEXT missing").
std::string option_named_in(const std::string& what) {
  size_t colon = what.find(':');
  return colon == std::string::npos ? what : what.substr(0, colon);
}

}  // namespace

std::string parse_error_message(const CLI::ParseError& error, const CLI::App& app) {
  const CLI::App& command = command_in_use(app);
  std::string what = error.what();
  std::string message;
  if (dynamic_cast<const CLI::ExtrasError*>(&error)) {
    std::vector<std::string> extras = command.remaining();
    if (&command != &app)
      for (const std::string& a : app.remaining()) extras.push_back(a);
    std::string first = extras.empty() ? what : extras.front();
    for (const std::string& a : extras)
      if (a.starts_with("-")) {
        first = a;
        break;
      }
    std::string shown = terminal_safe(first.substr(0, first.find('=')));
    if (first.starts_with("-")) {
      std::string hint = did_you_mean(shown, option_names(command));
      return trf("unknown option '{}'; {}", shown, hint.empty() ? help_line(command) : hint);
    }
    return trf("unexpected argument '{}'; {}", shown, help_line(command));
  }
  if (dynamic_cast<const CLI::ArgumentMismatch*>(&error))
    message = trf("{} needs a value", terminal_safe(option_named_in(what)));
  else if (dynamic_cast<const CLI::RequiredError*>(&error) && &command == &app)
    message = tr("a command is required");
  else if (dynamic_cast<const CLI::RequiredError*>(&error) && !command.get_subcommands({}).empty()) {
    // A command made of actions (pledge list|show|report) given none, or a misspelt one.
    std::vector<std::string> actions;
    for (const CLI::App* sub : command.get_subcommands({})) actions.push_back(sub->get_name());
    std::vector<std::string> extras = command.remaining();
    for (const std::string& a : app.remaining()) extras.push_back(a);
    if (!extras.empty() && !extras.front().starts_with("-")) {
      std::string shown = terminal_safe(extras.front());
      std::string hint = did_you_mean(shown, actions);
      return trf("'{}' is not one of {}; {}", shown, fmt::join(actions, ", "),
                 hint.empty() ? help_line(command) : hint);
    }
    message = trf("one of {} is required", fmt::join(actions, ", "));
  } else if (dynamic_cast<const CLI::RequiredError*>(&error) && what.ends_with(" is required"))
    message = trf("{} is required", terminal_safe(what.substr(0, what.size() - 12)));
  else if (dynamic_cast<const CLI::ConversionError*>(&error) && what.find(" = ") != std::string::npos) {
    // "Could not convert: --wait = abc"
    std::string given = what.substr(what.find(':') + 2);
    size_t eq = given.find(" = ");
    message = trf("'{}' is not a valid value for {}", terminal_safe(given.substr(eq + 3)),
                  terminal_safe(given.substr(0, eq)));
  } else if (dynamic_cast<const CLI::ValidationError*>(&error) && what.find(':') != std::string::npos) {
    // "--format: xml not in {text,md,csv,json,html}"
    message = trf("invalid value for {}: {}", terminal_safe(option_named_in(what)),
                  terminal_safe(what.substr(what.find(':') + 2)));
  } else
    message = terminal_safe(what);
  return trf("{}; {}", message, help_line(command));
}

std::string command_list(const CLI::App& app) {
  std::string out = app.get_description() + "\n\n";
  out += trf("Usage: ritrack COMMAND [OPTIONS]") + "\n\n" + tr("Commands:") + "\n";
  size_t width = 0;
  for (const Command* c : commands()) width = std::max(width, c->name.size());
  for (const Command* c : commands()) out += fmt::format("  {:<{}}  {}\n", c->name, width, tr(c->summary));
  out += "\n" +
         trf("'ritrack COMMAND --help' shows a command's options and examples;\n--lang fr|es|en|pt chooses the "
             "language.") +
         "\n";
  return out;
}

}  // namespace ritrack::cli
