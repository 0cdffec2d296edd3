#include "compute/plan_gaps.h"

#include <algorithm>
#include <set>

#include <fmt/format.h>

namespace ritrack {

namespace {

// A resource in the unit it is added up in: money in the plan's currency
// when the rate of `period` converts it, else in its own.
struct Counted {
  ResourceType type;
  std::string unit;
  Decimal amount;
};

Counted counted(const Resource& r, const ExchangeRates& rates, const std::string& currency, const Period& period,
                std::set<std::string>& unconverted) {
  if (r.type != ResourceType::financial || r.unit == currency) return {r.type, r.unit, r.amount};
  if (const ExchangeRate* rate = rates.find(r.unit, currency, period))
    return {r.type, currency, r.amount.times(rate->rate)};
  unconverted.insert(fmt::format("{} {}", r.unit, period.str()));
  return {r.type, r.unit, r.amount};
}

ResourceGap& gap_for(std::vector<ResourceGap>& gaps, ResourceType type, const std::string& unit) {
  for (ResourceGap& g : gaps)
    if (g.type == type && g.unit == unit) return g;
  gaps.push_back({type, unit, 0, 0, 0});
  return gaps.back();
}

ProviderShare& share_for(std::vector<ProviderShare>& shares, Provider provider, const Counted& c) {
  for (ProviderShare& s : shares)
    if (s.provider == provider && s.type == c.type && s.unit == c.unit) return s;
  shares.push_back({provider, c.type, c.unit, 0, 0});
  return shares.back();
}

void add_into(std::vector<ResourceGap>& total, const std::vector<ResourceGap>& part) {
  for (const ResourceGap& g : part) {
    ResourceGap& t = gap_for(total, g.type, g.unit);
    t.needed += g.needed;
    t.available += g.available;
    t.missing += g.missing;
  }
}

void sort_gaps(std::vector<ResourceGap>& gaps) {
  std::sort(gaps.begin(), gaps.end(), [](const ResourceGap& a, const ResourceGap& b) {
    return std::tie(a.type, a.unit) < std::tie(b.type, b.unit);
  });
}

// How much of the needs are unmet, over the resource lines that have needs:
// the mean of missing/needed, for ordering products.
double unmet_share(const ProductGaps& p) {
  double sum = 0;
  int lines = 0;
  for (const ResourceGap& g : p.resources)
    if (g.needed > Decimal(0)) {
      sum += g.missing.to_double() / g.needed.to_double();
      ++lines;
    }
  return lines ? sum / lines : 0;
}

size_t needing_attention(const ProductGaps& p) {
  return std::count_if(p.activities.begin(), p.activities.end(),
                       [](const ActivityGaps& a) { return !a.attention.empty(); });
}

bool admits(const Activity& a, const PlanGapOptions& options) {
  return options.country.empty() || a.responsible.country == options.country;
}

}  // namespace

ActivityState state_on(const Activity& activity, const Date& day) {
  ActivityState state = ActivityState::planned;
  for (const ActivityUpdate& u : activity.updates)  // in file order: a later one supersedes
    if (u.date <= day) state = u.state;
  return state;
}

bool ProductGaps::underfunded() const {
  return std::any_of(resources.begin(), resources.end(), [](const ResourceGap& g) { return g.missing > Decimal(0); });
}

std::map<std::string, Status> statuses_of(const ProgressReport& report) {
  std::map<std::string, Status> out;
  for (const ResultProgress& r : report.results)
    for (const ProgressRow& row : r.rows) out[row.indicator->id] = row.assessment.status;
  return out;
}

std::string framework_currency(const Framework& framework) {
  for (const Indicator& ind : framework.indicators)
    if (ind.measure == Measure::amount && !ind.unit.empty()) return ind.unit;
  return "USD";
}

PlanGaps plan_gaps(const Plan& plan, const ExchangeRates& rates, const PlanGapOptions& options) {
  PlanGaps out;
  out.plan = &plan;
  out.currency = options.currency;
  std::set<std::string> unconverted;
  for (const PlanResult& result : plan.results) {
    if (options.result && result.result != options.result) continue;
    ResultGaps result_gaps{result.result, {}};
    for (const Product& product : result.products) {
      ProductGaps p;
      p.result = result.result;
      p.product = &product;
      for (const Activity& a : product.activities) {
        if (!admits(a, options)) continue;
        ActivityGaps ag;
        ag.activity = &a;
        ag.state = state_on(a, options.today);
        if (ag.state == ActivityState::dropped) continue;  // its resources no longer count
        Period when = a.from.value_or(plan.from);
        for (const Resource& r : a.needed) {
          Counted c = counted(r, rates, out.currency, when, unconverted);
          gap_for(ag.resources, c.type, c.unit).needed += c.amount;
          share_for(p.providers, r.provider, c).needed += c.amount;
        }
        for (const Resource& r : a.available) {
          Counted c = counted(r, rates, out.currency, when, unconverted);
          gap_for(ag.resources, c.type, c.unit).available += c.amount;
          share_for(p.providers, r.provider, c).available += c.amount;
        }
        for (ResourceGap& g : ag.resources) g.missing = std::max(Decimal(0), g.needed - g.available);
        sort_gaps(ag.resources);
        if (a.responsible.empty()) ag.attention.push_back(Attention::no_responsible);
        if (a.needed.empty()) ag.attention.push_back(Attention::no_estimate);
        if (a.to && last_day(*a.to) < options.today && ag.state != ActivityState::done)
          ag.attention.push_back(Attention::overdue);
        add_into(p.resources, ag.resources);
        p.activities.push_back(std::move(ag));
      }
      if (p.activities.empty() && !options.country.empty()) continue;  // nothing of that country's
      sort_gaps(p.resources);
      for (const std::string& id : product.indicators) {
        auto it = options.statuses.find(id);
        if (it != options.statuses.end() && (it->second == Status::off_track || it->second == Status::at_risk))
          p.at_risk.push_back({id, it->second});
      }
      add_into(result_gaps.resources, p.resources);
      out.products.push_back(std::move(p));
    }
    sort_gaps(result_gaps.resources);
    out.results.push_back(std::move(result_gaps));
  }
  // Most urgent first: off track or at risk and underfunded, then
  // underfunded, then needing attention; within each, the larger unmet share.
  auto rank = [](const ProductGaps& p) {
    return p.at_risk_and_underfunded() ? 0 : p.underfunded() ? 1 : needing_attention(p) > 0 ? 2 : 3;
  };
  std::stable_sort(out.products.begin(), out.products.end(), [&](const ProductGaps& a, const ProductGaps& b) {
    if (rank(a) != rank(b)) return rank(a) < rank(b);
    return unmet_share(a) > unmet_share(b);
  });
  out.unconverted.assign(unconverted.begin(), unconverted.end());
  return out;
}

}  // namespace ritrack
