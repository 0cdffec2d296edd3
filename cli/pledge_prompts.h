// The questions `ritrack pledge add` asks for what its options left out,
// one at a time in the user's language, the way `record` asks for an entry:
// Tab completes, `?` lists the choices, `<` goes back, `.` finishes. The
// title and the contribution count their words as they are typed.
#pragma once

#include <string>

#include "base/lang.h"
#include "prompter.h"
#include "record/pledge_recorder.h"
#include "store/dataset.h"

namespace ritrack::cli {

// A pledge being put together: what the options gave (never asked), and the
// answers so far.
struct PledgeDraft {
  PledgeInput given;
  Answers answers;  // by question: "title", "channels"…
};

// Whether the options leave anything to ask for.
bool pledge_needs_questions(const PledgeInput& given);

// Asks each question the draft still needs until none is left, the user
// finishes (`.`) or the input ends.
DraftEnd ask_for_pledge(PledgeDraft& draft, const Dataset& data, Lang lang, Prompter& prompter);

// What the draft says, options and answers together.
PledgeInput pledge_of(const PledgeDraft& draft);

}  // namespace ritrack::cli
