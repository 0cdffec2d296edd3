#include "record/plan_recorder.h"

#include <fmt/format.h>

#include "record/appended_file.h"
#include "store/journal_format.h"
#include "store/plan_reader.h"

namespace ritrack {

namespace {

// "    key: value\n" when there is a value; texts quoted, numbers, dates and names as typed.
void line(std::string& out, std::string_view key, const std::string& value, bool quoted = true) {
  if (!value.empty()) out += fmt::format("    {}: {}\n", key, quoted ? yaml_quote(value) : value);
}

}  // namespace

std::string format_plan_status(const PlanStatusInput& s) {
  std::string out = fmt::format("  - status: {}\n", yaml_quote(s.activity));
  line(out, "date", s.date, false);
  line(out, "state", s.state, false);
  line(out, "note", s.note);
  line(out, "recorded", s.recorded, false);
  line(out, "by", s.by);
  return out;
}

std::string format_plan_commitment(const PlanCommitmentInput& c) {
  std::string out = fmt::format("  - commitment: {}\n", yaml_quote(c.activity));
  line(out, "date", c.date, false);
  line(out, "type", c.type, false);
  line(out, "amount", c.amount, false);
  line(out, "unit", c.unit);
  line(out, "provider", c.provider, false);
  line(out, "source", c.source);
  line(out, "note", c.note);
  line(out, "recorded", c.recorded, false);
  line(out, "by", c.by);
  return out;
}

namespace {

AppendedFile plan_file(const Dataset& data, const std::string& name) {
  return {"plan/" + name + ".yaml", "",
          [&data, name](std::string_view text, DiagnosticSink& sink) { read_plan(text, data, name, sink); }};
}

}  // namespace

bool check_plan_entry(const Dataset& data, const std::string& name, const std::string& entry, Diagnostics& out) {
  return with_entry(data, plan_file(data, name), entry, out).has_value();
}

bool append_to_plan(const Dataset& data, const std::string& name, const std::string& entry,
                    const AppendOptions& options, Diagnostics& out) {
  return append_entry(data, plan_file(data, name), entry, options, out);
}

}  // namespace ritrack
