#include "store/journal_reader.h"

#include <fmt/format.h>

#include <algorithm>

#include "store/journal_format.h"
#include "base/suggest.h"
#include "model/value.h"
#include "yaml/yaml_fields.h"
#include "yaml/yaml_reader.h"

namespace ritrack {

std::optional<PeriodProblem> period_problem(const Framework& fw, const Indicator* ind, const Period& p,
                                            const Period& today) {
  if (!fw.in_horizon(p))
    return PeriodProblem{DiagnosticCode::period_outside_horizon,
                         fmt::format("period {} is outside the initiative's horizon {}–{}", p.str(),
                                     fw.horizon_from.str(), fw.horizon_to.str()),
                         ""};
  if (is_future(p, today))
    return PeriodProblem{DiagnosticCode::future_period,
                         fmt::format("period {} has not started yet (today is in {})", p.str(), today.str()), ""};
  if (ind && ind->cadence == Cadence::annual && !p.is_year())
    return PeriodProblem{DiagnosticCode::wrong_cadence,
                         fmt::format("indicator {} is reported annually: the period is a year, not {}", ind->id, p.str()),
                         fmt::format("write {}", p.year)};
  if (ind && ind->cadence == Cadence::quarterly && p.is_year())
    return PeriodProblem{DiagnosticCode::wrong_cadence,
                         fmt::format("indicator {} is reported quarterly: the period is a quarter, not {}", ind->id, p.str()),
                         fmt::format("write {}-Q4 for the year's last quarter", p.year)};
  return std::nullopt;
}

bool is_future(const Period& period, const Period& today) {
  return period.start_time() > today.start_time();
}

namespace {

bool is_utc_timestamp(std::string_view s) {
  // YYYY-MM-DDTHH:MM:SSZ
  static constexpr std::string_view shape = "0000-00-00T00:00:00Z";
  if (s.size() != shape.size()) return false;
  for (size_t i = 0; i < s.size(); ++i) {
    bool digit = shape[i] == '0';
    if (digit ? (s[i] < '0' || s[i] > '9') : s[i] != shape[i]) return false;
  }
  return true;
}

class EntryReader {
 public:
  EntryReader(const JournalContext& ctx, DiagnosticSink& sink)
      : ctx_(ctx), sink_(sink), file_(std::make_shared<const std::string>(sink.file())) {}

  std::optional<Entry> read(YamlNode& node) {
    if (!check_keys(node, {{"indicator", "period", "recorded", "by"},
                           {"value", "retract", "breakdown", "source", "note"}},
                    "an entry", sink_))
      return std::nullopt;
    size_t before = sink_.count();
    Entry e;
    e.country = ctx_.code;
    e.file = file_;
    e.pos = node.pos;
    const Indicator* ind = read_indicator(node.find("indicator"), e);
    read_entry_period(node.find("period"), ind, e);
    read_provenance(node, e);
    const YamlNode* value = node.find("value");
    const YamlNode* retract = node.find("retract");
    if (!value == !retract) {
      sink_.error(node.pos, 1, value ? DiagnosticCode::bad_entry : DiagnosticCode::missing_key,
                  value ? "an entry has either 'value' or 'retract', not both"
                        : "an entry has no 'value' (or 'retract' with a reason)");
    } else if (retract) {
      e.retraction = true;
      e.text = read_text(retract, "the retraction reason", sink_).value_or("");
    } else if (ind) {
      read_value(*value, node, *ind, e);
    }
    if (!e.retraction && !node.find("source"))
      sink_.error(node.pos, 1, DiagnosticCode::missing_key, "an entry has no 'source' (its means of verification)");
    if (sink_.count() != before) return std::nullopt;
    return e;
  }

 private:
  const Indicator* read_indicator(const YamlNode* node, Entry& e) {
    auto id = read_text(node, "the indicator", sink_);
    if (!id) return nullptr;
    const Indicator* ind = ctx_.framework.find_indicator(*id);
    if (!ind) {
      sink_.error(node->pos, node->width(), DiagnosticCode::unknown_indicator,
                  fmt::format("unknown indicator '{}'", *id), ctx_.framework.indicator_range_hint(*id));
      return nullptr;
    }
    bool regional_journal = ctx_.code == kRegionalCode;
    if (regional_journal != (ind->scope == Scope::regional)) {
      sink_.error(node->pos, node->width(), DiagnosticCode::wrong_scope,
                  regional_journal
                      ? fmt::format("indicator {} is recorded by each country, not in the regional journal", *id)
                      : fmt::format("indicator {} is regional: record it in {}.yaml", *id, kRegionalCode));
      return nullptr;
    }
    e.indicator = *id;
    return ind;
  }

  void read_entry_period(const YamlNode* node, const Indicator* ind, Entry& e) {
    auto p = read_period(node, "period", sink_);
    if (!p) return;
    if (auto problem = period_problem(ctx_.framework, ind, *p, ctx_.today))
      sink_.error(node->pos, node->width(), problem->code, problem->message, problem->hint);
    e.period = *p;
  }

  // The entry's texts are moved out of its node: the node is dropped next.
  void read_provenance(YamlNode& node, Entry& e) {
    if (YamlNode* s = node.find("source")) e.source = take_text(s, "the source", sink_).value_or("");
    if (YamlNode* n = node.find("note")) e.note = take_text(n, "the note", sink_).value_or("");
    e.by = take_text(node.find("by"), "'by' (who recorded it)", sink_).value_or("");
    YamlNode* rec = node.find("recorded");
    int rec_width = rec ? rec->width() : 1;  // before its text moves out
    auto recorded = take_text(rec, "the recording time", sink_);
    if (recorded && !is_utc_timestamp(*recorded))
      sink_.error(rec->pos, rec_width, DiagnosticCode::bad_timestamp,
                  fmt::format("recording time \"{}\" is not a UTC timestamp", *recorded),
                  "write it as 2026-11-22T10:15:00Z");
    e.recorded = recorded.value_or("");
  }

  void read_value(const YamlNode& value, const YamlNode& entry, const Indicator& ind, Entry& e) {
    if (!value.is_scalar()) {
      report_type(value, "a single value", "'value'", sink_);
      return;
    }
    std::string why;
    auto parsed = parse_value(ind, ctx_.framework, value.text, &why);
    if (!parsed) {
      sink_.error(value.pos, value.width(), DiagnosticCode::bad_value,
                  fmt::format("value \"{}\" is not valid for indicator {} ({}){}", value.text, ind.id,
                              allowed_values(ind, ctx_.framework), why.empty() ? "" : ": " + why));
      return;
    }
    e.number = parsed->number;
    e.text = std::move(parsed->text);
    if (const YamlNode* b = entry.find("breakdown")) read_breakdown(*b, ind, e);
  }

  void read_breakdown(const YamlNode& node, const Indicator& ind, Entry& e) {
    if (!node.is_map()) {
      report_type(node, "a mapping of dimensions", "the breakdown", sink_);
      return;
    }
    for (const YamlMember& dim : node.members) {
      std::string why = check_breakdown_dimension(ind, dim.key);
      if (!why.empty()) {
        sink_.error(dim.key_pos, static_cast<int>(dim.key.size()), DiagnosticCode::bad_breakdown, why);
        continue;
      }
      if (!dim.value.is_map()) {
        report_type(dim.value, "a mapping of categories to numbers", fmt::format("'{}'", dim.key), sink_);
        continue;
      }
      std::vector<BreakdownPart> parts;
      bool complete = true;
      for (const YamlMember& cat : dim.value.members) {
        auto n = read_number(&cat.value, fmt::format("the '{}' part", cat.key), sink_);
        BreakdownPart part{dim.key, cat.key, n.value_or(0)};
        why = n ? check_breakdown_part(ind, ctx_.framework, part) : std::string{};
        if (!why.empty()) sink_.error(cat.key_pos, static_cast<int>(cat.key.size()), DiagnosticCode::bad_breakdown, why);
        if (!n || !why.empty()) complete = false;
        parts.push_back(std::move(part));
      }
      // A sum over parts that were refused would only repeat the problem.
      why = complete ? check_breakdown_sum(ind, parts, e.number) : std::string{};
      if (!why.empty())
        sink_.error(dim.key_pos, static_cast<int>(dim.key.size()), DiagnosticCode::breakdown_sum, why,
                    "the parts of each dimension add up to the value");
      e.breakdown.insert(e.breakdown.end(), parts.begin(), parts.end());
    }
  }

  const JournalContext& ctx_;
  DiagnosticSink& sink_;
  std::shared_ptr<const std::string> file_;
};

}  // namespace

void read_journal(std::string_view text, const JournalContext& context, DiagnosticSink& sink,
                  const std::function<void(Entry&&)>& on_entry) {
  EntryReader entries(context, sink);
  size_t items = 0;
  YamlStreamHook hook{"entries", [&](YamlNode&& node) {
                        ++items;
                        if (auto e = entries.read(node)) on_entry(std::move(*e));
                      }};
  size_t before = sink.count();
  YamlNode root = read_yaml(text, sink, &hook, YamlParser::libyaml);
  if (sink.count() > before && root.kind == YamlNode::Kind::null) {
    // Unreadable: the entries cannot be counted, but a missing marker still
    // says whether the file was cut short.
    if (!text.empty()) check_end_marker(text, std::nullopt, sink);
    return;
  }
  if (!check_keys(root, {{"country", "entries"}, {}}, "a journal", sink)) return;
  const YamlNode* country = root.find("country");
  auto code = read_text(country, "the journal's country", sink);
  if (code && *code != context.code)
    sink.error(country->pos, country->width(), DiagnosticCode::wrong_country,
               fmt::format("this journal says country '{}' but its file is {}.yaml", *code, context.code),
               "each journal holds one country's entries and is named after its code");
  const YamlNode* list = root.find("entries");
  if (list && list->kind != YamlNode::Kind::null && !list->is_seq())
    report_type(*list, "a list", "entries", sink);
  check_end_marker(text, items, sink);
}

void check_end_marker(std::string_view text, std::optional<size_t> items, DiagnosticSink& sink) {
  auto marker = find_end_marker(text);
  if (!marker) {
    int last_line = static_cast<int>(std::count(text.begin(), text.end(), '\n')) + (text.ends_with('\n') ? 0 : 1);
    sink.error({std::max(last_line, 1), 1}, 1, DiagnosticCode::journal_truncated,
               "the journal does not end with ritrack's end marker: it may have been cut short",
               items ? fmt::format("if the file is complete (e.g. edited by hand), end it with the line '{}'",
                                   end_marker(*items))
                     : "");
  } else if (items && marker->entries != *items) {
    sink.error({marker->line, 1}, 1, DiagnosticCode::journal_count,
               fmt::format("the end marker counts {} {} but the journal holds {}", marker->entries,
                           marker->entries == 1 ? "entry" : "entries", *items),
               fmt::format("entries may have been lost; if the file was edited by hand, write '{}'", end_marker(*items)));
  }
}

}  // namespace ritrack
