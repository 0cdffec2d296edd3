// How the Initiative's data is named in SDMX (data/sdmx.yaml): the dataflow
// the observations belong to and the codes of its dimensions, so that an
// SDMX-CSV export (ritrack export --to sdmx-csv) can be loaded by an SDG data
// platform or mapped onto an existing data structure (README, "Exporting").
#pragma once

#include <map>
#include <string>

namespace ritrack {

struct SdmxStructure {
  std::string agency = "RILAC", id = "DF_RILAC", version = "1.0";
  // REF_AREA codes: ISO-3 for countries and UN M49 419 (Latin America and
  // the Caribbean) for regional values, unless listed (an SDG data
  // structure wants M49 for countries too: PER -> 604).
  std::map<std::string, std::string> areas;
  // INDICATOR codes: the prefix and the indicator's id with '.' as '_'
  // ("RILAC_1_6"), unless listed.
  std::string indicator_prefix = "RILAC_";
  std::map<std::string, std::string> indicators;  // "1.6" -> code
  std::map<std::string, std::string> dimensions;  // framework dimension -> SDMX dimension id
  std::map<std::string, std::string> units;       // "count", "USD", "persons" … -> UNIT_MEASURE

  std::string structure_id() const { return agency + ":" + id + "(" + version + ")"; }
  std::string indicator_code(const std::string& indicator) const;
  std::string area_code(const std::string& country) const;
  std::string dimension_id(const std::string& dimension) const;  // default: upper case
  std::string unit_code(const std::string& unit) const;          // default: upper case
};

}  // namespace ritrack
