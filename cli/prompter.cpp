#include "prompter.h"

#include <iostream>

#include <fmt/format.h>

#include "base/escape.h"
#include "base/translate.h"

namespace ritrack::cli {

namespace {

std::string prompt_line(const Question& q) {
  std::string line = terminal_safe(q.text);
  if (!q.default_value.empty()) line += " [" + terminal_safe(q.default_value) + "]";
  return labelled(message_lang(), line, "");
}

std::string choice_list(const Question& q) {
  if (q.choices.empty())
    return "  " + terminal_safe(q.no_choices.empty() ? tr("Type the answer.") : q.no_choices) + "\n";
  size_t width = 0;
  for (const Choice& c : q.choices) width = std::max(width, c.value.size());
  std::string out;
  for (const Choice& c : q.choices)
    out += fmt::format("  {:<{}}  {}\n", terminal_safe(c.value), width, terminal_safe(c.label));
  return out;
}

}  // namespace

Answer Prompter::ask(const Question& question) {
  Completions completions{{}, question.list_parts};
  for (const Choice& c : question.choices) {
    completions.words.push_back(c.value);
    if (question.labels_complete && !c.label.empty()) completions.words.push_back(c.label);
  }
  while (true) {
    std::optional<std::string> typed = reader_->read(prompt_line(question), completions);
    if (!typed) return {Answer::Kind::ended, ""};
    if (*typed == "<") return {Answer::Kind::back, ""};
    if (*typed == ".") return {Answer::Kind::finished, ""};
    if (*typed == "?") {
      say(choice_list(question));
      continue;
    }
    std::string answer = typed->empty() ? question.default_value : *typed;
    std::string problem = question.check(answer);
    if (problem.empty()) return {Answer::Kind::given, answer};
    say("  " + terminal_safe(problem) + "\n");
  }
}

// Whatever a prompt says, no control character from the data reaches the terminal.
void Prompter::say(const std::string& text) { std::cout << terminal_lines(text) << std::flush; }

}  // namespace ritrack::cli
