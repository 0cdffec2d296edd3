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

// Every row checked as `record` would check it. Problems are reported as
// FILE:LINE (no column) and the rows with problems are left out; a bad
// header stops before the rows.
std::vector<ImportedEntry> read_import(std::string_view csv, const std::string& file, const Dataset& data,
                                       const Period& today, const std::string& by, const std::string& recorded,
                                       Diagnostics& out);

}  // namespace ritrack
