// What an operational plan still lacks (`ritrack plan gaps`): for each
// product and result, the resources needed minus those available, by type
// and unit (money converted with the dated rates, people and items in their
// own units), with who provides them; the activities that need attention
// (no responsible, no resource estimate, past their end and not done); and
// the products whose indicators are off track or at risk while their
// activities are underfunded. The summary séance 5 of seed 002 could not
// produce. README, "Operational plans", works the arithmetic by hand.
#pragma once

#include <array>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "base/date.h"
#include "base/enum_table.h"
#include "base/translate.h"
#include "compute/methodology.h"
#include "compute/progress.h"
#include "model/model.h"
#include "model/plan.h"

namespace ritrack {

// Where an activity stands on a day: its latest status dated on or before it.
ActivityState state_on(const Activity& activity, const Date& day);

// One type of resource in one unit (a currency, persons, fte, items).
struct ResourceGap {
  ResourceType type = ResourceType::financial;
  std::string unit;
  Decimal needed = 0, available = 0;
  // What the activities lack, each counted on its own: one activity's
  // surplus covers no other's gap.
  Decimal missing = 0;
};

// What one provider is expected to give (needed) and gives (available).
struct ProviderShare {
  Provider provider = Provider::other;
  ResourceType type = ResourceType::financial;
  std::string unit;
  Decimal needed = 0, available = 0;
};

// What makes an activity need looking at.
enum class Attention { no_responsible, no_estimate, overdue };
inline constexpr std::array kAttentions{
    EnumLabel<Attention>{Attention::no_responsible, "no_responsible", N_("no responsible")},
    EnumLabel<Attention>{Attention::no_estimate, "no_estimate", N_("no resource estimate")},
    EnumLabel<Attention>{Attention::overdue, "overdue", N_("past its end, not done")},
};
static_assert(in_enum_order(kAttentions));

struct ActivityGaps {
  const Activity* activity = nullptr;
  ActivityState state = ActivityState::planned;
  std::vector<ResourceGap> resources;  // by type and unit
  std::vector<Attention> attention;    // what needs looking at, in this order
};

struct IndicatorStatus {
  std::string indicator;
  Status status = Status::no_data;
};

struct ProductGaps {
  int result = 0;
  const Product* product = nullptr;
  std::vector<ResourceGap> resources;    // the product's activities' sums
  std::vector<ProviderShare> providers;  // by provider, type and unit
  std::vector<ActivityGaps> activities;  // dropped ones left out: their resources no longer count
  std::vector<IndicatorStatus> at_risk;  // its indicators off track or at risk
  bool underfunded() const;
  bool at_risk_and_underfunded() const { return !at_risk.empty() && underfunded(); }
};

struct ResultGaps {
  int result = 0;
  std::vector<ResourceGap> resources;
};

struct PlanGaps {
  const Plan* plan = nullptr;
  std::string currency;                  // what money is converted to
  std::vector<ProductGaps> products;     // most urgent first
  std::vector<ResultGaps> results;       // in the plan's order
  std::vector<std::string> unconverted;  // "EUR 2018": amounts kept in their currency for want of a rate
};

struct PlanGapOptions {
  Date today;
  std::string currency = "USD";            // the framework's money
  std::map<std::string, Status> statuses;  // the indicators' progress statuses (compute/progress.h)
  int result = 0;                          // 0: every result
  std::string country;                     // empty: every activity; else those a country is responsible for
};

PlanGaps plan_gaps(const Plan& plan, const ExchangeRates& rates, const PlanGapOptions& options);

// Each indicator's status in a progress report (compute/progress.h).
std::map<std::string, Status> statuses_of(const ProgressReport& report);

// The currency of the framework's amount indicators (their unit), or USD.
std::string framework_currency(const Framework& framework);

}  // namespace ritrack
