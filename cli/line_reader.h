// Reading one line of an answer: with line editing, history and Tab
// completion at a terminal (libedit), plainly from a pipe or a file.
#pragma once

#include <functional>
#include <istream>
#include <memory>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

namespace ritrack::cli {

// What Tab may complete the answer to: whole answers, or one part of a
// comma-separated list ("GOB:3, EMP:1").
struct Completions {
  std::vector<std::string> words;
  bool list_parts = false;
};

// The prompt for what has been typed so far ("Title (3/20 words): "),
// shown at a terminal from the start and redrawn as each word ends; empty:
// the prompt stays as it is.
using PromptAsTyped = std::function<std::string(const std::string& typed)>;

class LineReader {
 public:
  virtual ~LineReader() = default;
  // The line typed after `prompt`, without its end of line; nullopt at the
  // end of the input (Ctrl-D at a terminal).
  virtual std::optional<std::string> read(const std::string& prompt, const Completions& completions,
                                          const PromptAsTyped& as_typed) = 0;
};

// Piped input: each answer is shown after its prompt, so a transcript reads
// like a session at the terminal.
class StreamLineReader : public LineReader {
 public:
  StreamLineReader(std::istream& in, std::ostream& out) : in_(in), out_(out) {}
  std::optional<std::string> read(const std::string& prompt, const Completions& completions,
                                  const PromptAsTyped& as_typed) override;

 private:
  std::istream& in_;
  std::ostream& out_;
};

// libedit at a terminal, else the stream reader on standard input.
std::unique_ptr<LineReader> standard_input_reader();

}  // namespace ritrack::cli
