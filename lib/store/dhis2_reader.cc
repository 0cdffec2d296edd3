#include "store/dhis2_reader.h"

#include "base/translate.h"
#include "yaml/yaml_fields.h"
#include "yaml/yaml_reader.h"

namespace ritrack {

// code -> UID; an empty UID is kept empty: the template leaves them so,
// and the export reports each one as unmapped.
static std::map<std::string, std::string> read_uids(const YamlNode* node, std::string_view what, DiagnosticSink& sink) {
  std::map<std::string, std::string> uids;
  if (!node || node->kind == YamlNode::Kind::null) return uids;
  if (!node->is_map()) {
    report_type(*node, tr("a mapping"), what, sink);
    return uids;
  }
  for (const YamlMember& m : node->members) {
    if (m.value.kind == YamlNode::Kind::null || (m.value.is_scalar() && m.value.text.empty()))
      uids[m.key] = "";
    else if (m.value.is_scalar())
      uids[m.key] = m.value.text;
    else
      report_type(m.value, tr("a UID"), what, sink);
  }
  return uids;
}

Dhis2Mapping read_dhis2_mapping(std::string_view text, DiagnosticSink& sink) {
  Dhis2Mapping out;
  YamlNode root = read_yaml(text, sink);
  if (root.kind == YamlNode::Kind::null) return out;
  if (!check_keys(root, {{}, {"data_elements", "org_units", "category_option_combos"}}, tr("the DHIS2 mapping"), sink))
    return out;
  out.data_elements = read_uids(root.find("data_elements"), tr("the data elements"), sink);
  out.org_units = read_uids(root.find("org_units"), tr("the organisation units"), sink);
  out.category_option_combos = read_uids(root.find("category_option_combos"), tr("the category option combos"), sink);
  return out;
}

}  // namespace ritrack
