#include "compute/history.h"

#include <unordered_map>

namespace ritrack {

std::vector<HistoryRow> build_history(const std::vector<Entry>& entries, const HistoryFilter& filter) {
  // The entry that comes next about the same subject (model/entry.h).
  std::unordered_map<Subject, size_t, SubjectHash> last;
  last.reserve(entries.size());
  std::vector<const Entry*> next(entries.size(), nullptr);
  for (size_t i = 0; i < entries.size(); ++i) {
    const Entry& e = entries[i];
    auto [it, fresh] = last.try_emplace(subject_of(e), i);
    if (!fresh) {
      next[it->second] = &e;
      it->second = i;
    }
  }
  std::vector<HistoryRow> rows;
  for (size_t i = 0; i < entries.size(); ++i) {
    const Entry& e = entries[i];
    if (!filter.country.empty() && e.country != filter.country) continue;
    if (!filter.indicator.empty() && e.indicator != filter.indicator) continue;
    if (filter.period && e.period != *filter.period) continue;
    HistoryRow row{&e, HistoryRow::State::stands, next[i]};
    if (!row.next)
      row.state = e.retraction ? HistoryRow::State::retraction : HistoryRow::State::stands;
    else if (e.retraction)
      row.state = HistoryRow::State::reverted;
    else
      row.state = row.next->retraction ? HistoryRow::State::withdrawn : HistoryRow::State::superseded;
    rows.push_back(row);
  }
  return rows;
}

}  // namespace ritrack
