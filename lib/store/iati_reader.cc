#include "store/iati_reader.h"

#include "base/translate.h"
#include "yaml/yaml_fields.h"
#include "yaml/yaml_reader.h"

namespace ritrack {

namespace {

IatiOrganisation read_organisation(const YamlNode* node, std::string_view what, DiagnosticSink& sink) {
  IatiOrganisation out;
  if (!node || !check_keys(*node, {{"ref", "type", "name"}, {}}, what, sink)) return out;
  if (auto v = read_text(node->find("ref"), trf("{} (ref)", what), sink)) out.ref = *v;
  if (auto v = read_text(node->find("type"), trf("{} (type)", what), sink)) out.type = *v;
  if (auto v = read_text(node->find("name"), trf("{} (name)", what), sink)) out.name = *v;
  return out;
}

}  // namespace

IatiActivity read_iati(std::string_view text, DiagnosticSink& sink) {
  IatiActivity out;
  YamlNode root = read_yaml(text, sink);
  if (root.kind == YamlNode::Kind::null) return out;
  if (!check_keys(
          root,
          {{"identifier", "reporting_org", "implementing_org", "description", "source"}, {"status", "result_type"}},
          tr("the IATI activity"), sink))
    return out;
  if (auto v = read_text(root.find("identifier"), tr("the IATI identifier"), sink)) out.identifier = *v;
  out.reporting = read_organisation(root.find("reporting_org"), tr("the reporting organisation"), sink);
  out.implementing = read_organisation(root.find("implementing_org"), tr("the implementing organisation"), sink);
  if (auto v = read_localized(root.find("description"), tr("the activity's description"), sink)) out.description = *v;
  if (const YamlNode* n = root.find("status"))
    if (auto v = read_text(n, tr("the activity status"), sink)) out.status = *v;
  if (const YamlNode* n = root.find("result_type"))
    if (auto v = read_text(n, tr("the result type"), sink)) out.result_type = *v;
  read_text(root.find("source"), tr("the IATI activity's source"), sink);
  return out;
}

}  // namespace ritrack
