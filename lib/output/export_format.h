// `ritrack export`'s formats for other systems and for analysts: one row
// per target in kExportTargets, one writer each.
#pragma once

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <tuple>
#include <vector>

#include "base/enum_table.h"
#include "compute/export_rows.h"
#include "model/countries.h"
#include "model/dhis2.h"
#include "model/framework.h"
#include "model/sdmx.h"

namespace ritrack {

enum class ExportTarget { csv, json, sdmx_csv, dhis2, iati };

struct ExportTargetRow {
  ExportTarget value;
  std::string_view name;  // as given to --to
  bool flat;              // one row per entry: --history is offered
  bool stamp;             // has a place for the time of the export: --stamp is offered
};
inline constexpr std::array kExportTargets{
    ExportTargetRow{ExportTarget::csv, "csv", true, false},
    ExportTargetRow{ExportTarget::json, "json", true, true},
    ExportTargetRow{ExportTarget::sdmx_csv, "sdmx-csv", false, false},
    ExportTargetRow{ExportTarget::dhis2, "dhis2", false, false},
    ExportTargetRow{ExportTarget::iati, "iati", false, true},
};
static_assert(in_enum_order(kExportTargets));

// The tidy long CSV: one row per value, with the columns `ritrack import`
// reads (so that an export imports back) and the provenance (recorded, by;
// with history, state). Amounts name their currency, own-unit resources
// their unit; breakdowns as import writes them ("sector=GOB:3,EMP:1").
std::string export_csv(const std::vector<ExportRow>& rows, const Framework& framework, bool history);
// {"schema":"ritrack.export/1","values":[{country, indicator, period, value, ...}]}:
// numbers as JSON numbers, flags as true/false, breakdowns as objects;
// with `stamp` (an ISO 8601 UTC time), "generated" after the schema.
std::string export_json(const std::vector<ExportRow>& rows, const Framework& framework, bool history,
                        const std::optional<std::string>& stamp = std::nullopt);

// SDMX-CSV 2.0: STRUCTURE,STRUCTURE_ID,ACTION, the dimensions INDICATOR,
// REF_AREA, TIME_PERIOD and one per framework dimension ("_T" for the
// total), UNIT_MEASURE, then OBS_VALUE and the attributes OBS_STATUS,
// SOURCE_DETAIL and COMMENT. One observation per value and one per
// breakdown part; flags are 1 and 0; text values and item registers have
// no numeric observation and are left out.
std::string export_sdmx_csv(const std::vector<ExportRow>& rows, const Framework& framework,
                            const SdmxStructure& structure);

// A code the DHIS2 mapping has no UID for: its section of the mapping
// ("data_elements", "org_units", "category_option_combos") and the code.
struct Dhis2Unmapped {
  std::string section, code;
  bool operator==(const Dhis2Unmapped&) const = default;
  // (clang-tidy 14 misreads a defaulted <=> as a literal 0)
  bool operator<(const Dhis2Unmapped& o) const { return std::tie(section, code) < std::tie(o.section, o.code); }
};

// A DHIS2 dataValueSets payload: {"dataValues":[{dataElement, period
// ("2019Q2", "2019"), orgUnit, categoryOptionCombo, value, comment}]}, one
// value for the total and one per breakdown part; flags are "true" and
// "false"; item registers are left out. Every code without a UID goes to
// `unmapped` (sorted, once each): the caller refuses the export then.
std::string export_dhis2(const std::vector<ExportRow>& rows, const Framework& framework, const Dhis2Mapping& mapping,
                         std::vector<Dhis2Unmapped>& unmapped);
// The mapping to fill: every indicator, country (and RI), the total and
// every breakdown category, each with an empty UID and its English name.
std::string dhis2_mapping_template(const Framework& framework, const CountryList& countries);

}  // namespace ritrack
