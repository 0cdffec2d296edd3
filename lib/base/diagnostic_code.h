// Every kind of problem ritrack reports about data, in one table: its
// stable name (for scripts: JSON, GitHub annotations), the exit status it
// leads to, and what it means.
#pragma once

#include <array>
#include <string_view>

#include "base/enum_table.h"
#include "base/errors.h"

namespace ritrack {

enum class DiagnosticCode {
  io,
  empty_file,
  yaml_syntax,
  yaml_multiple_documents,
  yaml_depth,
  yaml_anchor,
  yaml_alias,
  yaml_tag,
  yaml_complex_key,
  duplicate_key,
  unknown_key,
  missing_key,
  misplaced_key,
  empty_value,
  bad_encoding,
  wrong_type,
  bad_number,
  bad_choice,
  bad_period,
  bad_timestamp,
  bad_id,
  duplicate_id,
  bad_scale,
  unknown_scale,
  unknown_dimension,
  bad_target,
  bad_membership,
  bad_country_code,
  unknown_country,
  unknown_indicator,
  wrong_country,
  wrong_scope,
  wrong_cadence,
  period_outside_horizon,
  future_period,
  bad_entry,
  bad_value,
  bad_breakdown,
  breakdown_sum,
  journal_truncated,
  journal_count,
  append_failed,
  interrupted_commit,
  nothing_to_retract,
  bad_csv,
  missing_column,
  unknown_column,
};

struct DiagnosticCodeRow {
  DiagnosticCode value;
  std::string_view name;  // "unknown-key"
  ExitStatus exit;        // what `check` and other commands exit with when it is reported
  std::string_view what;  // one line, for the README and --help
};

inline constexpr std::array kDiagnosticCodes{
    DiagnosticCodeRow{DiagnosticCode::io, "io", ExitStatus::io, "a file or directory could not be read"},
    DiagnosticCodeRow{DiagnosticCode::empty_file, "empty-file", ExitStatus::data_error, "a data file holds nothing"},
    DiagnosticCodeRow{DiagnosticCode::yaml_syntax, "yaml-syntax", ExitStatus::data_error, "not valid YAML"},
    DiagnosticCodeRow{DiagnosticCode::yaml_multiple_documents, "yaml-multiple-documents", ExitStatus::data_error, "more than one YAML document in a file"},
    DiagnosticCodeRow{DiagnosticCode::yaml_depth, "yaml-depth", ExitStatus::data_error, "nesting deeper than ritrack files need"},
    DiagnosticCodeRow{DiagnosticCode::yaml_anchor, "yaml-anchor", ExitStatus::data_error, "a YAML anchor (refused)"},
    DiagnosticCodeRow{DiagnosticCode::yaml_alias, "yaml-alias", ExitStatus::data_error, "a YAML alias (refused)"},
    DiagnosticCodeRow{DiagnosticCode::yaml_tag, "yaml-tag", ExitStatus::data_error, "a YAML tag (refused)"},
    DiagnosticCodeRow{DiagnosticCode::yaml_complex_key, "yaml-complex-key", ExitStatus::data_error, "a mapping key that is not a plain value"},
    DiagnosticCodeRow{DiagnosticCode::duplicate_key, "duplicate-key", ExitStatus::data_error, "a key given twice in one mapping"},
    DiagnosticCodeRow{DiagnosticCode::unknown_key, "unknown-key", ExitStatus::data_error, "a key ritrack does not know"},
    DiagnosticCodeRow{DiagnosticCode::missing_key, "missing-key", ExitStatus::data_error, "a required key is missing"},
    DiagnosticCodeRow{DiagnosticCode::misplaced_key, "misplaced-key", ExitStatus::data_error, "a key that does not apply here"},
    DiagnosticCodeRow{DiagnosticCode::empty_value, "empty-value", ExitStatus::data_error, "a value that is empty"},
    DiagnosticCodeRow{DiagnosticCode::bad_encoding, "bad-encoding", ExitStatus::data_error, "input text that is not UTF-8"},
    DiagnosticCodeRow{DiagnosticCode::wrong_type, "wrong-type", ExitStatus::data_error, "a list, mapping or value where another is expected"},
    DiagnosticCodeRow{DiagnosticCode::bad_number, "bad-number", ExitStatus::data_error, "not a plain decimal number, or out of range"},
    DiagnosticCodeRow{DiagnosticCode::bad_choice, "bad-choice", ExitStatus::data_error, "not one of the allowed words"},
    DiagnosticCodeRow{DiagnosticCode::bad_period, "bad-period", ExitStatus::data_error, "not a period (2019 or 2019-Q2)"},
    DiagnosticCodeRow{DiagnosticCode::bad_timestamp, "bad-timestamp", ExitStatus::data_error, "a recording time that is not a UTC timestamp"},
    DiagnosticCodeRow{DiagnosticCode::bad_id, "bad-id", ExitStatus::data_error, "a malformed result or indicator id"},
    DiagnosticCodeRow{DiagnosticCode::duplicate_id, "duplicate-id", ExitStatus::data_error, "an id listed twice"},
    DiagnosticCodeRow{DiagnosticCode::bad_scale, "bad-scale", ExitStatus::data_error, "a malformed scale"},
    DiagnosticCodeRow{DiagnosticCode::unknown_scale, "unknown-scale", ExitStatus::data_error, "a scale the framework does not declare"},
    DiagnosticCodeRow{DiagnosticCode::unknown_dimension, "unknown-dimension", ExitStatus::data_error, "a breakdown dimension the framework does not declare"},
    DiagnosticCodeRow{DiagnosticCode::bad_target, "bad-target", ExitStatus::data_error, "a baseline or target that cannot be"},
    DiagnosticCodeRow{DiagnosticCode::bad_membership, "bad-membership", ExitStatus::data_error, "a malformed membership"},
    DiagnosticCodeRow{DiagnosticCode::bad_country_code, "bad-country-code", ExitStatus::data_error, "not an ISO 3166-1 alpha-3 code"},
    DiagnosticCodeRow{DiagnosticCode::unknown_country, "unknown-country", ExitStatus::data_error, "a country that is not in countries.yaml"},
    DiagnosticCodeRow{DiagnosticCode::unknown_indicator, "unknown-indicator", ExitStatus::data_error, "an indicator that is not in the framework"},
    DiagnosticCodeRow{DiagnosticCode::wrong_country, "wrong-country", ExitStatus::data_error, "a journal that names another country than its file"},
    DiagnosticCodeRow{DiagnosticCode::wrong_scope, "wrong-scope", ExitStatus::data_error, "a country indicator in the regional journal, or the reverse"},
    DiagnosticCodeRow{DiagnosticCode::wrong_cadence, "wrong-cadence", ExitStatus::data_error, "a quarter for an annual indicator, or the reverse"},
    DiagnosticCodeRow{DiagnosticCode::period_outside_horizon, "period-outside-horizon", ExitStatus::data_error, "a period outside the initiative's horizon"},
    DiagnosticCodeRow{DiagnosticCode::future_period, "future-period", ExitStatus::data_error, "a period that has not started"},
    DiagnosticCodeRow{DiagnosticCode::bad_entry, "bad-entry", ExitStatus::data_error, "an entry with both a value and a retraction"},
    DiagnosticCodeRow{DiagnosticCode::bad_value, "bad-value", ExitStatus::data_error, "a value the indicator's measure does not allow"},
    DiagnosticCodeRow{DiagnosticCode::bad_breakdown, "bad-breakdown", ExitStatus::data_error, "a breakdown the indicator does not have, or a bad part"},
    DiagnosticCodeRow{DiagnosticCode::breakdown_sum, "breakdown-sum", ExitStatus::data_error, "breakdown parts that do not add up to the value"},
    DiagnosticCodeRow{DiagnosticCode::journal_truncated, "journal-truncated", ExitStatus::data_error, "a journal without its end marker"},
    DiagnosticCodeRow{DiagnosticCode::journal_count, "journal-count", ExitStatus::data_error, "an end marker that counts other entries than the journal holds"},
    DiagnosticCodeRow{DiagnosticCode::append_failed, "append-failed", ExitStatus::data_error, "a journal whose layout does not allow appending"},
    DiagnosticCodeRow{DiagnosticCode::interrupted_commit, "interrupted-commit", ExitStatus::io, "a commit of several journals that was interrupted (a warning once completed)"},
    DiagnosticCodeRow{DiagnosticCode::nothing_to_retract, "nothing-to-retract", ExitStatus::data_error, "a retraction where no value stands"},
    DiagnosticCodeRow{DiagnosticCode::bad_csv, "bad-csv", ExitStatus::data_error, "a CSV file that cannot be read as CSV"},
    DiagnosticCodeRow{DiagnosticCode::missing_column, "missing-column", ExitStatus::data_error, "a CSV file without a required column"},
    DiagnosticCodeRow{DiagnosticCode::unknown_column, "unknown-column", ExitStatus::data_error, "a CSV column ritrack does not know"},
};
static_assert(in_enum_order(kDiagnosticCodes));

inline std::string_view code_name(DiagnosticCode c) { return name_of(kDiagnosticCodes, c); }

}  // namespace ritrack
