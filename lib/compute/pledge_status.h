// Where each pledge stands on a given day: its status, whether it is past
// its deadline without a final update, whether it has gone silent (the
// guide asks for regular news), and how far it is towards its target.
#pragma once

#include <array>
#include <optional>
#include <string>
#include <vector>

#include "base/date.h"
#include "model/pledge.h"

namespace ritrack {

struct PledgeFilter {
  std::optional<StakeholderType> type;
  std::string country;  // empty: all
  std::optional<PledgeStatus> status;
};

struct PledgeState {
  const Pledge* pledge = nullptr;
  const PledgeRegister* reg = nullptr;
  PledgeStatus status = PledgeStatus::in_progress;
  std::optional<Date> last_news;       // the latest update's date; none before any
  bool overdue = false;                // past its deadline, and no final update
  bool silent = false;                 // open, and no news for more than a quarter
  std::optional<Decimal> reached;      // the latest value an update gave
  std::optional<double> achieved_pct;  // of the way from baseline (0 unless given) to target
};

// No news for more than this many months (a quarter) makes an open pledge silent.
inline constexpr int kSilentMonths = 3;

// The pledges that pass `filter`, by register then file order, as of
// `today`: updates dated later are not counted.
std::vector<PledgeState> pledge_states(const std::vector<PledgeRegister>& registers, const PledgeFilter& filter,
                                       const Date& today);

// How many pledges of each stakeholder type have each status.
struct PledgeCounts {
  StakeholderType type;
  std::array<int, kPledgeStatuses.size()> by_status{};
  int total() const;
};

struct PledgeReport {
  Date today;
  std::vector<PledgeState> states;   // every pledge, as pledge_states gives them
  std::vector<PledgeCounts> counts;  // types with at least one pledge, in kStakeholderTypes order
  bool illustrative = false;         // from data framework.yaml declares illustrative (set by the caller)
};

// Gives each progress row the pledges whose measure feeds its indicator,
// as they stand on the last day of the report's as-of period.
struct ProgressReport;
void attach_pledges(ProgressReport& report, const std::vector<PledgeRegister>& registers);

PledgeReport pledge_report(const std::vector<PledgeRegister>& registers, const PledgeFilter& filter, const Date& today);

}  // namespace ritrack
