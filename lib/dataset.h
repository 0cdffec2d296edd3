// A data directory loaded whole: framework, countries and every journal.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "countries.h"
#include "diagnostic.h"
#include "entry.h"
#include "framework.h"

namespace ritrack {

struct Dataset {
  std::string dir;
  Framework framework;
  CountryList countries;
  std::vector<Entry> entries;  // journals in code order, each in file order
  int files_read = 0;
};

struct LoadOptions {
  Period today;  // the current quarter: later periods are refused as future
  // Only these journals (codes; unlisted or missing ones are skipped), or all
  // of them. Browsing needs none; recording, one.
  std::optional<std::vector<std::string>> journals;
};

// Diagnostic code for files that could not be read at all (exit status 3).
inline constexpr const char* kIoError = "io";

// Loads `dir` and reports every problem found in it; entries that fail their
// checks are left out. Never throws for bad data.
Dataset load_dataset(const std::string& dir, const LoadOptions& options, Diagnostics& out);

// Adds the entries of the journals `codes` (allowlisted, existing ones) to
// `data`, read in parallel, reporting their problems in code order.
void load_journals(Dataset& data, const std::vector<std::string>& codes, const LoadOptions& options,
                   Diagnostics& out);

// The whole of a file, or nullopt (with an "io" diagnostic) when it cannot be read.
std::optional<std::string> read_file(const std::string& path, Diagnostics& out);

// Joins a data directory and a relative path the way diagnostics print it.
std::string data_path(const std::string& dir, const std::string& relative);

}  // namespace ritrack
