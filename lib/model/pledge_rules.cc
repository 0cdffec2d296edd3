#include "model/pledge_rules.h"

#include <algorithm>
#include <map>

#include <fmt/format.h>

#include "base/translate.h"
#include "base/words.h"

namespace ritrack {

namespace {

using PledgeCheck = void (*)(const Model&, const Pledge&, DiagnosticSink&);

void form_limit(const Spot& at, const std::string& text, size_t limit, std::string_view what, DiagnosticSink& sink) {
  size_t words = count_words(text);
  if (words > limit)
    sink.error(at.pos, at.width, DiagnosticCode::too_many_words,
               trf("{} has {} words; the pledge form allows {}", what, words, limit),
               tr("words are counted alike in every language (README, \"Action pledges\")"));
}

void title_words(const Model&, const Pledge& p, DiagnosticSink& sink) {
  form_limit(p.title_at, p.title, kTitleWords, tr("the title"), sink);
}

void contribution_words(const Model&, const Pledge& p, DiagnosticSink& sink) {
  form_limit(p.contribution_at, p.contribution, kContributionWords, tr("the contribution"), sink);
}

void deadline_in_year(const Model&, const Pledge& p, DiagnosticSink& sink) {
  if (p.deadline && p.deadline->year != p.year)
    sink.error(p.deadline_at.pos, p.deadline_at.width, DiagnosticCode::bad_deadline,
               trf("the deadline {} is outside the year of action, {}", p.deadline->str(), p.year),
               tr("a pledge is an action for one year; what comes after belongs in its scale-up plan"));
}

void stakeholder_country(const Model& model, const Pledge& p, DiagnosticSink& sink) {
  const Stakeholder& s = p.stakeholder;
  const StakeholderTypeRow& type = row_of(kStakeholderTypes, s.type);
  if (s.country.empty()) {
    if (type.has_country)
      sink.error(s.type_at.pos, s.type_at.width, DiagnosticCode::missing_key,
                 trf("a pledge by a stakeholder of type '{}' names its country", type.name),
                 tr("add 'country: <ISO code>'"));
  } else if (!model.countries.find(s.country)) {
    sink.error(s.country_at.pos, s.country_at.width, DiagnosticCode::unknown_country,
               trf("unknown country '{}'", s.country), tr("countries are the ISO codes of countries.yaml"));
  }
}

void measure_indicator(const Model& model, const Pledge& p, DiagnosticSink& sink) {
  if (!p.measure || p.measure->indicator.empty()) return;
  if (!model.framework.find_indicator(p.measure->indicator))
    sink.error(p.measure->indicator_at.pos, p.measure->indicator_at.width, DiagnosticCode::unknown_indicator,
               trf("unknown indicator '{}'", p.measure->indicator),
               model.framework.indicator_range_hint(p.measure->indicator));
}

void scale_up_horizon(const Model&, const Pledge& p, DiagnosticSink& sink) {
  if (p.scale_up && (p.scale_up->to < p.year || p.scale_up->to > kScaleUpHorizon))
    sink.error(p.scale_up->to_at.pos, p.scale_up->to_at.width, DiagnosticCode::bad_scale_up,
               trf("the scale-up plan reaches {}; it must lie between the year of action ({}) and {}", p.scale_up->to,
                   p.year, kScaleUpHorizon));
}

void smart(const Model&, const Pledge& p, DiagnosticSink& sink) {
  std::vector<std::string> gaps = smart_gaps(p);
  if (gaps.empty()) return;
  const SmartExample& example = *row_of(kStakeholderTypes, p.stakeholder.type).example;
  sink.warning(p.id_at.pos, p.id_at.width,
               {DiagnosticCode::not_smart, trf("pledge {} is not SMART: {}", p.id, fmt::join(gaps, ", ")),
                trf("seed 004 makes a vague pledge SMART: «{}» becomes «{}»", example.vague, example.smart)});
}

constexpr PledgeCheck kPledgeChecks[] = {
    title_words, contribution_words, deadline_in_year, stakeholder_country, measure_indicator, scale_up_horizon, smart};

}  // namespace

std::vector<std::string> smart_gaps(const Pledge& p) {
  std::vector<std::string> gaps;
  if (!p.measure || !p.measure->target) gaps.push_back(tr("no measurable target"));
  bool deadline_written = p.deadline_at.pos.line > 0;  // a malformed one is reported as such
  if (!p.deadline && !deadline_written) gaps.push_back(tr("no deadline"));
  if (!p.measure || (p.measure->what.empty() && p.measure->indicator.empty()))
    gaps.push_back(tr("nothing to measure progress by"));
  return gaps;
}

void attach_to_pledges(PledgeRegister& reg, std::vector<PledgeUpdate> updates, std::vector<ScaleUp> scale_ups,
                       DiagnosticSink& sink) {
  std::map<std::string, Pledge*> by_id;
  for (Pledge& p : reg.pledges) {
    if (p.id.empty()) continue;
    auto [it, fresh] = by_id.emplace(p.id, &p);
    if (!fresh)
      sink.error(p.id_at.pos, p.id_at.width, DiagnosticCode::duplicate_id,
                 trf("pledge {} is already in this register (line {})", p.id, it->second->id_at.pos.line),
                 tr("give each pledge its own id; record progress as an update"));
  }
  auto find = [&](const std::string& id, const Spot& at) -> Pledge* {
    auto it = by_id.find(id);
    if (it != by_id.end()) return it->second;
    if (!id.empty())
      sink.error(at.pos, at.width, DiagnosticCode::unknown_pledge, trf("no pledge {} in this register", id),
                 tr("an update or scale-up plan follows its pledge in the same file"));
    return nullptr;
  };
  for (PledgeUpdate& u : updates)
    if (Pledge* p = find(u.pledge, u.at)) p->updates.push_back(std::move(u));
  for (ScaleUp& s : scale_ups)
    if (Pledge* p = find(s.pledge, s.at)) p->scale_up = std::move(s);
}

void check_pledge(const Model& model, const Pledge& pledge, DiagnosticSink& sink) {
  for (PledgeCheck check : kPledgeChecks) check(model, pledge, sink);
}

}  // namespace ritrack
