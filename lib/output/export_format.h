// `ritrack export`'s formats for other systems and for analysts: one row
// per target in kExportTargets, one writer each.
#pragma once

#include <array>
#include <string>
#include <string_view>
#include <vector>

#include "base/enum_table.h"
#include "compute/export_rows.h"
#include "model/framework.h"

namespace ritrack {

enum class ExportTarget { csv, json };

struct ExportTargetRow {
  ExportTarget value;
  std::string_view name;  // as given to --to
  bool flat;              // one row per entry: --history is offered
};
inline constexpr std::array kExportTargets{
    ExportTargetRow{ExportTarget::csv, "csv", true},
    ExportTargetRow{ExportTarget::json, "json", true},
};
static_assert(in_enum_order(kExportTargets));

// The tidy long CSV: one row per value, with the columns `ritrack import`
// reads (so that an export imports back) and the provenance (recorded, by;
// with history, state). Amounts name their currency, own-unit resources
// their unit; breakdowns as import writes them ("sector=GOB:3,EMP:1").
std::string export_csv(const std::vector<ExportRow>& rows, const Framework& framework, bool history);
// {"schema":"ritrack.export/1","values":[{country, indicator, period, value, ...}]}:
// numbers as JSON numbers, flags as true/false, breakdowns as objects.
std::string export_json(const std::vector<ExportRow>& rows, const Framework& framework, bool history);

}  // namespace ritrack
