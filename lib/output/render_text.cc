// Terminal rendering: fits the width by shrinking the flex column, colours
// only when asked, and never lets a control character through.
#include <algorithm>
#include <cmath>

#include <fmt/format.h>

#include "base/escape.h"
#include "output/document.h"
#include "output/text_layout.h"

namespace ritrack {

std::optional<std::pair<double, double>> trend_range(const std::vector<std::optional<Decimal>>& values) {
  std::optional<std::pair<double, double>> range;
  for (const auto& value : values) {
    if (!value) continue;
    double v = value->to_double();  // drawing: approximate is fine
    if (!range) range = {v, v};
    range->first = std::min(range->first, v);
    range->second = std::max(range->second, v);
  }
  return range;
}

std::string sparkline(const std::vector<std::optional<Decimal>>& values) {
  static const char* bars[] = {"▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"};
  auto [lo, hi] = trend_range(values).value_or(std::pair{0.0, 0.0});
  std::string out;
  for (const auto& v : values) {
    if (!v)
      out += ' ';
    else
      out += bars[hi > lo ? std::lround((v->to_double() - lo) / (hi - lo) * 7) : 3];
  }
  return out;
}

namespace {

std::string cell_text(const Cell& c) {
  if (!c.spark.empty()) return sparkline(c.spark);
  return terminal_safe(c.short_text.empty() ? c.text : c.short_text);
}

std::string header_text(const Column& c) { return terminal_safe(c.short_header.empty() ? c.header : c.short_header); }

const char* ansi(Tone tone) {
  switch (tone) {
    case Tone::good:
      return "\x1b[32m";
    case Tone::warn:
      return "\x1b[33m";
    case Tone::bad:
      return "\x1b[31m";
    case Tone::muted:
      return "\x1b[2m";
    case Tone::best:
      return "\x1b[34m";
    case Tone::severe:
      return "\x1b[35m";
    case Tone::plain:
      return "";
  }
  return "";
}

// "  Label:" in 26 columns, the value wrapped in the rest; each line of a
// value starts a line of its own.
void render_fields(const Table& table, const TextStyle& style, Lang lang, std::string& out) {
  constexpr size_t kLabel = 26;
  size_t value_width = style.width > kLabel + 8 ? style.width - kLabel : 8;
  for (const TableSection& s : table.sections)
    for (const auto& row : s.rows) {
      std::string label = labelled(lang, terminal_safe(row.at(0).text), "");
      std::string head = pad_right("  " + label.substr(0, label.size() - 1), kLabel);
      std::string_view value = row.at(1).text;
      for (size_t start = 0; start <= value.size();) {
        size_t end = std::min(value.find('\n', start), value.size());
        for (const std::string& line : wrap(terminal_safe(value.substr(start, end - start)), value_width)) {
          out += head + line + "\n";
          head = std::string(kLabel, ' ');
        }
        start = end + 1;
      }
    }
}

void render_table(const Table& table, const TextStyle& style, Lang lang, std::string& out) {
  if (table.as_fields) return render_fields(table, style, lang, out);
  std::vector<size_t> shown;
  for (size_t i = 0; i < table.columns.size(); ++i)
    if (!table.columns[i].hide_in_text && !table.columns[i].only_in_csv) shown.push_back(i);
  std::vector<size_t> width(table.columns.size(), 0);
  for (size_t i : shown) {
    width[i] = display_width(header_text(table.columns[i]));
    for (const TableSection& s : table.sections)
      for (const auto& row : s.rows) width[i] = std::max(width[i], display_width(cell_text(row[i])));
  }
  size_t total = shown.empty() ? 0 : shown.size() - 1;
  for (size_t i : shown) total += width[i];
  for (size_t i : shown)
    if (table.columns[i].flex && total > style.width) {
      size_t cut = std::min(total - style.width, width[i] > 8 ? width[i] - 8 : 0);
      width[i] -= cut;
      total -= cut;
    }
  auto line = [&](const std::vector<Cell>* row) {
    std::string text;
    for (size_t k = 0; k < shown.size(); ++k) {
      size_t i = shown[k];
      const Column& col = table.columns[i];
      std::string t = truncate(row ? cell_text((*row)[i]) : header_text(col), width[i]);
      bool last = k + 1 == shown.size();
      std::string padded = col.numeric ? pad_left(t, width[i]) : last ? t : pad_right(t, width[i]);
      Tone tone = row ? (*row)[i].tone : Tone::plain;
      if (style.colour && tone != Tone::plain) padded = std::string(ansi(tone)).append(padded).append("\x1b[0m");
      text += padded + (last ? "" : " ");
    }
    while (!text.empty() && text.back() == ' ') text.pop_back();
    out += text + "\n";
  };
  line(nullptr);
  for (const TableSection& s : table.sections) {
    if (!s.title.empty())
      out += (style.colour ? "\x1b[1m" : "") + truncate(terminal_safe(s.title), style.width) +
             (style.colour ? "\x1b[0m" : "") + "\n";
    for (const auto& row : s.rows) line(&row);
  }
}

void render_block(const Block& b, const TextStyle& style, Lang lang, std::string& out) {
  // A picture (the tables beside it hold its numbers), or links a terminal cannot follow.
  if (b.kind == Block::Kind::figure || b.kind == Block::Kind::links) return;
  if (!out.empty()) out += "\n";
  switch (b.kind) {
    case Block::Kind::heading:
      out += truncate(terminal_safe(b.text), style.width) + "\n";
      break;
    case Block::Kind::paragraph:
      for (const std::string& l : wrap(terminal_safe(b.text), style.width)) out += l + "\n";
      break;
    case Block::Kind::table:
      render_table(b.table, style, lang, out);
      break;
    case Block::Kind::figure:
    case Block::Kind::links:
      break;
    case Block::Kind::numbered: {
      // "  1. text", wrapped under its own first letter.
      std::string last = fmt::format("{}. ", b.items.size());
      size_t indent = 2 + last.size();
      for (size_t i = 0; i < b.items.size(); ++i) {
        std::string head = pad_right(fmt::format("  {}. ", i + 1), indent);
        for (const std::string& l :
             wrap(terminal_safe(b.items[i]), style.width > indent + 20 ? style.width - indent : 20)) {
          out += head + l + "\n";
          head = std::string(indent, ' ');
        }
      }
      break;
    }
  }
}

}  // namespace

std::string render_text(const Document& doc, const TextStyle& style) {
  std::string out;
  if (!doc.title.empty()) {
    for (const std::string& l : wrap(terminal_safe(doc.title), style.width)) out += l + "\n";
  }
  if (!doc.banner.empty()) {
    if (!out.empty()) out += "\n";
    for (const std::string& l : wrap(terminal_safe("!! " + doc.banner), style.width)) out += l + "\n";
  }
  for (const Blocks* blocks : {&doc.blocks, &doc.footer})
    for (const Block& b : *blocks) render_block(b, style, parse_lang(doc.lang).value_or(Lang::en), out);
  return out;
}

}  // namespace ritrack
