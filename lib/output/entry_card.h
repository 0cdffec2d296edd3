// An entry as a person checks it before it is written: a card of translated
// fields (country name, indicator title, value with its unit or level name,
// breakdown, source) and what it replaces.
#pragma once

#include "model/entry.h"
#include "model/model.h"
#include "output/document.h"

namespace ritrack {

// `replaces`: the entry that stands for the same subject, or null.
Document entry_card(const Entry& entry, const Model& model, const Entry* replaces, Lang lang);

}  // namespace ritrack
