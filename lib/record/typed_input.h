// What a person types, in any of the four languages and in any case, as the
// journal writes it: one canonical form whoever recorded the value.
#pragma once

#include "model/model.h"
#include "record/recorder.h"

namespace ritrack {

// yes/no from oui, sí, sim, não…; a level's number from its name in any
// language ("Institucionalizada"); dimension and category codes in the case
// the framework gives them ("gob" → GOB); spaces around breakdown parts
// dropped. Anything it does not recognise is left for the entry rules to refuse.
RecordInput canonical_input(const Model& model, RecordInput in);

// One value as canonical_input writes it: "yes" for "Sí", "3" for "Institucionalizada".
std::string canonical_value(const Model& model, const Indicator& ind, std::string_view typed);

}  // namespace ritrack
