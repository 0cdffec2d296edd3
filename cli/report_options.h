// Options shared by the commands that print reports (progress, gaps, matrix,
// report), and how their output reaches the terminal or a file.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include "output/document.h"
#include "compute/ledger.h"
#include "options.h"
#include "compute/progress.h"

namespace ritrack::cli {

struct ReportOptions {
  std::string as_of;
  std::string format = "text";
  std::string output;
  std::string country;
  std::string method = "linear";
  int result = 0;
};

// Adds --as-of, --format (one of `formats`), -o, --result, --country and --method.
std::shared_ptr<ReportOptions> add_report_options(CLI::App* cmd, const std::vector<std::string>& formats,
                                                  bool country = true);

// Everything a report command needs, loaded and checked.
struct ReportContext {
  Dataset data;
  std::unique_ptr<Ledger> ledger;
  ProgressReport progress;  // every report command starts from it
  Lang lang = Lang::en;

  // A document titled with the initiative's name, in the chosen language.
  Document document() const;
};

// Loads the data (refusing data with errors: status 1) and resolves the
// options (usage errors throw). Returns nullopt with `status` set on refusal.
std::optional<ReportContext> open_report(const GlobalOptions& global, const ReportOptions& options, int& status);

// Renders `doc` in the chosen format and writes it to -o or stdout.
void emit(const Document& doc, const ReportOptions& options);
// Writes already-rendered text (JSON) the same way.
void emit_text(const std::string& text, const ReportOptions& options);

}  // namespace ritrack::cli
