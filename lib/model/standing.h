// Which entries stand: for each subject (model/entry.h) the latest entry,
// unless it is a retraction. The one rule, used by the ledger over every
// entry and by the loader journal by journal (a journal holds one country's
// entries, so no subject spans two journals).
#pragma once

#include <span>
#include <vector>

#include "model/entry.h"

namespace ritrack {

// The entries of `parts` (runs of entries, one after the other in recording
// order) that stand, in that order.
std::vector<const Entry*> standing_entries(std::span<const std::span<const Entry>> parts);
// The same of `entries`, in recording order.
std::vector<const Entry*> standing_entries(std::span<const Entry* const> entries);
inline std::vector<const Entry*> standing_entries(std::span<const Entry> entries) {
  const std::span<const Entry> one[]{entries};
  return standing_entries(one);
}

}  // namespace ritrack
