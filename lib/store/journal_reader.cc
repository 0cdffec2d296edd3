#include "store/journal_reader.h"

#include <fmt/format.h>

#include <algorithm>

#include "base/translate.h"
#include "model/entry_rules.h"
#include "store/journal_format.h"
#include "store/journal_scan.h"
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

Field key_field(const YamlMember& m) { return key_field(m.key, m.key_pos); }

// Each entry's fields through the entry rules (model/entry_rules.h), which
// hold every rule; the valid entries go on to `on_entry`.
class EntryChecker {
 public:
  EntryChecker(const JournalContext& ctx, DiagnosticSink& sink, std::function<void(Entry&&)> on_entry)
      : ctx_(ctx),
        place_{ctx.code, ctx.today, ctx.model.countries.find(ctx.code)},
        sink_(sink),
        on_entry_(std::move(on_entry)),
        file_(std::make_shared<const std::string>(sink.file())) {}

  void operator()(EntryFields&& fields) {
    auto e = check_entry(ctx_.model, place_, std::move(fields), sink_);
    if (!e) return;
    e->file = file_;
    on_entry_(std::move(*e));
  }

 private:
  const JournalContext& ctx_;
  EntryPlace place_;
  DiagnosticSink& sink_;
  std::function<void(Entry&&)> on_entry_;
  std::shared_ptr<const std::string> file_;
};

const KeySpec& entry_keys() {
  static const KeySpec keys = [] {
    KeySpec k;
    for (const detail::EntryKey& key : detail::kEntryKeys)
      (key.required ? k.required : k.optional).emplace_back(key.name);
    return k;
  }();
  return keys;
}

// The entry's YAML as fields; only its shape (keys) is checked here.
class EntryReader {
 public:
  EntryReader(EntryChecker& check, DiagnosticSink& sink) : check_(check), sink_(sink) {}

  void read(YamlNode& node) {
    if (!check_keys(node, entry_keys(), tr("an entry"), sink_)) return;
    EntryFields f;
    f.pos = node.pos;
    for (const detail::EntryKey& key : detail::kEntryKeys)
      if (key.field) f.*key.field = field_at(node, key.name);
    if (YamlNode* b = node.find("breakdown")) read_breakdown(*b, f);
    if (YamlNode* t = node.find("types")) read_types(*t, f);
    check_(std::move(f));
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

  EntryChecker& check_;
  DiagnosticSink& sink_;
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
  EntryChecker check(context, sink, on_entry);
  EntryReader entries(check, sink);
  YamlStreamHook hook{"entries", [&](YamlNode&& node) {
                        ++items;
                        entries.read(node);
                      }};
  return read_yaml(text, sink, &hook, YamlParser::libyaml);
}

// The journal's own problems, which come after its entries': its country.
void check_country(const std::optional<Field>& country, const JournalContext& context, DiagnosticSink& sink) {
  if (!country || !is_text(&*country, tr("the journal's country"), sink) || country->text == context.code) return;
  sink.error(country->pos, country->width, DiagnosticCode::wrong_country,
             trf("this journal says country '{}' but its file is {}.yaml", country->text, context.code),
             tr("each journal holds one country's entries and is named after its code"));
}

// Its end marker, and where it ends: with a problem of its own (any after
// `entry_problems`), its new bytes cannot be read alone (they would come out
// before them). `known`: a line whose number is known (its start, number).
void check_end(std::string_view text, size_t items, size_t entry_problems, bool laid_out, DiagnosticSink& sink,
               JournalEnd* end, std::pair<size_t, int> known = {std::string_view::npos, 0}) {
  check_end_marker(text, items, sink);
  if (!end || sink.count() != entry_problems || !laid_out) return;
  auto marker = find_end_marker(text);
  if (!marker) return;
  int line = marker->offset == known.first ? known.second : marker->line_in(text);
  *end = JournalEnd{items, marker->offset, line, true};
}

}  // namespace

void read_journal(std::string_view text, const JournalContext& context, DiagnosticSink& sink,
                  const std::function<void(Entry&&)>& on_entry, JournalEnd* end) {
  // Read in one pass, each entry checked as it comes; the entries are held
  // until the whole file is read, since the parser may have to read it all
  // again (its problems are dropped then, to be reported again).
  size_t reported = sink.count();
  std::vector<Entry> entries;
  entries.reserve(entries_to_expect(text));
  EntryChecker check(context, sink, [&](Entry&& e) { entries.push_back(std::move(e)); });
  auto scanned = detail::scan_journal(text, [&](EntryFields&& fields) { check(std::move(fields)); });
  if (!scanned) {
    sink.drop_from(reported);
    detail::read_journal_parsed(text, context, sink, on_entry, end);
    return;
  }
  for (Entry& e : entries) on_entry(std::move(e));
  size_t entry_problems = sink.count();
  check_country(scanned->country, context, sink);
  check_end(text, scanned->items, entry_problems, true, sink, end, {scanned->last_comment, scanned->last_comment_line});
}

void detail::read_journal_parsed(std::string_view text, const JournalContext& context, DiagnosticSink& sink,
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
  size_t entry_problems = sink.count();
  if (!check_keys(root, {{"country", "entries"}, {}}, tr("a journal"), sink)) return;
  const YamlNode* country = root.find("country");
  check_country(country ? std::optional<Field>(field_of(*country)) : std::nullopt, context, sink);
  const YamlNode* list = root.find("entries");
  if (list && list->kind != YamlNode::Kind::null && !list->is_seq()) report_type(*list, tr("a list"), "entries", sink);
  check_end(text, items, entry_problems, laid_out_for_appending(text, root), sink, end);
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
