// Operational plans as documents (every report format renders them) and as
// JSON: the plan as a tree, result → product → activity ("ritrack.plan/1"),
// and what it still lacks ("ritrack.plan-gaps/1").
#pragma once

#include <string>
#include <vector>

#include "base/lang.h"
#include "compute/plan_gaps.h"
#include "model/model.h"
#include "output/document.h"
#include "output/provenance.h"

namespace ritrack {

struct PlanView {
  Date today;                 // activities' states are as of this day
  int result = 0;             // 0: every result
  std::string country;        // empty: every activity; else those the country is responsible for
  bool illustrative = false;  // the data's framework declares it (JSON says so)
};

// The plan as a tree: per result a section of product rows, each followed
// by its activities with responsible, period, state and resources.
void add_plan_tree(Document& doc, const Plan& plan, const Framework& fw, const PlanView& view, Lang lang);

// {"schema":"ritrack.plan/1","plans":[...]}: every plan with its tree.
std::string plans_json(const std::vector<const Plan*>& plans, const PlanView& view,
                       const Provenance* provenance = nullptr);

// Products most urgent first with their gaps by type and unit; gaps by
// result; shares by provider; activities needing attention.
void add_plan_gaps(Document& doc, const PlanGaps& gaps, const Framework& fw, Lang lang);

// The quarterly report's section: per plan, the activities done and those
// past their end and not done, and the resource gap per result.
void add_plan_report(Document& doc, const std::vector<PlanGaps>& gaps, const Framework& fw, Lang lang);

// {"schema":"ritrack.plan-gaps/1","plans":[...]}
std::string plan_gaps_json(const std::vector<PlanGaps>& gaps, bool illustrative = false,
                           const Provenance* provenance = nullptr);

}  // namespace ritrack
