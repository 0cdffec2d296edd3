// Asking for one answer at a time, from a person at a terminal or from a
// script's piped input alike (the way `hledger add` does): `<` goes back to
// the previous question, `?` lists the choices, `.` or the end of the input
// finishes.
#pragma once

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "line_reader.h"

namespace ritrack::cli {

// One answer the question accepts, and what `?` prints beside it
// ("PER", "Perú").
struct Choice {
  std::string value;
  std::string label;
};

struct Question {
  explicit Question(std::string text, std::string default_value = "")
      : text(std::move(text)), default_value(std::move(default_value)) {}

  std::string text;
  std::string default_value;  // taken by an empty answer
  // The reason to refuse an answer, or empty to accept it.
  std::function<std::string(const std::string&)> check = [](const std::string&) { return std::string(); };
  std::vector<Choice> choices;   // what `?` lists and Tab completes
  bool list_parts = false;       // the answer is a comma-separated list of choices
  bool labels_complete = false;  // Tab completes the labels too (a country's name)
  std::string no_choices;        // what `?` says when there is no list
};

struct Answer {
  enum class Kind { given, back, finished, ended };  // ended: the input ran out
  Kind kind;
  std::string text;
};

class Prompter {
 public:
  explicit Prompter(std::unique_ptr<LineReader> reader) : reader_(std::move(reader)) {}

  // Asks until `check` accepts the answer, or the user goes back or finishes.
  Answer ask(const Question& question);
  void say(const std::string& text);

 private:
  std::unique_ptr<LineReader> reader_;
};

}  // namespace ritrack::cli
