#include "record/pledge_recorder.h"

#include <algorithm>
#include <filesystem>

#include <fmt/format.h>

#include "base/errors.h"
#include "base/translate.h"
#include "record/appended_file.h"
#include "store/journal_format.h"
#include "store/pledge_reader.h"

namespace ritrack {

namespace {

// "    key: value\n" when there is a value; texts quoted, numbers and dates as typed.
void line(std::string& out, std::string_view indent, std::string_view key, const std::string& value,
          bool quoted = true) {
  if (!value.empty()) out += fmt::format("{}{}: {}\n", indent, key, quoted ? yaml_quote(value) : value);
}

std::string new_register(const std::string& name) {
  return fmt::format(
      "# ritrack pledge register {}. Append-only: add with 'ritrack pledge add' and\n"
      "# 'ritrack pledge update'; a later update of a pledge supersedes the earlier ones.\n"
      "register: {}\nentries:\n{}\n",
      name, name, end_marker(0));
}

}  // namespace

std::string format_pledge(const PledgeInput& p) {
  std::string out = fmt::format("  - pledge: {}\n", yaml_quote(p.id));
  std::string stakeholder = fmt::format("type: {}, name: {}", p.type, yaml_quote(p.name));
  if (!p.country.empty()) stakeholder += ", country: " + p.country;
  out += fmt::format("    stakeholder: {{{}}}\n", stakeholder);
  line(out, "    ", "year", p.year, false);
  line(out, "    ", "title", p.title);
  line(out, "    ", "implementation", p.implementation);
  line(out, "    ", "contribution", p.contribution);
  std::vector<std::string> parts;
  if (!p.channels.empty()) {
    std::vector<std::string> quoted;
    for (const std::string& c : p.channels) quoted.push_back(yaml_quote(c));
    parts.push_back(fmt::format("channels: [{}]", fmt::join(quoted, ", ")));
  }
  if (!p.hashtag.empty()) parts.push_back("hashtag: " + yaml_quote(p.hashtag));
  if (!p.moments.empty()) parts.push_back("moments: " + yaml_quote(p.moments));
  out += fmt::format("    communication: {{{}}}\n", fmt::join(parts, ", "));
  line(out, "    ", "deadline", p.deadline, false);
  if (!p.measure.empty() || !p.target.empty()) {
    std::vector<std::string> m{"what: " + yaml_quote(p.measure)};
    if (!p.baseline.empty()) m.push_back("baseline: " + p.baseline);
    if (!p.target.empty()) m.push_back("target: " + p.target);
    if (!p.indicator.empty()) m.push_back("indicator: " + yaml_quote(p.indicator));
    out += fmt::format("    measure: {{{}}}\n", fmt::join(m, ", "));
  }
  line(out, "    ", "resources", p.resources);
  line(out, "    ", "source", p.source);
  line(out, "    ", "recorded", p.recorded, false);
  line(out, "    ", "by", p.by);
  return out;
}

std::string format_pledge_update(const PledgeUpdateInput& u) {
  std::string out = fmt::format("  - update: {}\n", yaml_quote(u.id));
  line(out, "    ", "date", u.date, false);
  line(out, "    ", "status", u.status, false);
  line(out, "    ", "value", u.value, false);
  line(out, "    ", "note", u.note);
  line(out, "    ", "source", u.source);
  line(out, "    ", "recorded", u.recorded, false);
  line(out, "    ", "by", u.by);
  return out;
}

std::optional<std::string> register_of(const Dataset& data, const std::string& id) {
  for (const PledgeRegister& reg : data.pledges)
    for (const Pledge& p : reg.pledges)
      if (p.id == id) return reg.name;
  return std::nullopt;
}

namespace {

AppendedFile register_file(const Dataset& data, const std::string& name) {
  return {"pledges/" + name + ".yaml", new_register(name),
          [&data, name](std::string_view text, DiagnosticSink& sink) { read_pledges(text, data, name, sink); }};
}

}  // namespace

bool check_register_entry(const Dataset& data, const std::string& name, const std::string& entry, Diagnostics& out) {
  return with_entry(data, register_file(data, name), entry, out).has_value();
}

bool append_to_register(const Dataset& data, const std::string& name, const std::string& entry,
                        const AppendOptions& options, Diagnostics& out) {
  return append_entry(data, register_file(data, name), entry, options, out);
}

}  // namespace ritrack
