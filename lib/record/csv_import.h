// A spreadsheet export as entries to record: the columns (README,
// "Importing a spreadsheet") mapped onto RecordInput, row by row.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "record/recorder.h"
#include "store/dataset.h"

namespace ritrack {

struct ImportedEntry {
  int line = 0;  // the row's line in the file
  Entry entry;
};

// Every row checked as `record` would check it. Problems are reported at
// FILE:LINE:COL (the column of the field at fault, where there is one) and
// the rows with problems are left out; a malformed file or a bad header
// stops before the rows.
std::vector<ImportedEntry> read_import(std::string_view csv, const std::string& file, const Dataset& data,
                                       const Period& today, const std::string& by, const std::string& recorded,
                                       Diagnostics& out);

// Warns about rows whose value is far from the country's history
// (compute/cross_checks.h); `data` must hold the journals of the rows' countries.
void warn_implausible_rows(const Dataset& data, const std::vector<ImportedEntry>& rows, const std::string& file,
                           Diagnostics& out);

}  // namespace ritrack
