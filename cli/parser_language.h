// The command-line parser (CLI11) in the user's language: its help labels,
// its errors as ritrack's own messages with "did you mean", and the list of
// commands that `ritrack` alone prints.
#pragma once

#include <string>

#include <CLI/CLI.hpp>

namespace ritrack::cli {

// Before any option or subcommand is added: the labels of the help, the
// help and version flags, the name of the options' group.
void speak_user_language(CLI::App& app);

// Once every option is added: the group they are listed under, translated.
void name_option_groups(CLI::App& app);

// A parse error as a message for "ritrack: …", with what to do next.
std::string parse_error_message(const CLI::ParseError& error, const CLI::App& app);

// What `ritrack` alone prints: the commands with one line each.
std::string command_list(const CLI::App& app);

}  // namespace ritrack::cli
