// Running another program (git), found on PATH, and waiting for it.
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace ritrack::cli {

// The program's exit status; nullopt when it could not be run or did not exit.
std::optional<int> run_program(std::vector<std::string> args);

// What the program wrote to standard output when it exited with status 0
// (its standard error is discarded); nullopt otherwise, or when it could not
// be run.
std::optional<std::string> program_output(std::vector<std::string> args);

}  // namespace ritrack::cli
