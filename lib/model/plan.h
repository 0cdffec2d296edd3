// The operational plan (seed 002, séances 5 and 6, sections 3.6-3.7): per
// framework result, the products meant to move its indicators, the
// activities that make them, who is responsible, and the resources each
// needs and has. Resources go "bien au-delà de la portée financière": money,
// people, technical means, political and institutional support. Kept in
// data/plan/<NAME>.yaml; activities' status updates and resource
// commitments are appended to the same file like a journal's entries.
#pragma once

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/date.h"
#include "base/decimal.h"
#include "base/diagnostic.h"
#include "base/enum_table.h"
#include "base/lang.h"
#include "base/period.h"
#include "base/translate.h"

namespace ritrack {

// The four axes of séance 6 ("politique, institutionnelle, technique,
// humain") and money. Each type has its units: money a currency (ISO 4217),
// people persons or full-time equivalents (the units journals use), the
// others a count of items.
enum class ResourceType { financial, human, technical, political, institutional };
struct ResourceTypeRow {
  ResourceType value;
  std::string_view name;
  std::string_view label;
  std::array<std::string_view, 2> units;  // empty for money: its unit is a currency
};
// clang-format off
inline constexpr std::array kResourceTypes{
    ResourceTypeRow{ResourceType::financial,     "financial",     N_("financial"),     {}},
    ResourceTypeRow{ResourceType::human,         "human",         N_("human"),         {"persons", "fte"}},
    ResourceTypeRow{ResourceType::technical,     "technical",     N_("technical"),     {"items", ""}},
    ResourceTypeRow{ResourceType::political,     "political",     N_("political"),     {"items", ""}},
    ResourceTypeRow{ResourceType::institutional, "institutional", N_("institutional"), {"items", ""}},
};
// clang-format on
static_assert(in_enum_order(kResourceTypes));

// Who provides a resource: the providers seed 002 names (the national
// budgets of séance 6's national roadmap, the ILO that funds the
// secretariat, the Spanish and Andalusian agencies, Brazil's cooperation).
enum class Provider { national_budget, ilo, aecid, aacid, abc, private_sector, other };
// clang-format off
inline constexpr std::array kProviders{
    EnumLabel<Provider>{Provider::national_budget, "national_budget", N_("national budget")},
    EnumLabel<Provider>{Provider::ilo,             "ilo",             N_("ILO")},
    EnumLabel<Provider>{Provider::aecid,           "aecid",           N_("AECID (Spain)")},
    EnumLabel<Provider>{Provider::aacid,           "aacid",           N_("AACID (Andalusia)")},
    EnumLabel<Provider>{Provider::abc,             "abc",             N_("ABC (Brazil)")},
    EnumLabel<Provider>{Provider::private_sector,  "private_sector",  N_("private sector")},
    EnumLabel<Provider>{Provider::other,           "other",           N_("other")},
};
// clang-format on
static_assert(in_enum_order(kProviders));

// The roles séance 6's roadmap gives responsibilities to; a country (with
// a sector of the framework's 'sector' dimension) is the other kind of
// responsible.
enum class Role { technical_secretariat, focal_points, ilo_regional_director, ministries_of_labour };
// clang-format off
inline constexpr std::array kRoles{
    EnumLabel<Role>{Role::technical_secretariat, "technical_secretariat", N_("technical secretariat")},
    EnumLabel<Role>{Role::focal_points,          "focal_points",          N_("network of focal points")},
    EnumLabel<Role>{Role::ilo_regional_director, "ilo_regional_director", N_("ILO regional director")},
    EnumLabel<Role>{Role::ministries_of_labour,  "ministries_of_labour",  N_("ministries of labour")},
};
// clang-format on
static_assert(in_enum_order(kRoles));

// Where an activity stands; done and dropped close it.
enum class ActivityState { planned, in_progress, done, dropped };
struct ActivityStateRow {
  ActivityState value;
  std::string_view name;
  std::string_view label;
  bool closed;
};
inline constexpr std::array kActivityStates{
    ActivityStateRow{ActivityState::planned, "planned", N_("planned"), false},
    ActivityStateRow{ActivityState::in_progress, "in_progress", N_("in progress"), false},
    ActivityStateRow{ActivityState::done, "done", N_("done"), true},
    ActivityStateRow{ActivityState::dropped, "dropped", N_("dropped"), true},
};
static_assert(in_enum_order(kActivityStates));

// An amount of one type of resource, in its unit, from one provider.
struct Resource {
  ResourceType type = ResourceType::financial;
  Decimal amount = 0;
  std::string unit;  // a currency code for money, else persons, fte or items
  Provider provider = Provider::other;
  std::string source, note;
  Spot at, unit_at;
};

// A role, or a country with (optionally) its sector.
struct Responsible {
  std::optional<Role> role;
  std::string country, sector;
  Spot at, country_at, sector_at;

  bool empty() const { return !role && country.empty(); }
};

// A dated change of an activity's state, appended under `entries:`.
struct ActivityUpdate {
  std::string activity;
  Date date;
  ActivityState state = ActivityState::planned;
  std::string note, recorded, by;
  Spot at;
};

// A resource made available to an activity after the plan was written,
// appended under `entries:`: it counts with the activity's available ones.
struct Commitment {
  std::string activity;
  Date date;
  Resource resource;
  std::string recorded, by;
  Spot at;
};

struct Activity {
  std::string id;
  LocalizedText title;
  Responsible responsible;
  std::optional<Period> from, to;
  std::vector<Resource> needed, available;  // available: the plan's, then commitments in file order
  std::vector<ActivityUpdate> updates;      // in file order
  Spot at, id_at, from_at, to_at;

  // The latest update's state, or planned before any.
  ActivityState state() const { return updates.empty() ? ActivityState::planned : updates.back().state; }
};

struct Product {
  std::string id;
  LocalizedText title;
  std::vector<std::string> indicators;  // the framework indicators it contributes to
  std::vector<Activity> activities;
  Spot at;
  std::vector<Spot> indicators_at;
};

// The products for one framework result.
struct PlanResult {
  int result = 0;
  std::vector<Product> products;
  Spot at;
};

// One file of data/plan/: its name (the file's, without .yaml), the years
// it covers, its source, and its results in file order.
struct Plan {
  std::string name;
  Period from, to;
  std::string source;
  std::vector<PlanResult> results;
  Spot period_at;

  const Activity* find_activity(std::string_view id) const;
};

}  // namespace ritrack
