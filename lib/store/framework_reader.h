// Reads data/framework.yaml into a Framework, reporting every problem.
#pragma once

#include <string_view>

#include "base/diagnostic.h"
#include "model/framework.h"

namespace ritrack {

class JournalCache;

// With `trees`, a cache opened under the hash of `text` (JournalCache::read_tree):
// the tree parsed from `text` is taken from it, or kept in it when parsed
// without a problem. Parsing is most of what a warm run spends on the model.
Framework read_framework(std::string_view text, DiagnosticSink& sink, const JournalCache* trees = nullptr);

}  // namespace ritrack
