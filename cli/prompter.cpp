#include "prompter.h"

#include <iostream>

#include <fmt/format.h>

#include "base/escape.h"
#include "base/translate.h"
#include "base/words.h"
#include "base/yes_no.h"

namespace ritrack::cli {

namespace {

// The question, its word limit or the words typed so far against it
// (`counting`), and the default.
std::string prompt_line(const Question& q, const std::string& typed = "", bool counting = false) {
  std::string line = terminal_safe(q.text);
  if (q.word_limit > 0)
    line += " (" +
            (counting ? trf("{}/{} words", count_words(typed), q.word_limit) : trf("at most {} words", q.word_limit)) +
            ")";
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
    PromptAsTyped as_typed;
    if (question.word_limit > 0)
      as_typed = [&question](const std::string& t) { return prompt_line(question, t, true); };
    std::optional<std::string> typed = reader_->read(prompt_line(question), completions, as_typed);
    if (!typed) return {Answer::Kind::ended, ""};
    if (*typed == "<") return {Answer::Kind::back, ""};
    if (*typed == ".") return {Answer::Kind::finished, ""};
    if (*typed == "?") {
      say(choice_list(question));
      continue;
    }
    std::string answer = typed->empty() ? question.default_value : *typed;
    size_t words = count_words(answer);
    std::string problem = question.word_limit > 0 && words > question.word_limit
                              ? trf("{} words: at most {} are allowed", words, question.word_limit)
                              : question.check(answer);
    if (problem.empty()) return {Answer::Kind::given, answer};
    say("  " + terminal_safe(problem) + "\n");
  }
}

const std::string* Answers::find(const std::string& question) const {
  auto it = by_question_.find(question);
  return it == by_question_.end() ? nullptr : &it->second;
}

void Answers::give(const std::string& question, std::string answer) {
  by_question_[question] = std::move(answer);
  order_.push_back(question);
}

bool Answers::undo() {
  if (order_.empty()) return false;
  by_question_.erase(order_.back());
  order_.pop_back();
  return true;
}

std::optional<DraftEnd> take_answer(const Answer& answer, const std::string& question, Answers& answers,
                                    Prompter& prompter,
                                    const std::function<std::string(const std::string&)>& canonical) {
  switch (answer.kind) {
    case Answer::Kind::ended:
      return DraftEnd::ended;
    case Answer::Kind::finished:
      return DraftEnd::finished;
    case Answer::Kind::back:
      if (!answers.undo()) prompter.say("  " + tr("Nothing to go back to.") + "\n");
      break;
    case Answer::Kind::given:
      answers.give(question, canonical(answer.text));
      break;
  }
  return std::nullopt;
}

// Whatever a prompt says, no control character from the data reaches the terminal.
void Prompter::say(const std::string& text) { std::cout << terminal_lines(text) << std::flush; }

std::string prompt_banner(Lang lang) {
  return std::string(
      tr("Tab completes, ? lists the choices, < goes back to the previous question,\n"
         "Enter takes the [default], . or Ctrl-D finishes.\n",
         lang));
}

Confirmed ask_to_confirm(Prompter& prompter, const std::string& question, bool default_yes) {
  Answer answer = prompter.ask(yes_no_question(question, default_yes));
  switch (answer.kind) {
    case Answer::Kind::back:
      return Confirmed::back;
    case Answer::Kind::finished:
      return Confirmed::finished;
    case Answer::Kind::ended:
      return Confirmed::ended;
    case Answer::Kind::given:
      break;
  }
  return *parse_yes_no(answer.text) ? Confirmed::yes : Confirmed::no;
}

Question yes_no_question(const std::string& text, bool default_yes) {
  Question q{fmt::format("{} {}", text, tr("(y/n)")), default_yes ? tr("y") : tr("n")};
  q.check = [](const std::string& s) { return parse_yes_no(s) ? "" : tr("answer yes or no"); };
  q.choices = {{tr("yes"), ""}, {tr("no"), ""}};
  return q;
}

}  // namespace ritrack::cli
