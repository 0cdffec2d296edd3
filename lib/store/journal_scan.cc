#include "store/journal_scan.h"

#include <algorithm>
#include <string>
#include <tuple>
#include <utility>
#include <vector>

#include "yaml/yaml_line_scanner.h"
#include "yaml/yaml_reader.h"

namespace ritrack::detail {

namespace {

// The indentation ritrack writes: an entry's dash, its keys, a breakdown's
// dimensions (store/journal_format.cc: format_entry).
constexpr size_t kKeyColumn = 4, kDimensionColumn = 6;

Field value_field(std::string&& text, Position pos, bool quoted) {
  int width = scalar_width(text, quoted);
  return Field{std::move(text), pos, width, {}, false};
}

// Keys met in one mapping: a second one is the tree reader's to report.
class KeysSeen {
 public:
  bool add(std::string_view key) {
    if (std::find(keys_.begin(), keys_.end(), key) != keys_.end()) return false;
    keys_.emplace_back(key);
    return true;
  }

 private:
  std::vector<std::string> keys_;
};

// The journal's lines, one at a time.
class Lines {
 public:
  Lines(std::string_view text, size_t at, int number) : text_(text), at_(at), number_(number) { find_end(); }

  bool at_end() const { return at_ >= text_.size(); }
  std::string_view line() const { return text_.substr(at_, end_ - at_); }
  int number() const { return number_; }
  // The last comment line skipped (where it starts, its number): the end
  // marker, when it is last.
  std::pair<size_t, int> last_comment() const { return last_comment_; }
  LineScanner scanner(size_t column) const {
    LineScanner s(line(), number_);
    s.move_to(column);
    return s;
  }
  void next() {
    at_ = end_ < text_.size() ? end_ + 1 : text_.size();
    ++number_;
    find_end();
  }
  // Past lines that hold nothing but spaces, or a comment.
  void skip_blank() {
    while (!at_end()) {
      std::string_view l = line();
      size_t first = l.find_first_not_of(' ');
      if (first != std::string_view::npos && l[first] != '#') return;
      if (first != std::string_view::npos) last_comment_ = {at_, number_};
      next();
    }
  }

 private:
  void find_end() {
    end_ = text_.find('\n', at_);
    if (end_ == std::string_view::npos) end_ = text_.size();
  }

  std::string_view text_;
  size_t at_, end_ = 0;
  int number_;
  std::pair<size_t, int> last_comment_{std::string_view::npos, 0};
};

// `{key: value, ...}` on this line, its members to `add` when not null.
template <typename Add>
bool flow_members(LineScanner& s, bool want, Add&& add) {
  KeysSeen keys;
  bool fresh = true;
  bool read = s.flow_mapping([&](std::string&& key, Position key_pos, std::string&& value, Position pos, bool quoted) {
    fresh = fresh && keys.add(key);
    if (want) add(key_field(std::move(key), key_pos), value_field(std::move(value), pos, quoted));
  });
  return read && fresh && s.rest_blank();
}

class EntryScanner {
 public:
  EntryScanner(Lines& lines, EntryFields* out) : lines_(lines), out_(out) {}

  // One entry, from its "  - " line to the line after its last key.
  bool entry() {
    if (!lines_.line().starts_with("  - ")) return false;
    if (out_) out_->pos = lines_.scanner(kKeyColumn).position();
    if (!member()) return false;
    while (true) {
      lines_.skip_blank();
      std::string_view l = lines_.line();
      if (lines_.at_end() || l.size() <= kKeyColumn || !l.starts_with("    ") || l[kKeyColumn] == ' ') break;
      if (!member()) return false;
    }
    return std::all_of(kEntryKeys.begin(), kEntryKeys.end(),
                       [&](const EntryKey& k) { return !k.required || (seen_ & bit(k)); });
  }

 private:
  static unsigned bit(const EntryKey& k) { return 1U << (&k - kEntryKeys.data()); }

  bool member() {
    std::string_view l = lines_.line();
    size_t colon = kKeyColumn;  // a short key: a loop, not memchr
    while (colon < l.size() && l[colon] >= 'a' && l[colon] <= 'z') ++colon;
    if (colon == l.size() || l[colon] != ':') return false;
    std::string_view name = l.substr(kKeyColumn, colon - kKeyColumn);
    if (name.empty()) return false;
    auto key = std::find_if(kEntryKeys.begin(), kEntryKeys.end(),
                            [&](const EntryKey& k) { return k.name[0] == name[0] && k.name == name; });
    if (key == kEntryKeys.end() || (seen_ & bit(*key))) return false;  // unknown or twice: the tree reader reports it
    seen_ |= bit(*key);
    LineScanner s = lines_.scanner(colon);
    if (key->name == "breakdown") return s.take(':') && s.rest_blank() && breakdown();
    if (!s.take_key_end()) return false;
    Position pos = s.position();
    if (key->name == "types") {
      if (!flow_members(s, out_, [&](Field&& k, Field&& v) { out_->types.emplace_back(std::move(k), std::move(v)); }))
        return false;
      if (out_) {
        out_->has_types = true;
        out_->types_at = Field{"", pos, 1, {}, false};
      }
    } else {
      std::string text;
      bool quoted = false;
      if (!s.scalar(false, out_ ? &text : nullptr, &quoted) || !s.rest_blank()) return false;
      if (out_) out_->*key->field = value_field(std::move(text), pos, quoted);
    }
    lines_.next();
    return true;
  }

  // "breakdown:" alone on its line, then a dimension on each line after it:
  // `      sector: {GOB: 3, EMP: 2}`.
  bool breakdown() {
    lines_.next();
    KeysSeen dimensions;
    std::optional<Position> first;
    while (true) {
      lines_.skip_blank();
      std::string_view l = lines_.line();
      if (lines_.at_end() || l.size() <= kDimensionColumn || !l.starts_with("      ") || l[kDimensionColumn] == ' ')
        break;
      LineScanner s = lines_.scanner(kDimensionColumn);
      Position dim_pos = s.position();
      std::string dim;
      bool quoted = false;
      if (!s.scalar(true, &dim, &quoted) || quoted || dim.size() > 512 || !dimensions.add(dim)) return false;
      s.skip_spaces();
      if (!s.take_key_end()) return false;
      BreakdownFields d;
      d.parts_pos = s.position();
      if (!flow_members(s, out_, [&](Field&& k, Field&& v) { d.parts.emplace_back(std::move(k), std::move(v)); }))
        return false;
      if (!first) first = dim_pos;
      if (out_) {
        d.dimension = key_field(std::move(dim), dim_pos);
        out_->breakdown.push_back(std::move(d));
      }
      lines_.next();
    }
    if (!first) return false;  // a null breakdown
    if (out_) {
      out_->has_breakdown = true;
      out_->breakdown_at = Field{"", *first, 1, {}, false};
    }
    return true;
  }

  Lines& lines_;
  EntryFields* out_;
  unsigned seen_ = 0;
};

// `key: value` at the start of the line, the value a scalar.
std::optional<Field> top_level(Lines& lines, std::string_view key) {
  lines.skip_blank();
  std::string_view l = lines.line();
  if (!l.starts_with(key)) return std::nullopt;
  LineScanner s = lines.scanner(key.size());
  if (!s.take_key_end()) return std::nullopt;
  Position pos = s.position();
  std::string text;
  bool quoted = false;
  if (!s.scalar(false, &text, &quoted) || !s.rest_blank()) return std::nullopt;
  lines.next();
  return value_field(std::move(text), pos, quoted);
}

}  // namespace

std::optional<ScannedJournal> scan_journal(std::string_view text, const std::function<void(EntryFields&&)>& each) {
  if (!plain_printable(text)) return std::nullopt;
  Lines lines(text, 0, 1);
  ScannedJournal journal;
  auto country = top_level(lines, "country");
  if (!country) return std::nullopt;
  journal.country = std::move(*country);
  lines.skip_blank();
  constexpr std::string_view kEntries = "entries:";
  std::string_view l = lines.line();
  if (!l.starts_with(kEntries) || l.find_first_not_of(' ', kEntries.size()) != std::string_view::npos)
    return std::nullopt;  // a list written otherwise, or another key
  lines.next();
  lines.skip_blank();
  while (!lines.at_end()) {
    EntryFields fields;
    if (!EntryScanner(lines, each ? &fields : nullptr).entry()) return std::nullopt;
    if (each) each(std::move(fields));
    ++journal.items;
    lines.skip_blank();
  }
  std::tie(journal.last_comment, journal.last_comment_line) = lines.last_comment();
  return journal;
}

}  // namespace ritrack::detail
