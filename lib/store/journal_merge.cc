#include "store/journal_merge.h"

#include <algorithm>
#include <vector>

#include "base/words.h"
#include "store/journal_format.h"

namespace ritrack {

namespace {

struct Appended {
  std::string_view text;  // the entry's lines, comments after it included
  std::string_view recorded;
  bool ours = true;
};

struct Side {
  std::string_view body;  // everything before the end marker
  size_t entries = 0;     // as the end marker counts them
};

std::optional<Side> split_marker(std::string_view text) {
  auto marker = find_end_marker(text);
  if (!marker) return std::nullopt;
  return Side{text.substr(0, marker->offset), marker->entries};
}

// The value of `recorded:` among an entry's lines, quotes aside.
std::string_view recorded_in(std::string_view entry) {
  for (size_t at = 0; at < entry.size();) {
    size_t end = std::min(entry.find('\n', at), entry.size());
    std::string_view line = trimmed(entry.substr(at, end - at));
    if (line.starts_with("- ")) line = trimmed(line.substr(2));
    if (line.starts_with("recorded:")) {
      std::string_view value = trimmed(line.substr(9));
      if (value.size() >= 2 && (value.front() == '"' || value.front() == '\''))
        value = value.substr(1, value.size() - 2);
      return value;
    }
    at = end + 1;
  }
  return {};
}

// The entries in text appended after the base: each starts at a line that
// opens a list item at the indentation of the first one.
std::optional<std::vector<Appended>> appended_entries(std::string_view added, bool ours) {
  std::vector<Appended> out;
  std::string_view indent;
  size_t start = std::string_view::npos;
  for (size_t at = 0; at < added.size();) {
    size_t end = std::min(added.find('\n', at), added.size());
    std::string_view line = added.substr(at, end - at);
    size_t lead = line.find_first_not_of(' ');
    bool item = lead != std::string_view::npos && line.substr(lead).starts_with("- ");
    if (item && start == std::string_view::npos) indent = line.substr(0, lead);
    if (item && line.substr(0, lead) == indent) {
      if (start != std::string_view::npos) out.push_back({added.substr(start, at - start), {}, ours});
      start = at;
    } else if (start == std::string_view::npos && !trimmed(line).empty()) {
      return std::nullopt;  // text before the first appended entry: not an append
    }
    at = end + 1;
  }
  if (start != std::string_view::npos) out.push_back({added.substr(start), {}, ours});
  for (Appended& a : out) {
    a.recorded = recorded_in(a.text);
    if (a.recorded.empty()) return std::nullopt;
  }
  return out;
}

}  // namespace

std::optional<std::string> merge_appended_journals(std::string_view base, std::string_view ours,
                                                   std::string_view theirs) {
  auto b = split_marker(base), o = split_marker(ours), t = split_marker(theirs);
  if (!b || !o || !t) return std::nullopt;
  if (!o->body.starts_with(b->body) || !t->body.starts_with(b->body)) return std::nullopt;
  auto mine = appended_entries(o->body.substr(b->body.size()), true);
  auto others = appended_entries(t->body.substr(b->body.size()), false);
  if (!mine || !others) return std::nullopt;
  if (o->entries != b->entries + mine->size() || t->entries != b->entries + others->size()) return std::nullopt;

  std::vector<Appended> all = *mine;
  for (const Appended& a : *others)  // an entry both sides added (a cherry-pick) is kept once
    if (std::none_of(mine->begin(), mine->end(), [&](const Appended& m) { return m.text == a.text; })) all.push_back(a);
  // UTC timestamps of one shape sort as text; ours before theirs at a tie.
  std::stable_sort(all.begin(), all.end(),
                   [](const Appended& x, const Appended& y) { return x.recorded < y.recorded; });

  std::string out(b->body);
  for (const Appended& a : all) {
    out += a.text;
    if (!out.empty() && out.back() != '\n') out += '\n';
  }
  out += end_marker(b->entries + all.size()) + "\n";
  return out;
}

}  // namespace ritrack
