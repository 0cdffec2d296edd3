#include "base/diagnostic.h"

#include <algorithm>
#include <tuple>

namespace ritrack {

void DiagnosticSink::error(Position pos, int length, std::string code,
                           std::string message, std::string hint) {
  out_.push_back(Diagnostic{file_, pos, std::max(length, 1), Severity::error,
                            std::move(code), std::move(message), std::move(hint)});
}

bool has_errors(const Diagnostics& diagnostics) {
  return std::any_of(diagnostics.begin(), diagnostics.end(),
                     [](const Diagnostic& d) { return d.severity == Severity::error; });
}

void sort_diagnostics(Diagnostics& diagnostics) {
  std::stable_sort(diagnostics.begin(), diagnostics.end(),
                   [](const Diagnostic& a, const Diagnostic& b) {
                     return std::tie(a.file, a.pos.line, a.pos.column) <
                            std::tie(b.file, b.pos.line, b.pos.column);
                   });
}

}  // namespace ritrack
