#include "model/standing.h"

#include <algorithm>
#include <unordered_map>

namespace ritrack {

std::vector<const Entry*> standing_entries(std::span<const std::span<const Entry>> parts) {
  std::vector<const Entry*> all;  // in recording order: part by part
  size_t total = 0;
  for (std::span<const Entry> part : parts) total += part.size();
  all.reserve(total);
  for (std::span<const Entry> part : parts)
    for (const Entry& e : part) all.push_back(&e);
  return standing_entries(all);
}

std::vector<const Entry*> standing_entries(std::span<const Entry* const> entries) {
  // Last entry per subject wins. Hashed, then taken in recording order, so
  // that nothing depends on the hash's order.
  std::unordered_map<Subject, size_t, SubjectHash> last;  // the index of each subject's latest
  last.reserve(entries.size());
  for (size_t i = 0; i < entries.size(); ++i) last[subject_of(*entries[i])] = i;
  std::vector<size_t> places;
  places.reserve(last.size());
  for (const auto& [subject, i] : last)
    if (!entries[i]->retraction) places.push_back(i);
  std::sort(places.begin(), places.end());
  std::vector<const Entry*> standing;
  standing.reserve(places.size());
  for (size_t i : places) standing.push_back(entries[i]);
  return standing;
}

}  // namespace ritrack
