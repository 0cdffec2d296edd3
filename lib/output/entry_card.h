// An entry as a person checks it before it is written: a card of translated
// fields (country name, indicator title, value with its unit or level name,
// breakdown, source) and what it replaces.
#pragma once

#include "model/entry.h"
#include "model/model.h"
#include "output/document.h"

namespace ritrack {

// The value as people say it in `lang`: "sí", "3 Established", "2 500,5 USD",
// a title (retractions: empty). Files and CSV keep value_text's.
std::string value_for_people(const Entry& e, const Indicator& ind, const Framework& fw, Lang lang);

// The entry's value as a table cell: for people, and value_text's bare form
// for CSV (an item: its identifier, title and types).
Cell value_cell(const Entry& e, const Framework& fw, Lang lang);

// `replaces`: the entry that stands for the same subject, or null.
Document entry_card(const Entry& entry, const Model& model, const Entry* replaces, Lang lang);

}  // namespace ritrack
