#include "compute/export_rows.h"

#include <algorithm>
#include <tuple>

namespace ritrack {

namespace {

int start_quarter(const Period& p) { return p.is_year() ? p.year * 4 + 1 : p.year * 4 + p.quarter; }

bool listed(const std::vector<std::string>& list, const std::string& value) {
  return list.empty() || std::find(list.begin(), list.end(), value) != list.end();
}

}  // namespace

std::vector<ExportRow> export_rows(const std::vector<Entry>& entries, const ExportFilter& filter) {
  std::vector<ExportRow> rows;
  for (const HistoryRow& h : build_history(entries, {})) {
    const Entry& e = *h.entry;
    if (!filter.history && h.state != HistoryRow::State::stands) continue;
    if (!listed(filter.countries, e.country) || !listed(filter.indicators, e.indicator)) continue;
    if (filter.from && start_quarter(e.period) < start_quarter(*filter.from)) continue;
    if (filter.to && e.period.end_quarter() > filter.to->end_quarter()) continue;
    rows.push_back({&e, h.state});
  }
  // Stable: entries about the same subject stay in recording order.
  std::stable_sort(rows.begin(), rows.end(), [](const ExportRow& a, const ExportRow& b) {
    const Entry& x = *a.entry;
    const Entry& y = *b.entry;
    return std::tie(x.country, x.indicator, x.period, x.item, x.unit) <
           std::tie(y.country, y.indicator, y.period, y.item, y.unit);
  });
  return rows;
}

}  // namespace ritrack
