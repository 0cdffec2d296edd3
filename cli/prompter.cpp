#include "prompter.h"

#include "base/escape.h"

namespace ritrack::cli {

std::optional<std::string> Prompter::ask(const std::string& question, const std::string& default_value,
                                         const std::function<std::string(const std::string&)>& check) {
  while (true) {
    out_ << question;
    if (!default_value.empty()) out_ << " [" << terminal_safe(default_value) << "]";
    out_ << ": " << std::flush;
    std::string answer;
    if (!std::getline(in_, answer)) {
      out_ << "\n";
      return std::nullopt;
    }
    if (!answer.empty() && answer.back() == '\r') answer.pop_back();
    if (echo_) out_ << terminal_safe(answer) << "\n";
    if (answer.empty()) answer = default_value;
    std::string problem = check(answer);
    if (problem.empty()) return answer;
    out_ << "  " << terminal_safe(problem) << "\n";
  }
}

}  // namespace ritrack::cli
