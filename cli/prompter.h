// Asking for one answer at a time, from a person at a terminal or from a
// script's piped input alike (the way `hledger add` does).
#pragma once

#include <functional>
#include <istream>
#include <optional>
#include <ostream>
#include <string>

namespace ritrack::cli {

class Prompter {
 public:
  Prompter(std::istream& in, std::ostream& out, bool echo) : in_(in), out_(out), echo_(echo) {}

  // Asks until `check` accepts the answer (it returns the reason to refuse,
  // or empty). An empty answer takes `default_value` when there is one.
  // nullopt when the input ends.
  std::optional<std::string> ask(const std::string& question, const std::string& default_value,
                                 const std::function<std::string(const std::string&)>& check);
  void say(const std::string& text) { out_ << text << std::flush; }

 private:
  std::istream& in_;
  std::ostream& out_;
  bool echo_;  // piped input: show each answer, so a transcript reads like a session
};

}  // namespace ritrack::cli
