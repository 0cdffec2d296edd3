// Git's merge of a journal that two branches appended to: both branches
// rewrite the end marker and add at the same place, so git's line merge
// always conflicts. ritrack merge-journal (a git merge driver) uses this.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace ritrack {

// The journal with the entries each side appended after the common base,
// in recorded order (a tie keeps ours first; an entry both sides added
// once), every byte of the base kept and the end marker recounted. nullopt
// when a side did more than append (a hand edit above the base's end, a
// miscounted or missing end marker, an entry without `recorded`): then
// git's own merge, with its conflict markers, decides.
std::optional<std::string> merge_appended_journals(std::string_view base, std::string_view ours,
                                                   std::string_view theirs);

}  // namespace ritrack
