// What `ritrack export` exports: the values that stand (or, with history,
// every entry and what became of it), filtered, in a stable order so that
// the same data always gives the same bytes.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "compute/history.h"
#include "model/entry.h"

namespace ritrack {

struct ExportFilter {
  std::optional<Period> from, to;       // periods lying within [from, to]
  std::vector<std::string> countries;   // empty: all
  std::vector<std::string> indicators;  // empty: all
  bool history = false;                 // every entry, with its state

  bool admits_country(const std::string& code) const;
  bool admits_indicator(const std::string& id) const;
  bool admits_period(const Period& p) const;  // lies within [from, to]
};

struct ExportRow {
  const Entry* entry = nullptr;
  HistoryRow::State state = HistoryRow::State::stands;
};

// Sorted by country, indicator, period, item and unit, then in recording
// order; without history, only values in force (no retraction rows).
std::vector<ExportRow> export_rows(const EntryList& entries, const ExportFilter& filter);

}  // namespace ritrack
