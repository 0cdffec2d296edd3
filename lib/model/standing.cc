#include "model/standing.h"

#include <algorithm>
#include <unordered_map>

namespace ritrack {

std::vector<const Entry*> standing_entries(std::span<const std::span<const Entry>> parts) {
  // Last entry per subject wins. Hashed, then taken in recording order (by
  // part, then by address within it), so that nothing depends on the hash's order.
  using Place = std::pair<size_t, const Entry*>;
  std::unordered_map<Subject, Place, SubjectHash> last;
  size_t total = 0;
  for (std::span<const Entry> part : parts) total += part.size();
  last.reserve(total);
  for (size_t p = 0; p < parts.size(); ++p)
    for (const Entry& e : parts[p]) last[subject_of(e)] = {p, &e};
  std::vector<Place> places;
  places.reserve(last.size());
  for (const auto& [subject, place] : last)
    if (!place.second->retraction) places.push_back(place);
  std::sort(places.begin(), places.end());
  std::vector<const Entry*> standing;
  standing.reserve(places.size());
  for (const Place& place : places) standing.push_back(place.second);
  return standing;
}

std::vector<const Entry*> standing_entries(std::span<const Entry* const> entries) {
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
