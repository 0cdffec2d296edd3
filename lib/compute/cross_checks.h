// Checks across entries, which reading one entry cannot make (beancount's
// validation list): each takes the model and the values that stand and
// returns its own warnings. The data stands either way; a person should look.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "base/diagnostic.h"
#include "compute/ledger.h"
#include "model/model.h"

namespace ritrack {

// A problem about one entry, placed by the caller (it knows the files).
struct EntryProblem {
  const Entry* entry;
  Problem problem;
};

// Plausibility: a value of a count or an amount is flagged when, against the
// country's other values of that indicator (at least kPlausibleHistory):
//  - it is an outlier by DHIS2's z-score rule: more than kPlausibleZ standard
//    deviations from their mean (the deviation taken as at least a tenth of
//    the mean, and 1 for whole numbers, so that a flat history does not
//    flag every change), and
//  - it is an order of magnitude outside their range: more than
//    kPlausibleFactor times the largest (at least 1), or, for stocks, less
//    than the smallest non-zero one divided by kPlausibleFactor. A flow
//    falling to little is an ordinary quarter; a stock doing so is a typo.
// Both, because a short history makes the z-score alone jumpy.
inline constexpr double kPlausibleZ = 3.0;
inline constexpr double kPlausibleFactor = 10.0;
inline constexpr size_t kPlausibleHistory = 3;

// Why `value` for `period` looks implausible against `series` (the country's
// standing values of `ind`; the one for `period` itself is left out).
std::optional<Problem> plausibility_problem(const Indicator& ind, const std::vector<StandingValue>& series,
                                            const Period& period, double value);

// The same for an entry about to be recorded, against the values that stand
// in `ledger` (retractions are never flagged).
std::optional<Problem> plausibility_problem(const Indicator& ind, const Ledger& ledger, const Entry& candidate);

// Every standing value that plausibility_problem flags.
std::vector<EntryProblem> implausible_values(const Model& model, const Ledger& ledger);

// Indicators that count the member countries (framework 'counts: members'):
// each recorded value that differs from the number of members countries.yaml
// names for its period.
std::vector<EntryProblem> member_counts_that_disagree(const Model& model, const Ledger& ledger);

// All of the above, in that order.
std::vector<EntryProblem> cross_checks(const Model& model, const Ledger& ledger);

// All of the above for one journal's valid `entries`, as warnings placed in
// `file`. Each journal holds one country's values and each check looks at
// one country's series, so `check` runs this in the loader's workers as
// their fold (store/journal_cache.h, JournalFold) and keeps no entry.
Diagnostics cross_check_journal(const Model& model, const std::vector<Entry>& entries, const std::string& file);

}  // namespace ritrack
