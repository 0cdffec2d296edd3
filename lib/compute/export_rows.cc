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

bool ExportFilter::admits_country(const std::string& code) const { return listed(countries, code); }
bool ExportFilter::admits_indicator(const std::string& id) const { return listed(indicators, id); }
bool ExportFilter::admits_period(const Period& p) const {
  return !(from && start_quarter(p) < start_quarter(*from)) && !(to && p.end_quarter() > to->end_quarter());
}

std::vector<ExportRow> export_rows(const EntryList& entries, const ExportFilter& filter) {
  std::vector<ExportRow> rows;
  for (const HistoryRow& h : build_history(entries, {})) {
    const Entry& e = *h.entry;
    if (!filter.history && h.state != HistoryRow::State::stands) continue;
    if (!filter.admits_country(e.country) || !filter.admits_indicator(e.indicator) || !filter.admits_period(e.period))
      continue;
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
