#include "output/export_iati.h"

#include <map>
#include <set>

#include <doctest/doctest.h>
#include <fmt/format.h>
#include <libxml/parser.h>
#include <libxml/tree.h>

#include "testing/fixtures.h"

using namespace ritrack;

namespace {

// What the IATI 2.03 activity schema requires of each element ritrack
// writes: its children in schema order (an unlisted child is an error),
// those that must be present, its required attributes, and the codelist of
// each coded attribute (iatistandard.org/en/iati-standard/203/codelists/).
struct ElementRule {
  std::vector<std::string> children, required_children, required_attributes;
  std::map<std::string, std::set<std::string>> codes;
};

const std::set<std::string> kDocumentCategories{"A01", "A02", "A03", "A04", "A05", "A06", "A07", "A08", "A09", "A10",
                                                "A11", "A12", "B01", "B02", "B03", "B04", "B05", "B06", "B07", "B08",
                                                "B09", "B10", "B11", "B12", "B13", "B14", "B15", "B16", "B17", "B18"};
const std::set<std::string> kOrganisationTypes{"10", "11", "15", "21", "22", "23", "24", "30",
                                               "40", "60", "70", "71", "72", "73", "80", "90"};
const std::vector<std::string> kTextual{"narrative"};
const std::vector<std::string> kLinkChildren{"title", "description", "category", "language", "document-date"};

const std::map<std::string, ElementRule>& rules() {
  static const std::map<std::string, ElementRule> table{
      {"iati-activities", {{"iati-activity"}, {"iati-activity"}, {"version"}, {{"version", {"2.03"}}}}},
      {"iati-activity",
       {{"iati-identifier",
         "reporting-org",
         "title",
         "description",
         "participating-org",
         "other-identifier",
         "activity-status",
         "activity-date",
         "contact-info",
         "activity-scope",
         "recipient-country",
         "recipient-region",
         "location",
         "sector",
         "tag",
         "country-budget-items",
         "humanitarian-scope",
         "policy-marker",
         "collaboration-type",
         "default-flow-type",
         "default-finance-type",
         "default-aid-type",
         "default-tied-status",
         "budget",
         "planned-disbursement",
         "capital-spend",
         "transaction",
         "document-link",
         "related-activity",
         "legacy-data",
         "conditions",
         "result",
         "crs-add",
         "fss"},
        {"iati-identifier", "reporting-org", "title", "description", "participating-org", "activity-status",
         "activity-date"},
        {},
        {}}},
      {"iati-identifier", {}},
      {"reporting-org", {kTextual, kTextual, {"ref", "type"}, {{"type", kOrganisationTypes}}}},
      {"participating-org", {kTextual, {}, {"role"}, {{"role", {"1", "2", "3", "4"}}, {"type", kOrganisationTypes}}}},
      {"title", {kTextual, kTextual, {}, {}}},
      {"description", {kTextual, kTextual, {}, {{"type", {"1", "2", "3", "4"}}}}},
      {"comment", {kTextual, kTextual, {}, {}}},
      {"narrative", {}},
      {"activity-status", {{}, {}, {"code"}, {{"code", {"1", "2", "3", "4", "5", "6"}}}}},
      {"activity-date", {{}, {}, {"type", "iso-date"}, {{"type", {"1", "2", "3", "4"}}}}},
      {"result",
       {{"title", "description", "document-link", "reference", "indicator"},
        {"title", "indicator"},
        {"type"},
        {{"type", {"1", "2", "3", "9"}}, {"aggregation-status", {"0", "1"}}}}},
      {"indicator",
       {{"title", "description", "document-link", "reference", "baseline", "period"},
        {"title"},
        {"measure"},
        {{"measure", {"1", "2", "3", "4", "5"}}, {"ascending", {"0", "1"}}, {"aggregation-status", {"0", "1"}}}}},
      {"reference",
       {{}, {}, {"vocabulary", "code"}, {{"vocabulary", {"1", "2", "3", "4", "5", "6", "7", "8", "9", "99"}}}}},
      {"baseline", {{"location", "dimension", "document-link", "comment"}, {}, {"year"}, {}}},
      {"period", {{"period-start", "period-end", "target", "actual"}, {"period-start", "period-end"}, {}, {}}},
      {"period-start", {{}, {}, {"iso-date"}, {}}},
      {"period-end", {{}, {}, {"iso-date"}, {}}},
      {"target", {{"location", "dimension", "comment", "document-link"}, {}, {}, {}}},
      {"actual", {{"location", "dimension", "comment", "document-link"}, {}, {}, {}}},
      {"dimension", {{}, {}, {"name", "value"}, {}}},
      {"document-link", {kLinkChildren, {"title", "category"}, {"url", "format"}, {}}},
      {"category", {{}, {}, {"code"}, {{"code", kDocumentCategories}}}},
  };
  return table;
}

std::string name_of(const xmlNode* n) { return reinterpret_cast<const char*>(n->name); }

// Every way `node` and its descendants break the rules, as "path: problem".
void check_element(const xmlNode* node, const std::string& path, std::vector<std::string>& problems) {
  std::string name = name_of(node);
  std::string here = path + "/" + name;
  auto rule = rules().find(name);
  if (rule == rules().end()) {
    problems.push_back(fmt::format("{}: not an element ritrack should write", here));
    return;
  }
  const ElementRule& r = rule->second;
  for (const std::string& a : r.required_attributes)
    if (!xmlHasProp(node, reinterpret_cast<const xmlChar*>(a.c_str())))
      problems.push_back(fmt::format("{}: no attribute {}", here, a));
  for (const auto& [attribute, codes] : r.codes)
    if (xmlChar* v = xmlGetProp(node, reinterpret_cast<const xmlChar*>(attribute.c_str()))) {
      std::string value = reinterpret_cast<const char*>(v);
      xmlFree(v);
      if (!codes.contains(value))
        problems.push_back(fmt::format("{}: {}=\"{}\" is not in its codelist", here, attribute, value));
    }
  for (const char* date : {"iso-date"})
    if (xmlChar* v = xmlGetProp(node, reinterpret_cast<const xmlChar*>(date))) {
      std::string value = reinterpret_cast<const char*>(v);
      xmlFree(v);
      if (value.size() != 10 || value[4] != '-' || value[7] != '-')
        problems.push_back(fmt::format("{}: bad date {}", here, value));
    }
  size_t last = 0;
  std::set<std::string> seen;
  for (const xmlNode* c = node->children; c; c = c->next) {
    if (c->type != XML_ELEMENT_NODE) continue;
    std::string child = name_of(c);
    auto at = std::find(r.children.begin(), r.children.end(), child);
    if (at == r.children.end())
      problems.push_back(fmt::format("{}: {} may not stand here", here, child));
    else if (static_cast<size_t>(at - r.children.begin()) < last)
      problems.push_back(fmt::format("{}: {} is out of the schema's order", here, child));
    else
      last = static_cast<size_t>(at - r.children.begin());
    seen.insert(child);
    check_element(c, here, problems);
  }
  for (const std::string& c : r.required_children)
    if (!seen.contains(c)) problems.push_back(fmt::format("{}: no {}", here, c));
}

std::vector<std::string> schema_problems(const std::string& xml) {
  xmlDocPtr doc = xmlReadMemory(xml.data(), static_cast<int>(xml.size()), "export.xml", "UTF-8", XML_PARSE_NONET);
  if (!doc) return {"not well-formed XML"};
  std::vector<std::string> problems;
  check_element(xmlDocGetRootElement(doc), "", problems);
  xmlFreeDoc(doc);
  return problems;
}

IatiActivity test_activity() {
  IatiActivity a;
  a.identifier = "XM-DAC-41302-TEST";
  a.reporting = {"XM-DAC-41302", "40", "Reporter"};
  a.implementing = {"XM-DAC-41302", "40", "Implementer"};
  for (Lang l : kLangs) a.description[l] = "Test";
  return a;
}

}  // namespace

TEST_CASE("the IATI export holds the schema's order, required attributes and codelists for every measure kind") {
  Dataset data = testing::load_fixture("tests/fixtures/progress");
  Ledger ledger(data.framework, data.entries, &data.rates);
  std::string xml = export_iati(data.framework, test_activity(), ledger, {}, std::nullopt);
  CHECK(schema_problems(xml) == std::vector<std::string>{});
  // Every measure kind of the fixture is there, with its IATI measure.
  for (const char* measure : {R"(measure="1")", R"(measure="3")", R"(measure="4")", R"(measure="5")"})
    CHECK(xml.find(measure) != std::string::npos);
  CHECK(xml.find(R"(<dimension name="sector" value="GOB"/>)") != std::string::npos);
  CHECK(xml.find(R"(<dimension name="country" value="PER"/>)") != std::string::npos);
  CHECK(xml.find("generated-datetime") == std::string::npos);  // byte-stable without a stamp
}

TEST_CASE("the checker itself refuses what the schema refuses") {
  CHECK(schema_problems("<iati-activities version=\"2.03\"><iati-activity><title><narrative>x</narrative></title>"
                        "<iati-identifier>x</iati-identifier></iati-activity></iati-activities>")
            .size() > 3);
  auto problems = schema_problems(R"(<iati-activities version="2.03"><iati-activity>)"
                                  R"(<iati-identifier>x</iati-identifier><reporting-org ref="r" type="99">)"
                                  R"(<narrative>x</narrative></reporting-org><title><narrative>x</narrative></title>)"
                                  R"(<description><narrative>x</narrative></description><participating-org role="4"/>)"
                                  R"(<activity-status code="2"/><activity-date type="1" iso-date="2014"/>)"
                                  R"(</iati-activity></iati-activities>)");
  CHECK(problems ==
        std::vector<std::string>{R"(/iati-activities/iati-activity/reporting-org: type="99" is not in its codelist)",
                                 "/iati-activities/iati-activity/activity-date: bad date 2014"});
}

TEST_CASE("IATI periods, filters and a stamp") {
  Dataset data = testing::load_fixture("tests/fixtures/progress");
  Ledger ledger(data.framework, data.entries, &data.rates);
  ExportFilter only_peru{Period{2019, 0}, Period{2019, 0}, {"PER"}, {"1.1"}, false};
  std::string xml = export_iati(data.framework, test_activity(), ledger, only_peru, "2026-12-06T10:00:00Z");
  CHECK(schema_problems(xml) == std::vector<std::string>{});
  CHECK(xml.find(R"(generated-datetime="2026-12-06T10:00:00Z")") != std::string::npos);
  CHECK(xml.find(R"(<period-start iso-date="2019-01-01"/>)") != std::string::npos);
  CHECK(xml.find(R"(<period-end iso-date="2019-03-31"/>)") != std::string::npos);
  CHECK(xml.find("value=\"CHL\"") == std::string::npos);
  CHECK(xml.find("<baseline") == std::string::npos);  // the region's, and RI is not asked for
  CHECK(xml.find("<indicator") != std::string::npos);
  CHECK(xml.find(R"(code="1.2")") == std::string::npos);
}
