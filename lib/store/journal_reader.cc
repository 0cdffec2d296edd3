#include "store/journal_reader.h"

#include <fmt/format.h>

#include <algorithm>

#include "base/translate.h"
#include "model/entry_rules.h"
#include "store/journal_format.h"
#include "yaml/yaml_fields.h"
#include "yaml/yaml_reader.h"

namespace ritrack {

namespace {

// A node as a field of an entry; its text is moved out (the node is dropped next).
Field take_field(YamlNode& node) {
  Field f;
  f.pos = node.pos;
  f.width = node.width();  // before the text moves out
  f.reported = node.reported;
  if (node.is_scalar())
    f.text = std::move(node.text);
  else
    f.not_text = kind_name(node.kind);
  return f;
}

std::optional<Field> field_at(YamlNode& entry, std::string_view key) {
  YamlNode* node = entry.find(key);
  if (!node) return std::nullopt;
  return take_field(*node);
}

Field key_field(const YamlMember& m) { return Field{m.key, m.key_pos, static_cast<int>(m.key.size()), {}, false}; }

// The entry's YAML as fields for the entry rules (model/entry_rules.h), which
// hold every rule; only the YAML shape (keys) is checked here.
class EntryReader {
 public:
  EntryReader(const JournalContext& ctx, DiagnosticSink& sink)
      : ctx_(ctx), sink_(sink), file_(std::make_shared<const std::string>(sink.file())) {}

  std::optional<Entry> read(YamlNode& node) {
    if (!check_keys(node,
                    {{"indicator", "period", "recorded", "by"},
                     {"value", "retract", "breakdown", "source", "note", "item", "types", "partners", "ends",
                      "currency", "unit"}},
                    tr("an entry"), sink_))
      return std::nullopt;
    EntryFields f;
    f.pos = node.pos;
    f.indicator = field_at(node, "indicator");
    f.period = field_at(node, "period");
    f.value = field_at(node, "value");
    f.retract = field_at(node, "retract");
    f.source = field_at(node, "source");
    f.note = field_at(node, "note");
    f.recorded = field_at(node, "recorded");
    f.by = field_at(node, "by");
    f.currency = field_at(node, "currency");
    f.unit = field_at(node, "unit");
    f.item = field_at(node, "item");
    f.partners = field_at(node, "partners");
    f.ends = field_at(node, "ends");
    if (YamlNode* b = node.find("breakdown")) read_breakdown(*b, f);
    if (YamlNode* t = node.find("types")) read_types(*t, f);
    auto e = check_entry(ctx_.model, EntryPlace{ctx_.code, ctx_.today}, std::move(f), sink_);
    if (e) e->file = file_;
    return e;
  }

 private:
  static void read_types(YamlNode& node, EntryFields& f) {
    f.has_types = true;
    f.types_at = Field{"", node.pos, node.width(), {}, node.reported};
    if (!node.is_map()) {
      f.types_not = kind_name(node.kind);
      return;
    }
    for (YamlMember& t : node.members) f.types.emplace_back(key_field(t), take_field(t.value));
  }

  static void read_breakdown(YamlNode& node, EntryFields& f) {
    f.has_breakdown = true;
    f.breakdown_at = Field{"", node.pos, node.width(), {}, node.reported};
    if (!node.is_map()) {
      f.breakdown_not = kind_name(node.kind);
      return;
    }
    for (YamlMember& dim : node.members) {
      BreakdownFields d;
      d.dimension = key_field(dim);
      d.parts_pos = dim.value.pos;
      d.parts_width = dim.value.width();
      d.parts_reported = dim.value.reported;
      if (!dim.value.is_map()) d.parts_not = kind_name(dim.value.kind);
      for (YamlMember& cat : dim.value.members) d.parts.emplace_back(key_field(cat), take_field(cat.value));
      f.breakdown.push_back(std::move(d));
    }
  }

  const JournalContext& ctx_;
  DiagnosticSink& sink_;
  std::shared_ptr<const std::string> file_;
};

}  // namespace

namespace {

// A node's first character in `text` (block lists start at '-', flow ones at '[').
char char_at(std::string_view text, Position pos) {
  size_t offset = 0;
  for (int line = 1; line < pos.line; ++line) {
    offset = text.find('\n', offset);
    if (offset == std::string_view::npos) return 0;
    ++offset;
  }
  offset += static_cast<size_t>(pos.column - 1);
  return offset < text.size() ? text[offset] : 0;
}

// `entries:`'s value as ritrack writes it: nothing yet, or a block list indented by two.
bool written_as_ritrack_writes(std::string_view text, const YamlNode& list) {
  return list.kind == YamlNode::Kind::null || (list.is_seq() && list.pos.column == 3 && char_at(text, list.pos) == '-');
}

// Whether new entries written over the end marker continue the journal's
// list exactly as ritrack writes them: `entries:` the last key, at column 1.
bool laid_out_for_appending(std::string_view text, const YamlNode& root) {
  if (!root.is_map() || root.members.empty()) return false;
  const YamlMember& last = root.members.back();
  return last.key == "entries" && last.key_pos.column == 1 && written_as_ritrack_writes(text, last.value);
}

// `text` parsed, each item of its `entries` list read as an entry (counted
// in `items`); the rest of the tree is returned without them.
YamlNode read_entries(std::string_view text, const JournalContext& context, DiagnosticSink& sink,
                      const std::function<void(Entry&&)>& on_entry, size_t& items) {
  EntryReader entries(context, sink);
  YamlStreamHook hook{"entries", [&](YamlNode&& node) {
                        ++items;
                        if (auto e = entries.read(node)) on_entry(std::move(*e));
                      }};
  return read_yaml(text, sink, &hook, YamlParser::libyaml);
}

}  // namespace

void read_journal(std::string_view text, const JournalContext& context, DiagnosticSink& sink,
                  const std::function<void(Entry&&)>& on_entry, JournalEnd* end) {
  size_t items = 0;
  size_t before = sink.errors();
  YamlNode root = read_entries(text, context, sink, on_entry, items);
  if (sink.errors() > before && root.kind == YamlNode::Kind::null) {
    // Unreadable: the entries cannot be counted, but a missing marker still
    // says whether the file was cut short.
    if (!text.empty()) check_end_marker(text, std::nullopt, sink);
    return;
  }
  // Problems of the journal itself come after its entries': with any, its
  // new bytes cannot be read alone (they would come out before them).
  size_t entry_problems = sink.count();
  if (!check_keys(root, {{"country", "entries"}, {}}, tr("a journal"), sink)) return;
  const YamlNode* country = root.find("country");
  auto code = read_text(country, tr("the journal's country"), sink);
  if (code && *code != context.code)
    sink.error(country->pos, country->width(), DiagnosticCode::wrong_country,
               trf("this journal says country '{}' but its file is {}.yaml", *code, context.code),
               tr("each journal holds one country's entries and is named after its code"));
  const YamlNode* list = root.find("entries");
  if (list && list->kind != YamlNode::Kind::null && !list->is_seq()) report_type(*list, tr("a list"), "entries", sink);
  check_end_marker(text, items, sink);
  if (!end || sink.count() != entry_problems || !laid_out_for_appending(text, root)) return;
  if (auto marker = find_end_marker(text)) *end = JournalEnd{items, marker->offset, marker->line_in(text), true};
}

std::optional<JournalEnd> read_journal_tail(std::string_view text, const JournalEnd& before,
                                            const JournalContext& context, DiagnosticSink& sink,
                                            const std::function<void(Entry&&)>& on_entry) {
  if (!before.appendable || before.marker_line < 2 || before.marker_offset > text.size()) return std::nullopt;
  // The new bytes under `entries:`, on the lines they have in the file, so
  // that every position reported is the file's.
  std::string_view tail = text.substr(before.marker_offset);
  std::string doc = "entries:\n";
  doc.append(static_cast<size_t>(before.marker_line - 2), '\n');
  doc.append(tail);
  size_t items = 0;
  size_t errors = sink.errors();
  YamlNode root = read_entries(doc, context, sink, on_entry, items);
  if (root.kind == YamlNode::Kind::null && sink.errors() > errors) return std::nullopt;  // does not parse alone
  if (!root.is_map() || root.members.size() != 1) return std::nullopt;                   // adds keys of its own
  if (!written_as_ritrack_writes(doc, root.members.front().value)) return std::nullopt;
  size_t total = before.items + items;
  check_end_marker(text, total, sink);
  auto marker = find_end_marker(text);
  if (!marker || marker->entries != total) return JournalEnd{total, 0, 0, false};
  int line =
      before.marker_line + static_cast<int>(std::count(text.begin() + static_cast<ptrdiff_t>(before.marker_offset),
                                                       text.begin() + static_cast<ptrdiff_t>(marker->offset), '\n'));
  return JournalEnd{total, marker->offset, line, true};
}

void check_end_marker(std::string_view text, std::optional<size_t> items, DiagnosticSink& sink) {
  auto marker = find_end_marker(text);
  if (!marker) {
    int last_line = static_cast<int>(std::count(text.begin(), text.end(), '\n')) + (text.ends_with('\n') ? 0 : 1);
    sink.error({std::max(last_line, 1), 1}, 1, DiagnosticCode::journal_truncated,
               tr("the journal does not end with ritrack's end marker: it may have been cut short"),
               items
                   ? trf("if the file is complete (e.g. edited by hand), end it with the line '{}'", end_marker(*items))
                   : "");
  } else if (items && marker->entries != *items) {
    sink.error({marker->line_in(text), 1}, 1, DiagnosticCode::journal_count,
               trf("the end marker counts {} but the journal holds {}", trnf("{} entry", "{} entries", marker->entries),
                   *items),
               trf("entries may have been lost; if the file was edited by hand, write '{}'", end_marker(*items)));
  }
}

}  // namespace ritrack
