// One problem found while loading, checking or recording data.
#pragma once

#include <string>
#include <vector>

#include "base/diagnostic_code.h"

namespace ritrack {

enum class Severity { error, warning };

// A point in a file, 1-based. line 0 means "the whole file" (or no file).
struct Position {
  int line = 0;
  int column = 0;
};

// Where a value stands in its file, kept by the models for their rules' diagnostics.
struct Spot {
  Position pos;
  int width = 1;
};

struct Diagnostic {
  std::string file;  // as given by the caller (e.g. "data/values/PER.yaml"); empty for command-line input
  Position pos;
  int length = 1;  // characters underlined by the caret
  Severity severity = Severity::error;
  DiagnosticCode code = DiagnosticCode::io;  // its stable name is code_name(code), e.g. "unknown-key"
  std::string message;
  std::string hint;  // optional, e.g. "did you mean 'breakdown'?"
};

using Diagnostics = std::vector<Diagnostic>;

// The exit status for a list of diagnostics: the highest of their codes'
// (an unreadable file outranks an error in the data), ok for none.
ExitStatus exit_status_for(const Diagnostics& diagnostics);

// A problem found by a rule, before it is placed in a file: what a rule
// returns, and what the reader that applied it turns into a Diagnostic.
struct Problem {
  DiagnosticCode code;
  std::string message;
  std::string hint;  // optional
};

// Collects diagnostics for one file so that readers need not repeat the name.
class DiagnosticSink {
 public:
  DiagnosticSink(std::string file, Diagnostics& out) : file_(std::move(file)), out_(out) {}

  void error(Position pos, int length, DiagnosticCode code, std::string message, std::string hint = {});
  void error(Position pos, int length, Problem problem) {
    error(pos, length, problem.code, std::move(problem.message), std::move(problem.hint));
  }
  // Worth a look, but the data stands: counted apart from errors.
  void warning(Position pos, int length, Problem problem);
  const std::string& file() const { return file_; }
  size_t count() const { return out_.size(); }
  // Drops what was reported since count() was `count`: a reading given up,
  // to be done again another way that reports it again.
  void drop_from(size_t count);
  size_t errors() const { return errors_; }

 private:
  std::string file_;
  Diagnostics& out_;
  size_t errors_ = 0;
};

bool has_errors(const Diagnostics& diagnostics);

// Orders by file, then line, then column, keeping insertion order for ties.
void sort_diagnostics(Diagnostics& diagnostics);

}  // namespace ritrack
