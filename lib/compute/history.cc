#include "compute/history.h"

#include <unordered_map>

namespace ritrack {

std::vector<HistoryRow> build_history(const EntryList& entries, const HistoryFilter& filter) {
  // The entry that comes next about the same subject (model/entry.h).
  std::unordered_map<Subject, size_t, SubjectHash> last;
  last.reserve(entries.size());
  std::vector<const Entry*> next(entries.size(), nullptr);
  size_t i = 0;
  for (const Entry& e : entries) {
    auto [it, fresh] = last.try_emplace(subject_of(e), i);
    if (!fresh) {
      next[it->second] = &e;
      it->second = i;
    }
    ++i;
  }
  std::vector<HistoryRow> rows;
  i = 0;
  for (const Entry& e : entries) {
    size_t at = i++;
    if (!filter.country.empty() && e.country != filter.country) continue;
    if (!filter.indicator.empty() && e.indicator != filter.indicator) continue;
    if (filter.period && e.period != *filter.period) continue;
    HistoryRow row{&e, HistoryRow::State::stands, next[at]};
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
