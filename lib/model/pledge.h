// Action pledges (seeds 003 and 004, the Alliance 8.7 "Actions pour 2021"):
// one stakeholder's commitment to one specific, measurable action with a
// deadline, its dated progress updates, and an optional plan to scale it up
// towards 2025. Kept in data/pledges/<NAME>.yaml, append-only like journals.
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
#include "base/translate.h"

namespace ritrack {

// The submission form's limits (seed 004, "Titre ... (max 20 mots)",
// "... d'ici à 2025? (max. 100 mots)"); words as base/words.h counts them.
inline constexpr size_t kTitleWords = 20;
inline constexpr size_t kContributionWords = 100;
// The year of action unless a pledge says otherwise (seed 003: "une Action
// pour 2021 ... avec une date butoir, le 30 décembre"), and how far a
// scale-up plan may reach (seed 004: "d'ici à 2025").
inline constexpr int kDefaultActionYear = 2021;
inline constexpr int kScaleUpHorizon = 2025;

// How seed 004 turns a vague pledge into a SMART one, in its words (French,
// the seed's language): quoted by the warning for a pledge that is not SMART.
struct SmartExample {
  std::string_view vague, smart;
};
inline constexpr SmartExample kSmartRegional{
    "Sensibiliser et mettre fin au travail des enfants",
    "Tenir une conférence en 2021 où les États membres adoptent d’une feuille de route régionale pour "
    "l’élimination du travail des enfants"};
inline constexpr SmartExample kSmartCountry{
    "Protection sociale universelle",
    "Étendre la couverture d’un programme de protection sociale donné de X% d’ici à la fin 2021"};
inline constexpr SmartExample kSmartOrganisation{
    "Participer au dialogue social pour contribuer à l’élimination du travail des enfants",
    "Modifier X accords de négociation collective pour inclure des clauses spécifiques sur le travail des enfants "
    "d’ici à la fin 2021"};

// Who pledges: the stakeholder types of seed 004, each with the seed's
// example for its kind (individuals have none of their own there).
enum class StakeholderType {
  regional,
  country,
  international,
  government,
  business,
  workers,
  civil_society,
  academic,
  company,
  individual
};
struct StakeholderTypeRow {
  StakeholderType value;
  std::string_view name;   // as written in the register
  std::string_view label;  // as a person reads it (the msgid of its translations)
  const SmartExample* example;
  bool has_country;  // a pledge of this type names its country
};
// clang-format off
inline constexpr std::array kStakeholderTypes{
    StakeholderTypeRow{StakeholderType::regional,      "regional",      N_("regional body"),                               &kSmartRegional,     false},
    StakeholderTypeRow{StakeholderType::country,       "country",       N_("country"),                                     &kSmartCountry,      true},
    StakeholderTypeRow{StakeholderType::international, "international", N_("UN or international organisation"),           &kSmartOrganisation, false},
    StakeholderTypeRow{StakeholderType::government,    "government",    N_("government institution"),                      &kSmartOrganisation, true},
    StakeholderTypeRow{StakeholderType::business,      "business",      N_("business network or employers' organisation"), &kSmartOrganisation, false},
    StakeholderTypeRow{StakeholderType::workers,       "workers",       N_("workers' organisation"),                       &kSmartOrganisation, false},
    StakeholderTypeRow{StakeholderType::civil_society, "civil_society", N_("civil society organisation"),                  &kSmartOrganisation, false},
    StakeholderTypeRow{StakeholderType::academic,      "academic",      N_("academic institution"),                        &kSmartOrganisation, false},
    StakeholderTypeRow{StakeholderType::company,       "company",       N_("private sector company"),                      &kSmartOrganisation, false},
    StakeholderTypeRow{StakeholderType::individual,    "individual",    N_("individual"),                                  &kSmartRegional,     false},
};
// clang-format on
static_assert(in_enum_order(kStakeholderTypes));

// Where a progress update says the pledge stands; a final one closes it.
enum class PledgeStatus { in_progress, achieved, not_achieved, dropped };
struct PledgeStatusRow {
  PledgeStatus value;
  std::string_view name;
  std::string_view label;
  bool final;
};
inline constexpr std::array kPledgeStatuses{
    PledgeStatusRow{PledgeStatus::in_progress, "in_progress", N_("in progress"), false},
    PledgeStatusRow{PledgeStatus::achieved, "achieved", N_("achieved"), true},
    PledgeStatusRow{PledgeStatus::not_achieved, "not_achieved", N_("not achieved"), true},
    PledgeStatusRow{PledgeStatus::dropped, "dropped", N_("dropped"), true},
};
static_assert(in_enum_order(kPledgeStatuses));

// Seed 004: "Les stratégies verticales ciblent les changements ...; les
// stratégies horizontales étendent ou reproduisent la solution".
enum class ScaleUpKind { vertical, horizontal };
inline constexpr std::array kScaleUpKinds{EnumName<ScaleUpKind>{ScaleUpKind::vertical, N_("vertical")},
                                          EnumName<ScaleUpKind>{ScaleUpKind::horizontal, N_("horizontal")}};
static_assert(in_enum_order(kScaleUpKinds));

struct Stakeholder {
  StakeholderType type = StakeholderType::country;
  std::string name;
  std::string country;  // ISO alpha-3, where there is one
  Spot type_at, country_at;
};

// What is counted, from what to what, and the framework indicator it feeds.
struct PledgeMeasure {
  std::string what;
  std::optional<Decimal> baseline, target;
  std::string indicator;  // e.g. "4.7"; empty when it feeds none
  Spot at, indicator_at;
};

struct Communication {
  std::vector<std::string> channels;
  std::string hashtag, moments;
};

struct PledgeUpdate {
  std::string pledge;
  Date date;
  PledgeStatus status = PledgeStatus::in_progress;
  std::optional<Decimal> value;  // reached so far, in the measure's terms
  std::string note, source, recorded, by;
  Spot at, date_at;
};

struct ScaleUp {
  std::string pledge;
  ScaleUpKind kind = ScaleUpKind::vertical;
  int to = kScaleUpHorizon;  // the year it reaches
  std::optional<Decimal> cost;
  std::string currency, plan, recorded, by;
  Spot at, to_at;
};

struct Pledge {
  std::string id;
  Stakeholder stakeholder;
  int year = kDefaultActionYear;  // the year of action
  std::string title, implementation, contribution;
  Communication communication;
  std::optional<Date> deadline;
  std::optional<PledgeMeasure> measure;
  std::string resources, source, recorded, by;
  std::vector<PledgeUpdate> updates;  // in file order
  std::optional<ScaleUp> scale_up;    // the latest
  Spot at, id_at, title_at, contribution_at, deadline_at;

  // The latest update's status, or in progress before any.
  PledgeStatus status() const { return updates.empty() ? PledgeStatus::in_progress : updates.back().status; }
};

// One file of data/pledges/: its name (the file's, without .yaml) and pledges in file order.
struct PledgeRegister {
  std::string name;
  std::vector<Pledge> pledges;
};

}  // namespace ritrack
