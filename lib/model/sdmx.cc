#include "model/sdmx.h"

#include <algorithm>

#include "model/countries.h"

namespace ritrack {

static std::string upper(std::string s) {
  std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return std::toupper(c); });
  return s;
}

std::string SdmxStructure::indicator_code(const std::string& indicator) const {
  if (auto it = indicators.find(indicator); it != indicators.end()) return it->second;
  std::string code = indicator_prefix + indicator;
  std::replace(code.begin(), code.end(), '.', '_');
  return code;
}

std::string SdmxStructure::area_code(const std::string& country) const {
  if (auto it = areas.find(country); it != areas.end()) return it->second;
  return country == kRegionalCode ? "419" : country;
}

std::string SdmxStructure::dimension_id(const std::string& dimension) const {
  auto it = dimensions.find(dimension);
  return it != dimensions.end() ? it->second : upper(dimension);
}

std::string SdmxStructure::unit_code(const std::string& unit) const {
  auto it = units.find(unit);
  return it != units.end() ? it->second : upper(unit);
}

}  // namespace ritrack
