// Turns the progress, gap and coverage reports into the Document that every
// output format renders, with labels in the chosen language.
#pragma once

#include "base/translate.h"
#include "compute/gaps.h"
#include "compute/progress.h"
#include "model/model.h"
#include "output/document.h"

namespace ritrack {

std::string status_label(Status s, Lang lang);
Tone status_tone(Status s);

// Appends the blocks; `heading` adds a heading naming the report and the period.
void add_progress(Document& doc, const ProgressReport& report, const Model& model, Lang lang);
void add_gaps(Document& doc, const GapsReport& gaps, const Model& model, Lang lang);
void add_matrix(Document& doc, const ProgressReport& report, const Model& model, Lang lang);
void add_summary(Document& doc, const ProgressReport& report, Lang lang);

// An item register's count by type: "Public-private 3 · Multisectoral 1;
// National 2 · Subnational 2", every category the indicator admits.
std::string type_counts(const Indicator& ind, const Framework& fw, const std::vector<BreakdownPart>& counts, Lang lang);

// An item register's items that stand, country by country, and its value
// with the count by type at `today`'s reporting period (for `show`).
void add_register(Document& doc, const Indicator& ind, const Model& model, const Ledger& ledger, const Period& today,
                  Lang lang);

// A document with its title and language set.
// `illustrative`: the data says it is (framework.yaml), and the document
// says so first, in every format.
Document new_document(std::string title, Lang lang, bool illustrative = false);

}  // namespace ritrack
