#include "pledge_prompts.h"

#include <algorithm>
#include <array>

#include <fmt/format.h>

#include "base/date.h"
#include "base/number.h"
#include "base/suggest.h"
#include "base/translate.h"
#include "base/words.h"
#include "model/pledge.h"

namespace ritrack::cli {

namespace {

// The questions in the order they are asked, with the field each fills.
// Channels are a list: the answer is split at its commas.
struct PledgeField {
  std::string_view key;
  std::string PledgeInput::*field;
};

constexpr std::array kPledgeFields{
    PledgeField{"id", &PledgeInput::id},
    PledgeField{"type", &PledgeInput::type},
    PledgeField{"name", &PledgeInput::name},
    PledgeField{"country", &PledgeInput::country},
    PledgeField{"register", &PledgeInput::register_name},
    PledgeField{"title", &PledgeInput::title},
    PledgeField{"implementation", &PledgeInput::implementation},
    PledgeField{"contribution", &PledgeInput::contribution},
    PledgeField{"channels", nullptr},
    PledgeField{"hashtag", &PledgeInput::hashtag},
    PledgeField{"moments", &PledgeInput::moments},
    PledgeField{"deadline", &PledgeInput::deadline},
    PledgeField{"measure", &PledgeInput::measure},
    PledgeField{"baseline", &PledgeInput::baseline},
    PledgeField{"target", &PledgeInput::target},
    PledgeField{"indicator", &PledgeInput::indicator},
    PledgeField{"resources", &PledgeInput::resources},
    PledgeField{"source", &PledgeInput::source},
};

const PledgeField& field_of(std::string_view key) {
  return *std::find_if(kPledgeFields.begin(), kPledgeFields.end(), [&](const PledgeField& f) { return f.key == key; });
}

std::string given_text(const PledgeInput& p, const PledgeField& f) {
  return f.field ? p.*(f.field) : fmt::format("{}", fmt::join(p.channels, ", "));
}

// The draft's text for a question: the answer, else what the options gave.
std::string text_of(const PledgeDraft& d, std::string_view key) {
  if (const std::string* answer = d.answers.find(std::string(key))) return *answer;
  return given_text(d.given, field_of(key));
}

int action_year(const PledgeDraft& d) {
  int year = 0;
  if (auto n = parse_number(d.given.year)) year = static_cast<int>(n->whole());
  return year > 0 ? year : kDefaultActionYear;
}

// The questions the draft needs: what the options left out; the register
// only when there is no country to name it, the measure's parts only when
// something is counted.
std::vector<std::string_view> questions(const PledgeDraft& d) {
  std::vector<std::string_view> q;
  for (const PledgeField& f : kPledgeFields) {
    if (!given_text(d.given, f).empty()) continue;
    if (f.key == "register" && !text_of(d, "country").empty()) continue;
    bool measure_part = f.key == "baseline" || f.key == "target" || f.key == "indicator";
    if (measure_part && text_of(d, "measure").empty()) continue;
    q.push_back(f.key);
  }
  return q;
}

// A stakeholder type by its name ("government") or its label in `lang`,
// as people type it ("Institución gubernamental").
std::optional<StakeholderType> stakeholder_type(std::string_view typed, Lang lang) {
  return typed_choice(kStakeholderTypes, typed, lang);
}

std::string required(const std::string& s) { return s.empty() ? tr("an answer is needed") : ""; }

class PledgeQuestions {
 public:
  PledgeQuestions(const PledgeDraft& d, const Dataset& data, Lang lang) : d_(d), data_(data), lang_(lang) {}

  Question ask(std::string_view key) const {
    if (key == "id") return id();
    if (key == "type") return type();
    if (key == "name") return text(tr("The stakeholder's name"), true);
    if (key == "country") return country();
    if (key == "register") return register_name();
    if (key == "title") return limited(tr("Title of the pledge"), kTitleWords);
    if (key == "implementation") return text(tr("How it will be implemented"), true);
    if (key == "contribution")
      return limited(tr("How it contributes to ending child labour by 2025"), kContributionWords);
    if (key == "channels") return text(tr("Channels of communication, separated by commas (optional)"), false);
    if (key == "hashtag") return text(tr("Hashtag (optional)"), false);
    if (key == "moments") return text(tr("Planned moments of communication (optional)"), false);
    if (key == "deadline") return deadline();
    if (key == "measure") return text(tr("What is counted, e.g. surveys published (optional)"), false);
    if (key == "baseline") return number(tr("Where the count starts (optional)"));
    if (key == "target") return number(tr("The count to reach"));
    if (key == "indicator") return indicator();
    if (key == "resources") return text(tr("Resources needed (optional)"), false);
    return text(tr("Source (where the pledge is documented)"), true);
  }

 private:
  static Question text(const std::string& question, bool needed) {
    Question q{question};
    if (needed) q.check = required;
    return q;
  }

  static Question limited(const std::string& question, size_t words) {
    Question q = text(question, true);
    q.word_limit = words;
    return q;
  }

  Question id() const {
    Question q{tr("Pledge id, e.g. PER-2021-3")};
    q.check = [this](const std::string& s) -> std::string {
      if (s.empty()) return required(s);
      auto in = register_of(data_, s);
      return in ? trf("pledge '{}' is already in register {}", s, *in) : "";
    };
    q.no_choices = tr("A new id: the country or organisation, the year, a number.");
    return q;
  }

  Question type() const {
    Question q{tr("Type of stakeholder")};
    q.choices = choices_of(kStakeholderTypes, lang_);
    q.check = [this](const std::string& s) {
      return stakeholder_type(s, lang_) ? "" : trf("unknown type '{}'; ? lists them", s);
    };
    q.labels_complete = true;  // "institución gubernamental" completes too
    return q;
  }

  bool country_needed() const {
    auto type = stakeholder_type(text_of(d_, "type"), lang_);
    return type && row_of(kStakeholderTypes, *type).has_country;
  }

  Question country() const {
    bool needed = country_needed();
    Question q{needed ? tr("Country (ISO code)") : tr("Country (ISO code, optional)")};
    q.check = [this, needed](const std::string& s) -> std::string {
      if (s.empty()) return needed ? tr("a pledge by this type of stakeholder names its country") : "";
      auto code = resolve_country(data_.countries, s);
      if (code && data_.countries.find(*code)) return "";
      return trf("unknown country '{}'; {}", s, country_hint(data_.countries, s, lang_));
    };
    for (const Country& c : data_.countries.countries) q.choices.push_back({c.code, c.name.in(lang_)});
    q.labels_complete = true;
    return q;
  }

  Question register_name() const {
    Question q{tr("Register (the file in data/pledges/)"), "regional"};
    q.check = [](const std::string& s) {
      return is_register_name(s) ? "" : trf("'{}' is not a name of letters, digits, '-' and '_'", s);
    };
    for (const PledgeRegister& reg : data_.pledges) q.choices.push_back({reg.name, ""});
    return q;
  }

  Question deadline() const {
    int year = action_year(d_);
    Question q{tr("Deadline (YYYY-MM-DD)"), fmt::format("{}-12-30", year)};
    q.check = [year](const std::string& s) -> std::string {
      auto date = parse_date(s);
      if (!date) return trf("'{}' is not a date; e.g. {}-12-30", s, year);
      return date->year == year ? "" : trf("the deadline {} is outside the year of action, {}", date->str(), year);
    };
    return q;
  }

  static Question number(const std::string& question) {
    Question q{question};
    q.check = [](const std::string& s) -> std::string {
      std::string why;
      if (s.empty() || parse_number(s, &why)) return "";
      return trf("'{}' is not a number: {}", s, why);
    };
    return q;
  }

  Question indicator() const {
    const Framework& fw = data_.framework;
    Question q{tr("The framework indicator it feeds (optional)")};
    q.check = [&fw](const std::string& s) -> std::string {
      if (s.empty() || fw.find_indicator(s)) return "";
      return trf("unknown indicator '{}'; {}", s, fw.indicator_range_hint(s));
    };
    for (const Indicator& ind : fw.indicators) q.choices.push_back({ind.id, ind.short_title.in(lang_)});
    return q;
  }

  const PledgeDraft& d_;
  const Dataset& data_;
  Lang lang_;
};

// The answer as the register writes it: "PER" for "Perú", "2.5" for "2.50",
// "government" for "institución gubernamental".
std::string canonical(std::string_view key, const std::string& answer, const Dataset& data, Lang lang) {
  if (answer.empty()) return answer;
  if (key == "type") return std::string(name_of(kStakeholderTypes, *stakeholder_type(answer, lang)));
  if (key == "country") return *resolve_country(data.countries, answer);
  if (key == "indicator") return data.framework.find_indicator(answer)->id;
  if (key == "baseline" || key == "target") return parse_number(answer)->str();
  return answer;
}

}  // namespace

bool pledge_needs_questions(const PledgeInput& p) {
  return p.id.empty() || p.type.empty() || p.name.empty() || p.title.empty() || p.implementation.empty() ||
         p.contribution.empty() || p.source.empty();
}

DraftEnd ask_for_pledge(PledgeDraft& draft, const Dataset& data, Lang lang, Prompter& prompter) {
  while (true) {
    std::vector<std::string_view> keys = questions(draft);
    auto next =
        std::find_if(keys.begin(), keys.end(), [&](std::string_view k) { return !draft.answers.find(std::string(k)); });
    if (next == keys.end()) return DraftEnd::complete;
    Answer answer = prompter.ask(PledgeQuestions(draft, data, lang).ask(*next));
    std::string key(*next);
    auto as_written = [&](const std::string& text) { return canonical(key, text, data, lang); };
    if (auto end = take_answer(answer, key, draft.answers, prompter, as_written)) return *end;
  }
}

PledgeInput pledge_of(const PledgeDraft& draft) {
  PledgeInput p = draft.given;
  for (const std::string& key : draft.answers.order()) {
    const PledgeField& f = field_of(key);
    const std::string& answer = *draft.answers.find(key);
    if (f.field) {
      p.*(f.field) = answer;
      continue;
    }
    p.channels = split_list(answer);
  }
  return p;
}

}  // namespace ritrack::cli
