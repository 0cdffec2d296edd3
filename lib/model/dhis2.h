// How the Initiative's codes are known in a DHIS2 instance: the UIDs of its
// data elements (indicators), organisation units (countries) and category
// option combinations (the total and each breakdown category). The user
// provides it (ritrack export --to dhis2 --mapping FILE); ritrack writes a
// template to fill (--mapping-template).
#pragma once

#include <map>
#include <string>

namespace ritrack {

struct Dhis2Mapping {
  std::map<std::string, std::string> data_elements;           // "1.6" -> UID
  std::map<std::string, std::string> org_units;               // "PER", "RI" -> UID
  std::map<std::string, std::string> category_option_combos;  // "total", "sector=GOB" -> UID
};

// The category option combination key of a breakdown part, "sector=GOB",
// or of the total.
inline std::string combo_key(const std::string& dimension, const std::string& category) {
  return dimension + "=" + category;
}
inline constexpr const char* kTotalCombo = "total";

}  // namespace ritrack
