#include "compute/cross_checks.h"

#include <algorithm>
#include <cmath>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "base/number.h"
#include "base/translate.h"

namespace ritrack {

namespace {

// The other values of a series: their moments and range.
struct History {
  size_t n = 0;
  double sum = 0, squares = 0;
  double smallest = 0, largest = 0;
  double smallest_nonzero = 0;  // 0: none
};

// A series' numbers, converted once: statistics are approximate by nature.
std::vector<double> as_doubles(const std::vector<StandingValue>& series) {
  std::vector<double> values;
  values.reserve(series.size());
  for (const StandingValue& v : series) values.push_back(v.number().to_double());
  return values;
}

// The history of `values` but the one at `leave_out` (none when npos).
History history_of(const std::vector<double>& values, size_t leave_out) {
  History h;
  for (size_t i = 0; i < values.size(); ++i) {
    if (i == leave_out) continue;
    double x = values[i];
    ++h.n, h.sum += x, h.squares += x * x;
    h.smallest = h.n == 1 ? x : std::min(h.smallest, x);
    h.largest = h.n == 1 ? x : std::max(h.largest, x);
    if (x > 0 && (h.smallest_nonzero == 0 || x < h.smallest_nonzero)) h.smallest_nonzero = x;
  }
  return h;
}

std::optional<Problem> judge(const Indicator& ind, const History& others, double value) {
  if (others.n < kPlausibleHistory) return std::nullopt;
  bool whole = kind_of(ind.measure).whole;
  bool above = value > kPlausibleFactor * std::max(others.largest, whole ? 1.0 : 0.0);
  bool below = ind.accumulate == Accumulate::stock && others.smallest_nonzero > 0 &&
               value < others.smallest_nonzero / kPlausibleFactor;
  if (!above && !below) return std::nullopt;
  double n = static_cast<double>(others.n);
  double mean = others.sum / n;
  double deviation = std::sqrt(std::max(0.0, others.squares / n - mean * mean));
  deviation = std::max({deviation, 0.1 * std::fabs(mean), whole ? 1.0 : 1e-9});
  double z = std::fabs(value - mean) / deviation;
  if (z <= kPlausibleZ) return std::nullopt;
  return Problem{DiagnosticCode::implausible_value,
                 trf("{} for indicator {} is far from this country's other values ({} to {} over {} "
                     "periods, mean {}: {} standard deviations away)",
                     format_number(value), ind.id, format_number(others.smallest), format_number(others.largest),
                     others.n, format_number(mean, 1), format_number(z, z < 10 ? 1 : 0)),
                 tr("check the value and its unit; if it is right, the warning can stay")};
}

// Numbers someone typed, that add up; an item register's counts are derived
// from its items, each of which is checked on its own.
bool judged(const Indicator& ind) { return kind_of(ind.measure).numeric && kind_of(ind.measure).summable; }

}  // namespace

std::optional<Problem> plausibility_problem(const Indicator& ind, const std::vector<StandingValue>& series,
                                            const Period& period, double value) {
  if (!judged(ind)) return std::nullopt;
  std::vector<double> values = as_doubles(series);
  auto at = std::find_if(series.begin(), series.end(), [&](const StandingValue& v) { return v.period() == period; });
  return judge(ind, history_of(values, at == series.end() ? std::string::npos : at - series.begin()), value);
}

std::optional<Problem> plausibility_problem(const Indicator& ind, const Ledger& ledger, const Entry& candidate) {
  if (candidate.retraction) return std::nullopt;
  auto number = ledger.in_unit(ind, candidate);
  if (!number) return std::nullopt;
  return plausibility_problem(ind, ledger.series(ind.id, candidate.country), candidate.period, number->to_double());
}

std::vector<EntryProblem> implausible_values(const Model& model, const Ledger& ledger) {
  std::vector<EntryProblem> out;
  for (const Indicator& ind : model.framework.indicators) {
    if (!judged(ind)) continue;
    for (const std::string& country : ledger.countries(ind.id)) {
      // Quadratic in a series' length, which is a few dozen periods at most.
      const auto& series = ledger.series(ind.id, country);
      std::vector<double> values = as_doubles(series);  // a series has one value per period
      for (size_t i = 0; i < series.size(); ++i)
        if (auto problem = judge(ind, history_of(values, i), values[i]))
          out.push_back({&series[i].entry(), std::move(*problem)});
    }
  }
  return out;
}

std::vector<EntryProblem> member_counts_that_disagree(const Model& model, const Ledger& ledger) {
  std::vector<EntryProblem> out;
  for (const Indicator& ind : model.framework.indicators) {
    if (!ind.counts_members) continue;
    // One warning per indicator, at its latest disagreeing value: the
    // earlier ones are the same story.
    for (const std::string& country : ledger.countries(ind.id)) {
      std::vector<const StandingValue*> disagree;
      for (const StandingValue& v : ledger.series(ind.id, country))
        if (Decimal(model.countries.members(v.period()).size()) != v.number()) disagree.push_back(&v);
      if (disagree.empty()) continue;
      const StandingValue& latest = *disagree.back();
      std::vector<std::string> earlier;
      for (size_t i = 0; i + 1 < disagree.size(); ++i) earlier.push_back(disagree[i]->period().str());
      out.push_back(
          {&latest.entry(),
           {DiagnosticCode::members_disagree,
            trf("indicator {} records {} member countries for {}, but countries.yaml names {}{}", ind.id,
                format_number(latest.number()), latest.period().str(), model.countries.members(latest.period()).size(),
                earlier.empty() ? "" : trf(" (and differs for {})", fmt::join(earlier, ", "))),
            tr("reports show the recorded count for this indicator and count coverage over the named members; "
               "name the other members in countries.yaml, with their sources, when they are known")}});
    }
  }
  return out;
}

std::vector<EntryProblem> cross_checks(const Model& model, const Ledger& ledger) {
  std::vector<EntryProblem> out = implausible_values(model, ledger);
  std::vector<EntryProblem> members = member_counts_that_disagree(model, ledger);
  out.insert(out.end(), members.begin(), members.end());
  return out;
}

Diagnostics cross_check_journal(const Model& model, const std::vector<Entry>& entries, const std::string& file) {
  Diagnostics found;
  Ledger ledger(model.framework, entries, &model.rates);
  DiagnosticSink sink(file, found);
  for (EntryProblem& p : cross_checks(model, ledger)) sink.warning(p.entry->pos, 1, std::move(p.problem));
  return found;
}

}  // namespace ritrack
