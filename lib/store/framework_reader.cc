#include "store/framework_reader.h"

#include "store/journal_cache.h"

#include <algorithm>
#include <set>

#include <fmt/format.h>

#include "base/suggest.h"
#include "base/translate.h"
#include "model/countries.h"
#include "yaml/yaml_fields.h"
#include "yaml/yaml_reader.h"

namespace ritrack {

namespace {

class FrameworkReader {
 public:
  explicit FrameworkReader(DiagnosticSink& sink) : sink_(sink) {}

  Framework read(const YamlNode& root) {
    if (!check_keys(
            root, {{"name", "horizon", "results"}, {"translations", "phases", "dimensions", "scales", "illustrative"}},
            tr("the framework"), sink_))
      return fw_;
    if (auto name = read_localized(root.find("name"), tr("the framework name"), sink_)) fw_.name = *name;
    read_horizon(root.find("horizon"));
    if (const YamlNode* flag = root.find("illustrative"))
      fw_.illustrative = read_choice(flag, tr("'illustrative'"), {"true", "false"}, sink_).value_or("") == "true";
    for (const YamlNode& n : read_list(root.find("phases"), "phases", sink_)) read_phase(n);
    for (const YamlNode& n : read_list(root.find("dimensions"), "dimensions", sink_)) read_dimension(n);
    for (const YamlNode& n : read_list(root.find("scales"), "scales", sink_)) read_scale(n);
    for (const YamlNode& n : read_list(root.find("results"), "results", sink_)) read_result(n);
    return std::move(fw_);
  }

 private:
  std::optional<Period> period_in_horizon(const YamlNode* node, std::string_view what) {
    auto p = read_period(node, what, sink_);
    if (p && !fw_.in_horizon(*p)) {
      sink_.error(node->pos, node->width(), DiagnosticCode::period_outside_horizon,
                  trf("{} {} is outside the initiative's horizon {}–{}", what, p->str(), fw_.horizon_from.str(),
                      fw_.horizon_to.str()));
      return std::nullopt;
    }
    return p;
  }

  void read_horizon(const YamlNode* node) {
    if (!node || !check_keys(*node, {{"from", "to"}, {}}, tr("the horizon"), sink_)) return;
    auto from = read_period(node->find("from"), tr("the horizon start"), sink_);
    auto to = read_period(node->find("to"), tr("the horizon end"), sink_);
    if (from) fw_.horizon_from = *from;
    if (to) fw_.horizon_to = *to;
  }

  void read_phase(const YamlNode& node) {
    if (!check_keys(node, {{"id", "from", "to"}, {}}, tr("a phase"), sink_)) return;
    Phase phase;
    auto id = read_text(node.find("id"), tr("the phase id"), sink_);
    auto from = period_in_horizon(node.find("from"), tr("the phase start"));
    auto to = period_in_horizon(node.find("to"), tr("the phase end"));
    if (!id || !from || !to) return;
    fw_.phases.push_back(Phase{*id, *from, *to});
  }

  bool claim_id(std::set<std::string>& seen, const YamlNode* node, const std::string& id, std::string_view what) {
    if (seen.insert(id).second) return true;
    sink_.error(node->pos, node->width(), DiagnosticCode::duplicate_id, trf("{} '{}' is defined twice", what, id));
    return false;
  }

  void read_dimension(const YamlNode& node) {
    if (!check_keys(node, {{"id", "title", "categories"}, {}}, tr("a dimension"), sink_)) return;
    Dimension dim;
    auto id = read_text(node.find("id"), tr("the dimension id"), sink_);
    if (!id || !claim_id(dimension_ids_, node.find("id"), *id, "dimension")) return;
    dim.id = *id;
    if (auto t = read_localized(node.find("title"), tr("the dimension title"), sink_)) dim.title = *t;
    std::set<std::string> codes;
    for (const YamlNode& c : read_list(node.find("categories"), "categories", sink_)) {
      if (!check_keys(c, {{"code", "name"}, {}}, tr("a category"), sink_)) continue;
      auto code = read_text(c.find("code"), tr("the category code"), sink_);
      if (!code || !claim_id(codes, c.find("code"), *code, "category")) continue;
      Category cat{*code, {}};
      if (auto n = read_localized(c.find("name"), tr("the category name"), sink_)) cat.name = *n;
      dim.categories.push_back(std::move(cat));
    }
    fw_.dimensions.push_back(std::move(dim));
  }

  void read_scale(const YamlNode& node) {
    if (!check_keys(node, {{"id", "title", "threshold", "levels"}, {}}, tr("a scale"), sink_)) return;
    Scale scale;
    auto id = read_text(node.find("id"), tr("the scale id"), sink_);
    if (!id || !claim_id(scale_ids_, node.find("id"), *id, "scale")) return;
    scale.id = *id;
    if (auto t = read_localized(node.find("title"), tr("the scale title"), sink_)) scale.title = *t;
    for (const YamlNode& l : read_list(node.find("levels"), "levels", sink_)) {
      if (!check_keys(l, {{"value", "label"}, {}}, tr("a scale level"), sink_)) continue;
      auto v = read_number(l.find("value"), tr("the level value"), sink_);
      if (!v) continue;
      if (!v->is_whole() || (!scale.levels.empty() && *v <= scale.levels.back().value)) {
        sink_.error(l.find("value")->pos, l.find("value")->width(), DiagnosticCode::bad_scale,
                    tr("scale levels are whole numbers in ascending order"));
        continue;
      }
      ScaleLevel level{static_cast<int>(v->whole()), {}};
      if (auto t = read_localized(l.find("label"), tr("the level label"), sink_)) level.label = *t;
      scale.levels.push_back(std::move(level));
    }
    if (auto t = read_number(node.find("threshold"), tr("the scale threshold"), sink_)) {
      scale.threshold = static_cast<int>(t->whole());
      if (!t->is_whole() || !scale.find(scale.threshold))
        sink_.error(node.find("threshold")->pos, node.find("threshold")->width(), DiagnosticCode::bad_scale,
                    trf("the threshold {} is not a level of scale '{}'", *t, scale.id));
    }
    fw_.scales.push_back(std::move(scale));
  }

  void read_result(const YamlNode& node) {
    if (!check_keys(node, {{"id", "title", "indicators"}, {}}, tr("a result"), sink_)) return;
    auto id = read_number(node.find("id"), tr("the result id"), sink_);
    if (!id) return;
    if (!id->is_whole() || *id < 1 || !claim_id(result_ids_, node.find("id"), fmt::format("{}", *id), "result")) {
      if (!id->is_whole() || *id < 1)
        sink_.error(node.find("id")->pos, node.find("id")->width(), DiagnosticCode::bad_id,
                    tr("a result id is a whole number from 1"));
      return;
    }
    Result result;
    result.id = static_cast<int>(id->whole());
    if (auto t = read_localized(node.find("title"), tr("the result title"), sink_)) result.title = *t;
    for (const YamlNode& n : read_list(node.find("indicators"), "indicators", sink_)) {
      Indicator ind;
      if (!read_indicator(n, result.id, ind)) continue;
      result.indicators.push_back(ind.id);
      fw_.indicators.push_back(std::move(ind));
    }
    fw_.results.push_back(std::move(result));
  }

  template <class Row, size_t N, class E>
  bool read_enum(const YamlNode& node, const char* key, std::string_view what, const std::array<Row, N>& table,
                 E& out) {
    auto choice = read_choice(node.find(key), what, names_of(table), sink_);
    if (!choice) return false;
    out = *parse_name(table, *choice);
    return true;
  }

  std::optional<Milestone> read_milestone(const YamlNode& node, std::string_view what) {
    if (!check_keys(node, {{"period", "value", "source"}, {"inferred", "category", "breakdown", "country"}}, what,
                    sink_))
      return std::nullopt;
    auto period = period_in_horizon(node.find("period"), trf("the {} period", what));
    auto value = read_number(node.find("value"), trf("the {} value", what), sink_);
    auto source = read_text(node.find("source"), trf("the {} source", what), sink_);
    if (!period || !value || !source) return std::nullopt;
    Milestone m{*period, *value, *source, {}};
    if (const YamlNode* why = node.find("inferred"))
      m.inferred = read_text(why, trf("why the {} period is inferred", what), sink_).value_or("");
    return m;
  }

  bool read_indicator(const YamlNode& node, int result, Indicator& ind) {
    if (!check_keys(
            node,
            {{"id", "title", "short", "measure", "scope", "accumulate", "direction", "cadence"},
             {"breakdown", "categories", "counts", "unit", "scale", "baseline", "targets", "verification", "note"}},
            tr("an indicator"), sink_))
      return false;
    const YamlNode* id_node = node.find("id");
    auto id = read_text(id_node, tr("the indicator id"), sink_);
    if (!id) return false;
    std::string prefix = fmt::format("{}.", result);
    std::string number = id->substr(std::min(prefix.size(), id->size()));
    if (!id->starts_with(prefix) || number.empty() || number.find_first_not_of("0123456789") != std::string::npos) {
      sink_.error(id_node->pos, id_node->width(), DiagnosticCode::bad_id,
                  trf("indicator id '{}' does not belong to result {}", *id, result),
                  trf("indicators of result {} are numbered {}1, {}2, …", result, prefix, prefix));
      return false;
    }
    if (!claim_id(indicator_ids_, id_node, *id, "indicator")) return false;
    ind.id = *id;
    ind.result = result;
    std::string what = trf("indicator {}", ind.id);
    if (auto t = read_localized(node.find("title"), trf("the title of {}", what), sink_)) ind.title = *t;
    if (auto t = read_localized(node.find("short"), trf("the short title of {}", what), sink_)) ind.short_title = *t;
    bool typed = read_enum(node, "measure", tr("the measure"), kMeasures, ind.measure);
    read_enum(node, "scope", tr("the scope"), kScopes, ind.scope);
    read_enum(node, "accumulate", tr("the accumulation"), kAccumulations, ind.accumulate);
    read_enum(node, "direction", tr("the direction"), kDirections, ind.direction);
    read_enum(node, "cadence", tr("the cadence"), kCadences, ind.cadence);
    if (typed) check_measure_fields(node, ind);
    for (const YamlNode& d : read_list(node.find("breakdown"), "breakdown", sink_)) {
      auto dim = read_text(&d, tr("a breakdown dimension"), sink_);
      if (!dim) continue;
      if (!fw_.find_dimension(*dim)) {
        std::vector<std::string> known;
        for (const Dimension& x : fw_.dimensions) known.push_back(x.id);
        sink_.error(d.pos, d.width(), DiagnosticCode::unknown_dimension, trf("unknown breakdown dimension '{}'", *dim),
                    did_you_mean(*dim, known));
        continue;
      }
      ind.breakdown.push_back(*dim);
    }
    if (const YamlNode* c = node.find("categories")) read_admitted(*c, ind);
    if (const YamlNode* c = node.find("counts"))
      ind.counts_members = read_choice(c, tr("what the indicator counts"), {"members"}, sink_).has_value();
    if (const YamlNode* b = node.find("baseline")) {
      ind.baseline = read_milestone(*b, "baseline");
      if (ind.baseline) read_baseline_parts(*b, ind);
    }
    for (const YamlNode& t : read_list(node.find("targets"), "targets", sink_)) {
      auto target = read_milestone(t, "target");
      if (!target) continue;
      std::vector<Milestone>* list = &ind.targets;
      if (const YamlNode* c = t.find("category")) {
        auto part = read_category(*c, ind);
        if (!part) continue;
        list = &category_targets(ind, part->first, part->second).targets;
      }
      if (const YamlNode* c = t.find("country")) {
        auto code = read_country_target(*c, t, ind);
        if (!code) continue;
        CategoryTargets& targets = category_targets(ind, std::string(kCountryDimension), *code);
        if (targets.targets.empty()) targets.pos = c->pos, targets.width = c->width();
        list = &targets.targets;
      }
      Period after = !list->empty() ? list->back().period : ind.baseline ? ind.baseline->period : Period{};
      if (target->period <= after && after.year != 0) {
        sink_.error(t.find("period")->pos, t.find("period")->width(), DiagnosticCode::bad_target,
                    trf("target period {} does not come after {}", target->period.str(), after.str()),
                    tr("list targets in time order, after the baseline"));
        continue;
      }
      list->push_back(*target);
    }
    // Progress is measured from a baseline: without one, reports can only say
    // whether a target is met (status 'not met' until it is).
    if (!ind.targets.empty() && !ind.baseline)
      sink_.warning(node.find("targets")->pos, node.find("targets")->width(),
                    Problem{DiagnosticCode::no_baseline,
                            trf("{} has targets but no baseline: reports can say whether a target is met, not "
                                "whether progress is on track",
                                what),
                            tr("add the baseline with its period and source when it is known")});
    // A flow adds the values of the periods after its baseline: a year that
    // ends after a mid-year baseline counts whole, quarters the baseline holds too.
    if (ind.accumulate == Accumulate::flow && ind.cadence == Cadence::annual && ind.baseline &&
        !ind.baseline->period.is_year() && ind.baseline->period.quarter != 4)
      sink_.warning(node.find("baseline")->pos, node.find("baseline")->width(),
                    Problem{DiagnosticCode::flow_baseline_period,
                            trf("{} adds up annual values after a baseline of {}: the year {} counts whole, "
                                "with the quarters the baseline already holds",
                                what, ind.baseline->period.str(), ind.baseline->period.year),
                            tr("give the baseline for a whole year or its fourth quarter, or record the values "
                               "quarterly")});
    if (!kind_of(ind.measure).quantitative && (node.find("baseline") || node.find("targets")))
      sink_.error(node.pos, 1, DiagnosticCode::bad_target,
                  trf("{} is qualitative (text): it takes no baseline or target", what));
    if (auto v = read_localized(node.find("verification"), trf("the means of verification of {}", what), sink_))
      ind.verification = *v;
    if (auto v = read_localized(node.find("note"), trf("the note of {}", what), sink_)) ind.note = *v;
    return true;
  }

  CategoryTargets& category_targets(Indicator& ind, const std::string& dimension, const std::string& category) {
    for (CategoryTargets& c : ind.category_targets)
      if (c.dimension == dimension && c.category == category) return c;
    return ind.category_targets.emplace_back(CategoryTargets{dimension, category, std::nullopt, {}, {}, 1});
  }

  // Whether `code` of `dimension` is a category the indicator breaks down by
  // and counts; reports it at `pos` when not.
  bool counted_category(const Indicator& ind, const std::string& dimension, const std::string& code, Position pos,
                        int width) {
    const Dimension* dim = fw_.find_dimension(dimension);
    bool broken_down = std::find(ind.breakdown.begin(), ind.breakdown.end(), dimension) != ind.breakdown.end();
    if (dim && broken_down && dim->find(code) && ind.admits(dimension, code)) return true;
    sink_.error(pos, width, DiagnosticCode::bad_target,
                trf("indicator {} does not count '{}' in '{}'", ind.id, code, dimension),
                tr("a category target names a breakdown dimension of the indicator and a category it counts"));
    return false;
  }

  // `country: PER` of a target: that country's own target, for an indicator
  // each country records. Whether the country is listed is `check`'s to say,
  // once countries.yaml is read.
  std::optional<std::string> read_country_target(const YamlNode& node, const YamlNode& target, const Indicator& ind) {
    auto code = read_text(&node, "a target's country", sink_);
    if (!code) return std::nullopt;
    if (target.find("category")) {
      sink_.error(node.pos, node.width(), DiagnosticCode::bad_target,
                  tr("a target is for a category or for a country, not both"));
      return std::nullopt;
    }
    if (ind.scope != Scope::country) {
      sink_.error(node.pos, node.width(), DiagnosticCode::bad_target,
                  trf("indicator {} is regional: it has no country targets", ind.id));
      return std::nullopt;
    }
    if (auto problem = country_code_problem(*code)) {
      sink_.error(node.pos, node.width(), std::move(*problem));
      return std::nullopt;
    }
    return code;
  }

  // `category: {sector: EMP}` of a target.
  std::optional<std::pair<std::string, std::string>> read_category(const YamlNode& node, const Indicator& ind) {
    if (!node.is_map() || node.members.size() != 1) {
      report_type(node, tr("one dimension and its category, e.g. {sector: EMP}"), "a target's category", sink_);
      return std::nullopt;
    }
    const YamlMember& m = node.members.front();
    auto code = read_text(&m.value, "a target's category", sink_);
    if (!code || !counted_category(ind, m.key, *code, m.value.pos, m.value.width())) return std::nullopt;
    return std::pair{m.key, *code};
  }

  // `baseline: {…, breakdown: {sector: {EMP: 5, TRAB: 5}}}`: each category's
  // part of the baseline, for its category targets.
  void read_baseline_parts(const YamlNode& node, Indicator& ind) {
    const YamlNode* parts = node.find("breakdown");
    if (!parts) return;
    if (!parts->is_map()) {
      report_type(*parts, tr("a mapping of dimensions to parts"), tr("the baseline's breakdown"), sink_);
      return;
    }
    for (const YamlMember& dim : parts->members) {
      if (!dim.value.is_map()) {
        report_type(dim.value, tr("a mapping of categories to numbers"), tr("the baseline's breakdown"), sink_);
        continue;
      }
      for (const YamlMember& part : dim.value.members) {
        auto value = read_number(&part.value, tr("a baseline part"), sink_);
        int width = static_cast<int>(part.key.size());
        if (!counted_category(ind, dim.key, part.key, part.key_pos, width) || !value) continue;
        Milestone m = *ind.baseline;
        m.value = *value;
        category_targets(ind, dim.key, part.key).baseline = m;
      }
    }
  }

  // `categories: {sector: [EMP, TRAB]}`: which categories of its breakdown
  // dimensions the indicator counts.
  void read_admitted(const YamlNode& node, Indicator& ind) {
    if (!node.is_map()) {
      report_type(node, tr("a mapping of dimensions to category lists"), "'categories'", sink_);
      return;
    }
    for (const YamlMember& member : node.members) {
      const std::string& dim_id = member.key;
      const YamlNode& list = member.value;
      const Dimension* dim = fw_.find_dimension(dim_id);
      if (!dim || std::find(ind.breakdown.begin(), ind.breakdown.end(), dim_id) == ind.breakdown.end()) {
        sink_.error(member.key_pos, static_cast<int>(dim_id.size()), DiagnosticCode::unknown_dimension,
                    trf("'categories' names '{}', which is not a breakdown of indicator {}", dim_id, ind.id),
                    did_you_mean(dim_id, ind.breakdown));
        continue;
      }
      AdmittedCategories admitted{dim_id, {}};
      for (const YamlNode& c : read_list(&list, tr("the admitted categories"), sink_)) {
        auto code = read_text(&c, tr("a category"), sink_);
        if (!code) continue;
        if (!dim->find(*code)) {
          std::vector<std::string> known;
          for (const Category& x : dim->categories) known.push_back(x.code);
          sink_.error(c.pos, c.width(), DiagnosticCode::bad_breakdown,
                      trf("'{}' is not a category of '{}'", *code, dim_id), did_you_mean(*code, known));
          continue;
        }
        admitted.codes.push_back(*code);
      }
      if (!admitted.codes.empty()) ind.admitted.push_back(std::move(admitted));
    }
  }

  // unit goes with amounts, scale with levels, breakdowns with numbers.
  void check_measure_fields(const YamlNode& node, Indicator& ind) {
    std::string what = trf("indicator {}", ind.id);
    const YamlNode* unit = node.find("unit");
    const YamlNode* scale = node.find("scale");
    const MeasureKind& kind = kind_of(ind.measure);
    if (kind.unit) {
      if (!unit)
        sink_.error(node.pos, 1, DiagnosticCode::missing_key, trf("{} measures an amount but has no 'unit'", what));
      else
        ind.unit = read_text(unit, tr("the unit"), sink_).value_or("");
    } else if (unit) {
      sink_.error(unit->pos, unit->width(), DiagnosticCode::misplaced_key,
                  trf("'unit' applies to amounts; {} is a {}", what, measure_name(ind.measure)));
    }
    if (kind.scale) {
      if (!scale) {
        sink_.error(node.pos, 1, DiagnosticCode::missing_key, trf("{} measures a level but has no 'scale'", what));
      } else if (auto s = read_text(scale, tr("the scale"), sink_)) {
        if (fw_.find_scale(*s))
          ind.scale = *s;
        else {
          std::vector<std::string> known;
          for (const Scale& x : fw_.scales) known.push_back(x.id);
          sink_.error(scale->pos, scale->width(), DiagnosticCode::unknown_scale, trf("unknown scale '{}'", *s),
                      did_you_mean(*s, known));
        }
      }
    } else if (scale) {
      sink_.error(scale->pos, scale->width(), DiagnosticCode::misplaced_key,
                  trf("'scale' applies to levels; {} is a {}", what, measure_name(ind.measure)));
    }
    const YamlNode* breakdown = node.find("breakdown");
    if (breakdown && !kind.breakdown)
      sink_.error(breakdown->pos, breakdown->width(), DiagnosticCode::misplaced_key,
                  trf("only counts and amounts have breakdowns; {} is a {}", what, measure_name(ind.measure)));
  }

  DiagnosticSink& sink_;
  Framework fw_;
  std::set<std::string> dimension_ids_, scale_ids_, result_ids_, indicator_ids_;
};

}  // namespace

Framework read_framework(std::string_view text, DiagnosticSink& sink, const JournalCache* trees) {
  if (std::optional<YamlNode> cached = trees ? trees->read_tree("framework") : std::nullopt)
    return FrameworkReader(sink).read(*cached);
  size_t before = sink.count(), errors = sink.errors();
  YamlNode root = read_yaml(text, sink, nullptr, YamlParser::libyaml);
  if (sink.errors() > errors && root.kind == YamlNode::Kind::null) return {};
  if (trees && sink.count() == before) trees->write_tree("framework", root);
  return FrameworkReader(sink).read(root);
}

}  // namespace ritrack
