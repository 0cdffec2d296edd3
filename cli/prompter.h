// Asking for one answer at a time, from a person at a terminal or from a
// script's piped input alike (the way `hledger add` does): `<` goes back to
// the previous question, `?` lists the choices, `.` or the end of the input
// finishes.
#pragma once

#include <array>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "base/enum_table.h"
#include "base/lang.h"
#include "base/suggest.h"
#include "base/translate.h"
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
  // At most this many words (base/words.h), counted in the prompt as they
  // are typed; a longer answer is refused with its count. 0: no limit.
  size_t word_limit = 0;
};

struct Answer {
  enum class Kind { given, back, finished, ended };  // ended: the input ran out
  Kind kind;
  std::string text;
};

// A value of an enumeration's table (base/enum_table.h) typed by its name
// or by its label in `lang`, as people type (any case, with or without
// accents): "done", "Réalisée".
template <class Row, size_t N>
auto typed_choice(const std::array<Row, N>& rows, std::string_view typed, Lang lang)
    -> std::optional<decltype(Row::value)> {
  if (auto value = parse_name(rows, typed)) return value;
  for (const Row& row : rows)
    if (fold_for_matching(tr(row.label, lang)) == fold_for_matching(typed)) return row.value;
  return std::nullopt;
}

// The table's names with their labels in `lang`, for `?` and Tab.
template <class Row, size_t N>
std::vector<Choice> choices_of(const std::array<Row, N>& rows, Lang lang) {
  std::vector<Choice> out;
  for (const Row& row : rows) out.push_back({std::string(row.name), std::string(tr(row.label, lang))});
  return out;
}

// The answers to a form's questions so far, by question ("country",
// "breakdown:sector"…), and the order they came in: what `<` takes back.
class Answers {
 public:
  const std::string* find(const std::string& question) const;
  const std::vector<std::string>& order() const { return order_; }
  bool empty() const { return order_.empty(); }
  void give(const std::string& question, std::string answer);
  bool undo();  // false when there is nothing to take back

 private:
  std::map<std::string, std::string> by_question_;
  std::vector<std::string> order_;
};

// How asking for a form ended: every question answered, `.`, or the input ran out.
enum class DraftEnd { complete, finished, ended };

class Prompter;

// One turn of a form: a given answer is kept (as `canonical` writes it), `<`
// takes back the one before; nullopt to go on asking, else how the form ended.
std::optional<DraftEnd> take_answer(const Answer& answer, const std::string& question, Answers& answers,
                                    Prompter& prompter,
                                    const std::function<std::string(const std::string&)>& canonical);

class Prompter {
 public:
  explicit Prompter(std::unique_ptr<LineReader> reader) : reader_(std::move(reader)) {}

  // Asks until `check` accepts the answer, or the user goes back or finishes.
  Answer ask(const Question& question);
  void say(const std::string& text);

 private:
  std::unique_ptr<LineReader> reader_;
};

// What the keys do, said once before the first question.
std::string prompt_banner(Lang lang);

// How a request to confirm was answered.
enum class Confirmed { yes, no, back, finished, ended };
Confirmed ask_to_confirm(Prompter& prompter, const std::string& question, bool default_yes = true);

// The words for a question that a yes or no answers: "oui", "non".
Question yes_no_question(const std::string& text, bool default_yes);

}  // namespace ritrack::cli
