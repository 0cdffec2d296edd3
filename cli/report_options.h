// Options shared by the commands that print reports (progress, gaps, matrix,
// report), and how any command's output reaches the terminal or a file.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include "command.h"
#include "compute/ledger.h"
#include "compute/progress.h"
#include "output/document.h"
#include "output/format.h"
#include "output/provenance.h"

namespace ritrack::cli {

struct OutputOptions {
  Format format = Format::text;
  std::string output;         // -o; empty or "-" for standard output; "DIR/": one CSV file per table
  bool format_given = false;  // --format was given (else -o's extension may choose)
  std::string table;          // --table: the one CSV table to write
  bool bom = false;           // --bom: CSV starts with a byte-order mark, for spreadsheets
};

// Adds --format (one of `offered`, the first by default) and -o to `cmd`,
// and, when CSV is offered, --table and --bom. CSV is one table per file:
// -o DIR/ writes each table to DIR/NAME.csv, --table NAME the one named;
// without either, the first table, and a note naming the others.
// Without --format, -o FILE picks the format from FILE's extension (.txt,
// .md, .csv, .json, .html); an extension naming another format than
// --format's, or one the command does not write, is a usage error.
std::shared_ptr<OutputOptions> add_output_options(CLI::App& cmd, const std::vector<Format>& offered);

struct ReportOptions : OutputOptions {
  std::string as_of;
  std::string country;
  std::string method = "linear";
  int result = 0;
};

// Adds --as-of, --format (one of `offered`), -o, --result, --country and --method.
std::shared_ptr<ReportOptions> add_report_options(CLI::App& cmd, const std::vector<Format>& offered,
                                                  bool country = true);

// Everything a report command needs, computed from the session's data.
struct ReportContext {
  const Dataset& data;
  Lang lang;
  std::unique_ptr<Ledger> ledger;
  ProgressReport progress;  // every report command starts from it
  Provenance provenance;    // what the report rests on, as-of, method and sources included

  // A document titled with the initiative's name, in the chosen language,
  // with the provenance as its footer.
  Document document() const;
};

// The provenance of a report made now from the session's data: time,
// version, data directory and its git commit; reports add what they know
// (as-of, method, sources).
Provenance provenance_of(const Session& session);

// Resolves the options (usage errors throw) and builds the progress report.
ReportContext open_report(const Session& session, const ReportOptions& options);

// Renders `doc` in the chosen format and writes it to -o or stdout.
void emit(const Document& doc, const OutputOptions& options);
// Writes already-rendered text (JSON) the same way.
void emit_text(const std::string& text, const OutputOptions& options);

}  // namespace ritrack::cli
