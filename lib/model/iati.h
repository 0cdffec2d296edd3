// How the Initiative appears in IATI (data/iati.yaml): one activity, who
// publishes it and how its results are typed, so that `ritrack export --to
// iati` can write an iati-activities 2.03 document (README, "Exporting").
// Codes are from the IATI codelists (iatistandard.org/en/iati-standard/203/codelists/).
#pragma once

#include <optional>
#include <string>

#include "base/lang.h"

namespace ritrack {

struct IatiOrganisation {
  std::string ref;   // organisation identifier, e.g. "XM-DAC-41302"
  std::string type;  // OrganisationType, e.g. "40" (multilateral)
  std::string name;
};

struct IatiActivity {
  std::string identifier;         // the reporting organisation's ref and the activity's own part
  IatiOrganisation reporting;     // who publishes
  IatiOrganisation implementing;  // participating-org role 4
  LocalizedText description;      // the activity's general description
  std::string status = "2";       // ActivityStatus: implementation
  std::string result_type = "2";  // ResultType: outcome
};

}  // namespace ritrack
