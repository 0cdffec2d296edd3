#include "compute/sources.h"

#include <set>

namespace ritrack {

namespace {

class SourceList {
 public:
  void add(const std::string& source) {
    if (!source.empty() && seen_.insert(source).second) list_.push_back(source);
  }
  void add(const std::optional<Milestone>& m) {
    if (m) add(m->source);
  }
  void add(const std::vector<Milestone>& ms) {
    for (const Milestone& m : ms) add(m.source);
  }
  std::vector<std::string> take() { return std::move(list_); }

 private:
  std::set<std::string, std::less<>> seen_;
  std::vector<std::string> list_;
};

// The countries whose entries make `row`'s value.
std::vector<std::string> contributors(const ProgressReport& report, const ProgressRow& row) {
  if (!report.options.country.empty()) return {report.options.country};
  if (row.indicator->scope == Scope::regional) return {std::string(kRegionalCode)};
  std::vector<std::string> codes = row.value.coverage.reported;
  codes.insert(codes.end(), row.value.coverage.carried.begin(), row.value.coverage.carried.end());
  return codes;
}

}  // namespace

std::vector<std::string> sources_of(const ProgressReport& report, const Ledger& ledger, const CountryList& countries) {
  SourceList sources;
  const Period& as_of = report.options.as_of;
  for (const ResultProgress& result : report.results)
    for (const ProgressRow& row : result.rows) {
      const Indicator& ind = *row.indicator;
      sources.add(ind.baseline);
      sources.add(ind.targets);
      for (const CategoryTargets& c : ind.category_targets) {
        sources.add(c.baseline);
        sources.add(c.targets);
      }
      for (const std::string& code : contributors(report, row)) {
        const StandingValue* v = ledger.latest(ind.id, code, as_of);
        if (!v) continue;
        sources.add(v->entry().source);
        if (v->items())
          for (const Entry* item : *v->items()) sources.add(item->source);
        if (v->rate()) sources.add(v->rate()->source);
      }
      for (const Entry* e : row.value.evidence) sources.add(e->source);
      for (const ExchangeRate* r : row.value.rates) sources.add(r->source);
      if (row.value.from_countries)
        for (const Country* c : countries.members(as_of))
          for (const Membership& m : c->memberships) sources.add(m.source);
    }
  return sources.take();
}

std::vector<std::string> sources_of(const std::vector<const Plan*>& plans) {
  SourceList sources;
  for (const Plan* plan : plans) {
    sources.add(plan->source);
    for (const PlanResult& r : plan->results)
      for (const Product& product : r.products)
        for (const Activity& a : product.activities)
          for (const auto* resources : {&a.needed, &a.available})
            for (const Resource& res : *resources) sources.add(res.source);
  }
  return sources.take();
}

std::vector<std::string> sources_of(const std::vector<PledgeState>& pledges) {
  SourceList sources;
  for (const PledgeState& s : pledges) {
    sources.add(s.pledge->source);
    for (const PledgeUpdate& u : s.pledge->updates) sources.add(u.source);
  }
  return sources.take();
}

}  // namespace ritrack
