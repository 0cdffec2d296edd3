// The questions `ritrack plan status` and `ritrack plan record` ask for what
// their arguments left out, one at a time in the user's language, the way
// `record` asks for an entry: Tab completes, `?` lists the choices (an
// activity with its title, a state, a type, a unit, a provider), `<` goes
// back, `.` finishes.
#pragma once

#include <string>

#include "base/date.h"
#include "base/lang.h"
#include "prompter.h"
#include "record/plan_recorder.h"
#include "store/dataset.h"

namespace ritrack::cli {

// A status update or a commitment being put together: what the arguments
// gave (never asked), and the answers so far.
struct PlanEntryDraft {
  bool commitment = false;  // else a status update
  PlanCommitmentInput given_commitment;
  PlanStatusInput given_status;
  Answers answers;
};

// Whether the arguments leave anything to ask for.
bool plan_entry_needs_questions(const PlanEntryDraft& draft);

// Asks each question the draft still needs until none is left, the user
// finishes (`.`) or the input ends. Dates default to `today`.
DraftEnd ask_for_plan_entry(PlanEntryDraft& draft, const Dataset& data, const Date& today, Lang lang,
                            Prompter& prompter);

// What the draft says, arguments and answers together.
PlanStatusInput plan_status_of(const PlanEntryDraft& draft);
PlanCommitmentInput plan_commitment_of(const PlanEntryDraft& draft);

}  // namespace ritrack::cli
