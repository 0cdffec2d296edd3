#include "compute/pledge_status.h"

#include <numeric>

#include "compute/progress.h"

namespace ritrack {

namespace {

Date months_after(const Date& d, int months) {
  int index = d.year * 12 + (d.month - 1) + months;
  return {index / 12, index % 12 + 1, d.day};  // day kept: compared, never printed
}

// The recording day of a pledge stands for its first news.
std::optional<Date> recorded_day(const Pledge& p) {
  return p.recorded.size() >= 10 ? parse_date(std::string_view(p.recorded).substr(0, 10)) : std::nullopt;
}

PledgeState state_of(const Pledge& p, const PledgeRegister& reg, const Date& today) {
  PledgeState s;
  s.pledge = &p;
  s.reg = &reg;
  // Updates dated after `today` are not news yet.
  for (const PledgeUpdate& u : p.updates) {
    if (u.date > today) continue;
    s.status = u.status;
    s.last_news = u.date;
    if (u.value) s.reached = u.value;
  }
  bool open = !row_of(kPledgeStatuses, s.status).final;
  s.overdue = open && p.deadline && *p.deadline < today;
  std::optional<Date> news = s.last_news ? s.last_news : recorded_day(p);
  s.silent = open && news && months_after(*news, kSilentMonths) < today;
  if (s.reached && p.measure && p.measure->target) {
    Decimal from = p.measure->baseline.value_or(0);
    Decimal span = *p.measure->target - from;
    if (span.sign() != 0) s.achieved_pct = (*s.reached - from).to_double() / span.to_double() * 100;
  }
  return s;
}

}  // namespace

std::vector<PledgeState> pledge_states(const std::vector<PledgeRegister>& registers, const PledgeFilter& filter,
                                       const Date& today) {
  std::vector<PledgeState> out;
  for (const PledgeRegister& reg : registers)
    for (const Pledge& p : reg.pledges) {
      if (filter.type && p.stakeholder.type != *filter.type) continue;
      if (!filter.country.empty() && p.stakeholder.country != filter.country) continue;
      PledgeState s = state_of(p, reg, today);
      if (filter.status && s.status != *filter.status) continue;
      out.push_back(s);
    }
  return out;
}

void attach_pledges(ProgressReport& report, const std::vector<PledgeRegister>& registers) {
  std::vector<PledgeState> states = pledge_states(registers, {}, last_day(report.options.as_of));
  for (ResultProgress& r : report.results)
    for (ProgressRow& row : r.rows)
      for (const PledgeState& s : states)
        if (s.pledge->measure && s.pledge->measure->indicator == row.indicator->id) row.pledges.push_back(s);
}

int PledgeCounts::total() const { return std::accumulate(by_status.begin(), by_status.end(), 0); }

PledgeReport pledge_report(const std::vector<PledgeRegister>& registers, const PledgeFilter& filter,
                           const Date& today) {
  PledgeReport r{today, pledge_states(registers, filter, today), {}};
  for (const StakeholderTypeRow& type : kStakeholderTypes) {
    PledgeCounts c{type.value, {}};
    for (const PledgeState& s : r.states)
      if (s.pledge->stakeholder.type == type.value) ++c.by_status[static_cast<size_t>(s.status)];
    if (c.total() > 0) r.counts.push_back(c);
  }
  return r;
}

}  // namespace ritrack
