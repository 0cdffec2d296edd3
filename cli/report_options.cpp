#include "report_options.h"

#include <unistd.h>
#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <filesystem>
#include <future>
#include <iostream>

#include <fmt/format.h>

#include "base/errors.h"
#include "base/escape.h"
#include "base/translate.h"
#include "compute/pledge_status.h"
#include "compute/sources.h"
#include "context.h"
#include "output/report_document.h"
#include "process.h"

namespace ritrack::cli {

namespace {

// The format a file's extension names ("r.html": html), or nullopt.
// The format -o's extension names, or nullopt for an extension no format has.
std::optional<Format> format_of_path(const std::string& path) {
  std::string ext = std::filesystem::path(path).extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return std::tolower(c); });
  return format_of_extension(ext);
}

// -o's extension against --format and the formats the command writes.
void match_extension(OutputOptions& o, const std::vector<std::string>& names) {
  if (o.output.ends_with('/')) {  // a directory: one CSV file per table
    if (std::find(names.begin(), names.end(), "csv") == names.end() || (o.format_given && o.format != Format::csv))
      throw UsageError(trf("-o {}: only CSV is written to a directory, one file per table", terminal_safe(o.output)));
    o.format = Format::csv;
    return;
  }
  auto named = format_of_path(o.output);
  if (!named) return;
  std::string safe = terminal_safe(o.output), name(format_name(*named));
  if (std::find(names.begin(), names.end(), name) == names.end())
    throw UsageError(trf("-o {}: this command writes {}, not {}", safe, fmt::join(names, ", "), name));
  if (!o.format_given) {
    o.format = *named;
  } else if (o.format != *named) {
    throw UsageError(trf("-o {} names {}, but --format says {}", safe, name, format_name(o.format)));
  }
}

void declare_output(CLI::App& cmd, const std::shared_ptr<OutputOptions>& o, const std::vector<Format>& offered) {
  o->format = offered.front();
  // Parsed as text so that a wrong value is refused with the list of names.
  std::vector<std::string> names;
  for (Format f : offered) names.emplace_back(format_name(f));
  cmd.add_option_function<std::string>(
         "--format",
         [o, names](const std::string& name) {
           o->format = *parse_name(kFormats, name);
           o->format_given = true;
           if (!o->output.empty()) match_extension(*o, names);
         },
         trf("Output: {}", fmt::join(names, ", ")))
      ->check(CLI::IsMember(names));
  cmd.add_option_function<std::string>(
      "-o,--output",
      [o, names](const std::string& path) {
        o->output = path;
        match_extension(*o, names);
      },
      tr("Write to FILE; its extension picks the format"));
  if (std::find(offered.begin(), offered.end(), Format::csv) == offered.end()) return;
  cmd.add_option("--table", o->table, tr("CSV: only this table (-o DIR/ writes each to a file)"));
  cmd.add_flag("--bom", o->bom, tr("CSV: start with a byte-order mark, for spreadsheets"));
  // Once every option is read, before any data is: a usage error comes first.
  cmd.callback([o] {
    if (o->format != Format::csv && (!o->table.empty() || o->bom))
      throw UsageError(trf("{} is for CSV output (--format csv)", o->bom ? "--bom" : "--table"));
  });
}

// CSV, one table per file (README, "CSV for scripts").
void emit_csv(const Document& doc, const OutputOptions& options) {
  std::vector<CsvTable> tables = csv_tables(doc);
  std::string bom = options.bom ? "\xEF\xBB\xBF" : "";
  std::vector<std::string> names;
  for (const CsvTable& t : tables) names.push_back(t.name);
  if (!options.table.empty()) {
    for (const CsvTable& t : tables)
      if (t.name == options.table) return write_output(bom + t.text, options.output);
    throw UsageError(trf("no table '{}' in this report; it has: {}", terminal_safe(options.table),
                         names.empty() ? "-" : fmt::format("{}", fmt::join(names, ", "))));
  }
  if (options.output.ends_with('/')) {
    create_output_folder(options.output);
    for (const CsvTable& t : tables) write_output(bom + t.text, options.output + t.name + ".csv");
    return;
  }
  write_output(tables.empty() ? bom : bom + tables.front().text, options.output);
  if (tables.size() > 1) {
    names.erase(names.begin());
    std::cerr << trf("note: this is table '{}'; the report also has {} (--table NAME, or -o DIR/ for a file each)",
                     tables.front().name, fmt::join(names, ", "))
              << "\n";
  }
}

}  // namespace

std::shared_ptr<OutputOptions> add_output_options(CLI::App& cmd, const std::vector<Format>& offered) {
  auto o = std::make_shared<OutputOptions>();
  declare_output(cmd, o, offered);
  return o;
}

std::shared_ptr<ReportOptions> add_report_options(CLI::App& cmd, const std::vector<Format>& offered, bool country) {
  auto o = std::make_shared<ReportOptions>();
  cmd.add_option("--as-of", o->as_of, tr("Period to report on, e.g. 2019-Q2 (default: the current quarter)"));
  declare_output(cmd, o, offered);
  cmd.add_option("--result", o->result, tr("Only this result (1-5)"));
  if (country) cmd.add_option("--country", o->country, tr("One country's values (ISO code, e.g. PER)"));
  cmd.add_option("--method", o->method, tr("Status method: linear (default) or cagr"))
      ->check(CLI::IsMember(names_of(kMethods)));
  return o;
}

namespace {

// The commit of the git checkout holding `dir`, and whether anything under
// `dir` differs from it; nullopt when `dir` is not in a checkout or git is
// not there to say. Hooks that status may run (fsmonitor) are turned off.
std::optional<DataCommit> data_commit(const std::string& dir) {
  auto git = [&](std::vector<std::string> args) {
    std::vector<std::string> command{"git", "-C", dir, "-c", "core.fsmonitor=false"};
    command.insert(command.end(), args.begin(), args.end());
    return program_output(std::move(command));
  };
  std::optional<std::string> head = git({"rev-parse", "--verify", "--quiet", "HEAD"});
  if (!head || head->size() < 40) return std::nullopt;
  std::optional<std::string> changes = git({"status", "--porcelain", "--", "."});
  if (!changes) return std::nullopt;
  return DataCommit{head->substr(0, head->find_first_of("\r\n")), !changes->empty()};
}

// `git`: what data_commit said.
Provenance provenance_with(const Session& session, std::optional<DataCommit> git) {
  Provenance p;
  p.generated = session.context.now;
  p.version = RITRACK_VERSION;
  p.data_dir = session.data.dir;
  p.git = std::move(git);
  p.illustrative = session.data.framework.illustrative;
  return p;
}

}  // namespace

Provenance provenance_of(const Session& session) { return provenance_with(session, data_commit(session.data.dir)); }

ReportContext open_report(const Session& session, const ReportOptions& options) {
  const Dataset& data = session.data;
  ProgressOptions p;
  p.as_of = period_option(options.as_of, "--as-of").value_or(session.context.today);
  p.method = *parse_name(kMethods, options.method);
  p.result = options.result;
  p.country = resolve_country(data.countries, options.country).value_or(options.country);
  if (p.result != 0 && !data.framework.find_result(p.result)) throw UsageError(trf("there is no result {}", p.result));
  if (!p.country.empty() && !data.countries.find(p.country))
    throw UsageError(trf("unknown country '{}'; {}", terminal_safe(p.country),
                         country_hint(data.countries, p.country, session.context.lang)));
  // git is asked while the report is worked out: it takes a few
  // milliseconds, even to say that the data is in no checkout.
  std::future<std::optional<DataCommit>> commit = std::async(std::launch::async, data_commit, data.dir);
  ReportContext ctx{
      data, session.context.lang, std::make_unique<Ledger>(data.framework, data.entries, &data.rates), {}, {}};
  ctx.progress = build_progress(data, *ctx.ledger, p);
  attach_pledges(ctx.progress, data.pledges);
  ctx.provenance = provenance_with(session, commit.get());
  ctx.provenance.as_of = p.as_of;
  ctx.provenance.method = p.method;
  ctx.provenance.sources = sources_of(ctx.progress, *ctx.ledger, data.countries);
  return ctx;
}

Document ReportContext::document() const {
  Document doc = new_document(data.framework.name.in(lang), lang, data.framework.illustrative);
  add_provenance(doc, provenance, lang);
  return doc;
}

void emit_text(const std::string& text, const OutputOptions& options) { write_output(text, options.output); }

void emit(const Document& doc, const OutputOptions& options) {
  if (options.format == Format::csv) return emit_csv(doc, options);
  bool to_terminal = (options.output.empty() || options.output == "-") && isatty(STDOUT_FILENO);
  if (to_terminal && row_of(kFormats, options.format).binary)
    throw UsageError(
        trf("{} is a binary file: write it with -o FILE.{}", format_name(options.format), format_name(options.format)));
  // Colour only for a person at a terminal, and never when NO_COLOR is set (no-color.org).
  const char* no_color = std::getenv("NO_COLOR");
  emit_text(render(doc, options.format, TextStyle{80, to_terminal && !(no_color && *no_color)}), options);
}

}  // namespace ritrack::cli
