// ritrack export: the data in the formats other systems and analysts read.
#include <iostream>

#include <fmt/format.h>

#include "base/errors.h"
#include "base/escape.h"
#include "base/translate.h"
#include "command.h"
#include "context.h"
#include "output/export_format.h"
#include "output/export_iati.h"
#include "store/dhis2_reader.h"

namespace ritrack::cli {

static constexpr std::string_view kHelp = N_(R"(Writes the values that stand (superseded and retracted entries left out)
with their breakdowns, units, sources and who recorded them, sorted so that
the same data always gives the same bytes.

  csv       one row per value, with the columns 'ritrack import' reads:
            an export imports back into another data repository
  json      the same as {"schema":"ritrack.export/1","values":[...]}
  sdmx-csv  SDMX-CSV 2.0 observations for SDG data platforms, coded as
            data/sdmx.yaml says (README, "Exporting")
  dhis2     a dataValueSets payload for DHIS2, with the UIDs of your
            instance from --mapping FILE (--mapping-template writes one)
  iati      an IATI 2.03 activity with the results and indicators, their
            baselines, targets and values, as data/iati.yaml describes
            the Initiative

--history adds every superseded and retracted entry, with its state.
--stamp writes the time of the export (json, iati); without it the same
data gives the same bytes, so that exports can be compared and committed.

Examples:
  ritrack export --to csv -o values.csv
  ritrack export --to json --country PER --from 2019-Q1 --to-period 2021-Q4
  ritrack export --to dhis2 --mapping-template -o dhis2.yaml
  ritrack export --to iati --from 2019 -o rilac-iati.xml)");

namespace {

struct ExportArgs {
  std::string to = "csv", from, to_period;
  std::vector<std::string> countries, indicators;
  bool history = false, stamp = false;
  std::string output;
  std::string mapping;  // DHIS2: the user's mapping file
  bool mapping_template = false;
};

// The DHIS2 payload, or DataError after listing every code the mapping lacks.
std::string dhis2_payload(const std::vector<ExportRow>& rows, const Framework& fw, const std::string& file) {
  if (file.empty())
    throw UsageError(tr("--to dhis2 needs --mapping FILE (ritrack export --to dhis2 --mapping-template writes one)"));
  Diagnostics problems;
  auto text = read_file(file, problems);
  Dhis2Mapping mapping;
  if (text) {
    DiagnosticSink sink(file, problems);
    mapping = read_dhis2_mapping(*text, sink);
  }
  if (!problems.empty()) {
    print_diagnostics(problems);
    throw DataError(trf("{} has errors", file), exit_status_for(problems));
  }
  std::vector<Dhis2Unmapped> unmapped;
  std::string payload = export_dhis2(rows, fw, mapping, unmapped);
  if (!unmapped.empty()) {
    for (const Dhis2Unmapped& u : unmapped)
      std::cerr << trf("{}: error: no UID for '{}' in {}", terminal_safe(file), terminal_safe(u.code), u.section)
                << "\n";
    throw DataError(trf("the DHIS2 mapping lacks {}; nothing was exported", trnf("{} UID", "{} UIDs", unmapped.size())),
                    ExitStatus::data_error);
  }
  return payload;
}

}  // namespace

static CommandRun setup(CLI::App& cmd) {
  auto a = std::make_shared<ExportArgs>();
  std::vector<std::string> targets = names_of(kExportTargets);
  cmd.add_option("--to", a->to, trf("Format: {}", fmt::join(targets, ", ")))->check(CLI::IsMember(targets));
  cmd.add_option("--from", a->from, tr("Only periods from this one, e.g. 2019-Q1"));
  cmd.add_option("--to-period", a->to_period, tr("Only periods up to this one, e.g. 2021-Q4"));
  cmd.add_option("--country", a->countries, tr("Only these countries (ISO codes, or RI); repeatable"))->delimiter(',');
  cmd.add_option("--indicator", a->indicators, tr("Only these indicators; repeatable"))->delimiter(',');
  cmd.add_flag("--history", a->history, tr("Every entry, superseded and retracted ones too, with its state"));
  cmd.add_flag("--stamp", a->stamp, tr("Write the time of the export (json, iati)"));
  cmd.add_option("--mapping", a->mapping, tr("DHIS2: the file giving the UID of each code"));
  cmd.add_flag("--mapping-template", a->mapping_template,
               tr("DHIS2: write the mapping to fill, every code with an empty UID"));
  cmd.add_option("-o,--output", a->output, tr("Write to FILE instead of standard output"));
  return [a](Session& session) {
    if (a->mapping_template) {
      write_output(dhis2_mapping_template(session.data.framework, session.data.countries), a->output);
      return ExitStatus::ok;
    }
    const ExportTargetRow& target = row_of(kExportTargets, *parse_name(kExportTargets, a->to));
    if (a->history && !target.flat)
      throw UsageError(trf("--history is for the flat formats (csv, json), not {}", target.name));
    if (a->stamp && !target.stamp)
      throw UsageError(trf("--stamp is for the formats with a place for the time (json, iati), not {}", target.name));
    if (target.value == ExportTarget::iati && !session.data.iati)
      throw UsageError(trf("--to iati needs {}: it says who publishes the Initiative in IATI (README, \"Exporting\")",
                           data_path(session.context.data_dir, "iati.yaml")));
    std::optional<std::string> stamp;
    if (a->stamp) stamp = session.context.now;
    ExportFilter filter{
        period_option(a->from, "--from"), period_option(a->to_period, "--to-period"), {}, {}, a->history};
    for (const std::string& c : a->countries) {
      auto code = resolve_country(session.data.countries, c);
      if (!code) throw UsageError(trf("unknown country '{}'", terminal_safe(c)));
      filter.countries.push_back(*code);
    }
    for (const std::string& i : a->indicators) {
      if (!session.data.framework.find_indicator(i)) throw UsageError(trf("unknown indicator '{}'", terminal_safe(i)));
      filter.indicators.push_back(i);
    }
    if (filter.countries.empty())
      session.load_all_journals();
    else
      session.load_journals(filter.countries);
    std::vector<ExportRow> rows = export_rows(session.data.entries, filter);
    const Framework& fw = session.data.framework;
    std::string text;
    switch (target.value) {
      case ExportTarget::csv:
        text = export_csv(rows, fw, a->history);
        break;
      case ExportTarget::json:
        text = export_json(rows, fw, a->history, stamp);
        break;
      case ExportTarget::sdmx_csv:
        text = export_sdmx_csv(rows, fw, session.data.sdmx);
        break;
      case ExportTarget::dhis2:
        text = dhis2_payload(rows, fw, a->mapping);
        break;
      case ExportTarget::iati: {
        Ledger ledger(fw, session.data.entries, &session.data.rates);
        text = export_iati(fw, *session.data.iati, ledger, filter, stamp);
        break;
      }
    }
    write_output(text, a->output);
    return ExitStatus::ok;
  };
}

extern const Command kExport{
    "export", N_("The data for other systems and analysts"), kHelp, Needs::one_journal, Access::reads, setup};

}  // namespace ritrack::cli
