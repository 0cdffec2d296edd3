#include "plan_prompts.h"

#include <algorithm>
#include <array>

#include <fmt/format.h>

#include "base/number.h"
#include "base/translate.h"
#include "model/plan.h"
#include "model/rates.h"

namespace ritrack::cli {

namespace {

// The questions of each kind of entry, in the order they are asked, with
// the field each fills.
struct StatusField {
  std::string_view key;
  std::string PlanStatusInput::*field;
};
constexpr std::array kStatusFields{
    StatusField{"activity", &PlanStatusInput::activity}, StatusField{"state", &PlanStatusInput::state},
    StatusField{"date", &PlanStatusInput::date}, StatusField{"note", &PlanStatusInput::note}};

struct CommitmentField {
  std::string_view key;
  std::string PlanCommitmentInput::*field;
};
constexpr std::array kCommitmentFields{CommitmentField{"activity", &PlanCommitmentInput::activity},
                                       CommitmentField{"type", &PlanCommitmentInput::type},
                                       CommitmentField{"amount", &PlanCommitmentInput::amount},
                                       CommitmentField{"unit", &PlanCommitmentInput::unit},
                                       CommitmentField{"provider", &PlanCommitmentInput::provider},
                                       CommitmentField{"source", &PlanCommitmentInput::source},
                                       CommitmentField{"date", &PlanCommitmentInput::date},
                                       CommitmentField{"note", &PlanCommitmentInput::note}};

// The draft's text for a question: the answer, else what the arguments gave.
std::string text_of(const PlanEntryDraft& d, std::string_view key) {
  if (const std::string* answer = d.answers.find(std::string(key))) return *answer;
  if (d.commitment) {
    for (const CommitmentField& f : kCommitmentFields)
      if (f.key == key) return d.given_commitment.*(f.field);
  } else {
    for (const StatusField& f : kStatusFields)
      if (f.key == key) return d.given_status.*(f.field);
  }
  return "";
}

std::vector<std::string_view> questions(const PlanEntryDraft& d) {
  std::vector<std::string_view> q;
  auto add = [&](std::string_view key, const std::string& given) {
    if (given.empty()) q.push_back(key);
  };
  if (d.commitment)
    for (const CommitmentField& f : kCommitmentFields) add(f.key, d.given_commitment.*(f.field));
  else
    for (const StatusField& f : kStatusFields) add(f.key, d.given_status.*(f.field));
  return q;
}

std::string required(const std::string& s) { return s.empty() ? tr("an answer is needed") : ""; }

class PlanQuestions {
 public:
  PlanQuestions(const PlanEntryDraft& d, const Dataset& data, const Date& today, Lang lang)
      : d_(d), data_(data), today_(today), lang_(lang) {}

  Question ask(std::string_view key) const {
    if (key == "activity") return activity();
    if (key == "state") return named(tr("State"), kActivityStates);
    if (key == "date") return date();
    if (key == "type") return named(tr("Type of resource"), kResourceTypes);
    if (key == "amount") return amount();
    if (key == "unit") return unit();
    if (key == "provider") return named(tr("Provider"), kProviders);
    if (key == "source") {
      Question q{tr("Source (where the commitment is documented)")};
      q.check = required;
      return q;
    }
    return Question(tr("Note (optional)"));
  }

 private:
  Question activity() const {
    Question q{tr("Activity")};
    for (const Plan& p : data_.plans)
      for (const PlanResult& r : p.results)
        for (const Product& pr : r.products)
          for (const Activity& a : pr.activities) q.choices.push_back({a.id, a.title.in(lang_)});
    q.check = [this](const std::string& s) -> std::string {
      for (const Plan& p : data_.plans)
        if (p.find_activity(s)) return "";
      return trf("no activity '{}' in data/plan/; ? lists them", s);
    };
    return q;
  }

  template <class Row, size_t N>
  Question named(const std::string& text, const std::array<Row, N>& rows) const {
    Question q{text};
    q.choices = choices_of(rows, lang_);
    q.labels_complete = true;
    q.check = [this, &rows](const std::string& s) {
      return typed_choice(rows, s, lang_) ? "" : trf("'{}' is not one of the choices; ? lists them", s);
    };
    return q;
  }

  Question date() const {
    Question q{tr("Date (YYYY-MM-DD)"), today_.str()};
    q.check = [](const std::string& s) { return parse_date(s) ? "" : trf("'{}' is not a date; e.g. 2019-03-01", s); };
    return q;
  }

  Question amount() const {
    Question q{tr("Amount")};
    q.check = [](const std::string& s) -> std::string {
      std::string why;
      return parse_number(s, &why) ? "" : trf("'{}' is not a number: {}", s, why);
    };
    return q;
  }

  Question unit() const {
    auto type = typed_choice(kResourceTypes, text_of(d_, "type"), lang_).value_or(ResourceType::financial);
    const ResourceTypeRow& row = row_of(kResourceTypes, type);
    Question q{tr("Unit")};
    if (type == ResourceType::financial) {
      q.text = tr("Currency (ISO 4217, e.g. USD)");
      q.check = [](const std::string& s) {
        auto problem = currency_code_problem(s);
        return problem ? problem->message : "";
      };
      for (const ExchangeRate& r : data_.rates.rates) {
        if (std::none_of(q.choices.begin(), q.choices.end(), [&](const Choice& c) { return c.value == r.to; }))
          q.choices.push_back({r.to, ""});
        if (std::none_of(q.choices.begin(), q.choices.end(), [&](const Choice& c) { return c.value == r.currency; }))
          q.choices.push_back({r.currency, ""});
      }
      return q;
    }
    std::vector<std::string_view> units;
    for (std::string_view u : row.units)
      if (auto unit = parse_name(kResourceUnits, u)) {
        units.push_back(u);
        q.choices.push_back({std::string(u), std::string(tr(row_of(kResourceUnits, *unit).label, lang_))});
      }
    q.labels_complete = true;
    q.default_value = q.choices.size() == 1 ? q.choices[0].value : "";
    q.check = [this, &row, units](const std::string& s) -> std::string {
      auto unit = typed_choice(kResourceUnits, s, lang_);
      if (unit && std::find(units.begin(), units.end(), name_of(kResourceUnits, *unit)) != units.end()) return "";
      return trf("a {} resource is counted in {}, not '{}'", tr(row.label), fmt::join(units, tr(" or ")), s);
    };
    return q;
  }

  const PlanEntryDraft& d_;
  const Dataset& data_;
  Date today_;
  Lang lang_;
};

// The answer as the plan writes it: a name for a label ("Réalisée" → done).
std::string canonical(std::string_view key, const std::string& answer, Lang lang) {
  if (key == "state") return std::string(name_of(kActivityStates, *typed_choice(kActivityStates, answer, lang)));
  if (key == "type") return std::string(name_of(kResourceTypes, *typed_choice(kResourceTypes, answer, lang)));
  if (key == "provider") return std::string(name_of(kProviders, *typed_choice(kProviders, answer, lang)));
  if (key == "unit")
    if (auto unit = typed_choice(kResourceUnits, answer, lang)) return std::string(name_of(kResourceUnits, *unit));
  return answer;
}

}  // namespace

bool plan_entry_needs_questions(const PlanEntryDraft& d) {
  if (d.commitment) {
    const PlanCommitmentInput& c = d.given_commitment;
    return c.activity.empty() || c.type.empty() || c.amount.empty() || c.unit.empty() || c.provider.empty() ||
           c.source.empty();
  }
  return d.given_status.activity.empty() || d.given_status.state.empty();
}

DraftEnd ask_for_plan_entry(PlanEntryDraft& draft, const Dataset& data, const Date& today, Lang lang,
                            Prompter& prompter) {
  while (true) {
    std::vector<std::string_view> keys = questions(draft);
    auto next =
        std::find_if(keys.begin(), keys.end(), [&](std::string_view k) { return !draft.answers.find(std::string(k)); });
    if (next == keys.end()) return DraftEnd::complete;
    Answer answer = prompter.ask(PlanQuestions(draft, data, today, lang).ask(*next));
    std::string key(*next);
    auto as_written = [&](const std::string& text) { return canonical(key, text, lang); };
    if (auto end = take_answer(answer, key, draft.answers, prompter, as_written)) return *end;
  }
}

PlanStatusInput plan_status_of(const PlanEntryDraft& draft) {
  PlanStatusInput s = draft.given_status;
  for (const StatusField& f : kStatusFields) s.*(f.field) = text_of(draft, f.key);
  return s;
}

PlanCommitmentInput plan_commitment_of(const PlanEntryDraft& draft) {
  PlanCommitmentInput c = draft.given_commitment;
  for (const CommitmentField& f : kCommitmentFields) c.*(f.field) = text_of(draft, f.key);
  return c;
}

}  // namespace ritrack::cli
