#include "store/sdmx_reader.h"

#include "base/translate.h"
#include "yaml/yaml_fields.h"
#include "yaml/yaml_reader.h"

namespace ritrack {

namespace {

// A mapping of plain codes, e.g. dimensions: {sector: SECTOR}.
std::map<std::string, std::string> read_codes(const YamlNode* node, std::string_view what, DiagnosticSink& sink) {
  std::map<std::string, std::string> codes;
  if (!node) return codes;
  if (!node->is_map()) {
    report_type(*node, tr("a mapping"), what, sink);
    return codes;
  }
  for (const YamlMember& m : node->members)
    if (auto code = read_text(&m.value, what, sink)) codes[m.key] = *code;
  return codes;
}

}  // namespace

SdmxStructure read_sdmx(std::string_view text, DiagnosticSink& sink) {
  SdmxStructure out;
  YamlNode root = read_yaml(text, sink);
  if (root.kind == YamlNode::Kind::null) return out;
  if (!check_keys(root, {{"structure", "source"}, {"areas", "indicator_prefix", "indicators", "dimensions", "units"}},
                  tr("the SDMX mapping"), sink))
    return out;
  if (const YamlNode* s = root.find("structure");
      s && check_keys(*s, {{"agency", "id", "version"}, {}}, tr("the SDMX structure"), sink)) {
    if (auto v = read_text(s->find("agency"), tr("the SDMX agency"), sink)) out.agency = *v;
    if (auto v = read_text(s->find("id"), tr("the SDMX dataflow"), sink)) out.id = *v;
    if (auto v = read_text(s->find("version"), tr("the SDMX version"), sink)) out.version = *v;
  }
  read_text(root.find("source"), tr("the SDMX mapping's source"), sink);
  out.areas = read_codes(root.find("areas"), tr("the area codes"), sink);
  if (const YamlNode* n = root.find("indicator_prefix"))
    if (auto v = read_text(n, tr("the indicator code prefix"), sink)) out.indicator_prefix = *v;
  out.indicators = read_codes(root.find("indicators"), tr("the indicator codes"), sink);
  out.dimensions = read_codes(root.find("dimensions"), tr("the dimension codes"), sink);
  out.units = read_codes(root.find("units"), tr("the unit codes"), sink);
  return out;
}

}  // namespace ritrack
