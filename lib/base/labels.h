// Interface words in the four languages (titles come from the data files).
#pragma once

#include <string_view>

#include "base/lang.h"

namespace ritrack {

// The word for `key` (its English form) in `lang`; `key` itself when unknown,
// so a missing translation shows English rather than nothing.
std::string_view tr(std::string_view key, Lang lang);

}  // namespace ritrack
