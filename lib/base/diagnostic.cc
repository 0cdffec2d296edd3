#include "base/diagnostic.h"

#include <algorithm>
#include <tuple>

namespace ritrack {

void DiagnosticSink::error(Position pos, int length, DiagnosticCode code, std::string message, std::string hint) {
  out_.push_back(
      Diagnostic{file_, pos, std::max(length, 1), Severity::error, code, std::move(message), std::move(hint)});
  ++errors_;
}

void DiagnosticSink::warning(Position pos, int length, Problem problem) {
  out_.push_back(Diagnostic{file_, pos, std::max(length, 1), Severity::warning, problem.code,
                            std::move(problem.message), std::move(problem.hint)});
}

void DiagnosticSink::drop_from(size_t count) {
  for (size_t i = count; i < out_.size(); ++i)
    if (out_[i].severity == Severity::error) --errors_;
  out_.resize(std::min(count, out_.size()));
}

bool has_errors(const Diagnostics& diagnostics) {
  return std::any_of(diagnostics.begin(), diagnostics.end(),
                     [](const Diagnostic& d) { return d.severity == Severity::error; });
}

ExitStatus exit_status_for(const Diagnostics& diagnostics) {
  ExitStatus status = ExitStatus::ok;
  for (const Diagnostic& d : diagnostics) {
    if (d.severity != Severity::error) continue;
    ExitStatus s = row_of(kDiagnosticCodes, d.code).exit;
    if (exit_code(s) > exit_code(status)) status = s;
  }
  return status;
}

void sort_diagnostics(Diagnostics& diagnostics) {
  std::stable_sort(diagnostics.begin(), diagnostics.end(), [](const Diagnostic& a, const Diagnostic& b) {
    return std::tie(a.file, a.pos.line, a.pos.column) < std::tie(b.file, b.pos.line, b.pos.column);
  });
}

}  // namespace ritrack
