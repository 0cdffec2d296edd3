#include "line_reader.h"

#include <unistd.h>
#include <clocale>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <iostream>

// libedit's readline interface: BSD-licensed, packaged by Debian (libedit-dev).
#include <editline/readline.h>

#include <fmt/format.h>

#include "base/escape.h"
#include "base/suggest.h"

namespace ritrack::cli {

std::optional<std::string> StreamLineReader::read(const std::string& prompt, const Completions& /*completions*/,
                                                  const PromptAsTyped& /*as_typed*/) {
  out_ << prompt << std::flush;
  std::string line;
  if (!std::getline(in_, line)) {
    out_ << "\n";
    return std::nullopt;
  }
  if (!line.empty() && line.back() == '\r') line.pop_back();
  out_ << terminal_safe(line) << "\n";
  return line;
}

namespace {

// The completions of the question being asked: libedit's callbacks are
// plain functions, and one question is asked at a time.
const Completions* g_completions = nullptr;  // NOLINT(cppcoreguidelines-avoid-non-const-global-variables)
const PromptAsTyped* g_as_typed = nullptr;   // NOLINT(cppcoreguidelines-avoid-non-const-global-variables)

// The words that complete `typed`, compared as people type (any case, with
// or without accents: "peru" completes "Perú").
std::vector<std::string> completing(std::string_view typed) {
  std::vector<std::string> found;
  if (!g_completions) return found;
  std::string prefix = fold_for_matching(typed);
  for (const std::string& word : g_completions->words)
    if (fold_for_matching(word).starts_with(prefix)) found.push_back(word);
  return found;
}

char* next_completion(const char* typed, int state) {
  static std::vector<std::string> found;  // NOLINT(cppcoreguidelines-avoid-non-const-global-variables)
  static size_t next = 0;                 // NOLINT(cppcoreguidelines-avoid-non-const-global-variables)
  if (state == 0) {
    found = completing(typed);
    next = 0;
  }
  return next < found.size() ? strdup(found[next++].c_str()) : nullptr;
}

char** complete(const char* typed, int /*start*/, int /*end*/) {
  rl_attempted_completion_over = 1;  // never fall back to file names
  return rl_completion_matches(typed, next_completion);
}

// Space ends a word: inserted, then the line is redrawn, with the prompt
// for the line so far when the question counts what is typed. libedit's
// copy of the line leaves out its last character, which here is the space
// just typed (words are counted the same with or without it).
int space_typed(int /*count*/, int /*key*/) {
  rl_insert_text(" ");
  char* line = rl_copy_text(0, rl_end + 1);
  std::string typed = line ? line : "";
  std::free(line);  // NOLINT(cppcoreguidelines-no-malloc): allocated by libedit
  std::string shown = rl_prompt ? rl_prompt : "";
  std::string prompt = g_as_typed && *g_as_typed ? (*g_as_typed)(typed) : shown;
  // libedit redraws from the start of the prompt onto what it takes for a
  // blank screen: go there (up the rows the line has wrapped to) and clear
  // (VT100 sequences, as every terminal emulator has them).
  int rows = 0, columns = 0;
  rl_get_screen_size(&rows, &columns);
  size_t cursor = display_width(shown) + display_width(typed.substr(0, std::min<size_t>(rl_point, typed.size()))) + 1;
  size_t up = columns > 0 ? cursor / static_cast<size_t>(columns) : 0;
  std::fputs(up > 0 ? fmt::format("\r\033[{}A\033[J", up).c_str() : "\r\033[J", stdout);
  rl_set_prompt(prompt.c_str());
  rl_forced_update_display();
  return 0;
}

class EditLineReader : public LineReader {
 public:
  EditLineReader() {
    // libedit reads and measures UTF-8 only under a UTF-8 character type;
    // numbers and messages keep their own categories.
    if (!std::setlocale(LC_CTYPE, "") || MB_CUR_MAX == 1)  // NOLINT(concurrency-mt-unsafe)
      std::setlocale(LC_CTYPE, "C.UTF-8");                 // NOLINT(concurrency-mt-unsafe)
    rl_readline_name = "ritrack";
    rl_attempted_completion_function = complete;
    rl_completion_append_character = '\0';
    rl_initialize();  // before binding: libedit's rl_add_defun needs its editor
    rl_add_defun("ritrack-space", space_typed, ' ');
    using_history();
  }

  std::optional<std::string> read(const std::string& prompt, const Completions& completions,
                                  const PromptAsTyped& as_typed) override {
    std::cout << std::flush;
    g_completions = &completions;
    g_as_typed = &as_typed;
    // A whole answer may hold spaces ("República Dominicana"); a list's
    // parts are completed one at a time.
    rl_basic_word_break_characters = completions.list_parts ? " ,\n" : "\n";
    // A count of words starts at 0 at a terminal; a pipe's transcript says the limit.
    char* line = readline(as_typed ? as_typed("").c_str() : prompt.c_str());
    g_completions = nullptr;
    g_as_typed = nullptr;
    if (!line) {
      std::fputs("\n", stdout);
      return std::nullopt;
    }
    std::string answer = line;
    std::free(line);  // NOLINT(cppcoreguidelines-no-malloc): allocated by libedit
    if (!answer.empty()) add_history(answer.c_str());
    return answer;
  }
};

}  // namespace

std::unique_ptr<LineReader> standard_input_reader() {
  if (isatty(STDIN_FILENO) && isatty(STDOUT_FILENO)) return std::make_unique<EditLineReader>();
  return std::make_unique<StreamLineReader>(std::cin, std::cout);
}

}  // namespace ritrack::cli
