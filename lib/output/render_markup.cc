// Markdown, CSV and HTML renderings of a Document.
#include <fmt/format.h>

#include "base/escape.h"
#include "base/number.h"
#include "output/document.h"

namespace ritrack {

namespace {

bool in_document(const Column& c) { return !c.only_in_csv; }

// Text whose lines stay lines: each escaped by `escape`, joined by <br>
// (Markdown table cells and HTML alike).
template <class Escape>
std::string with_line_breaks(std::string_view text, Escape escape) {
  std::string out;
  for (size_t start = 0;;) {
    size_t end = text.find('\n', start);
    std::string_view line = text.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start);
    if (line.ends_with('\r')) line.remove_suffix(1);
    out += escape(line);
    if (end == std::string_view::npos) return out;
    out += "<br>";
    start = end + 1;
  }
}
std::string markdown_text(std::string_view text) { return with_line_breaks(text, markdown_cell); }
std::string html_text(std::string_view text) { return with_line_breaks(text, html_escape); }

void markdown_block(const Block& b, std::string& out) {
  if (b.kind == Block::Kind::figure) return;  // a picture: the tables beside it hold its numbers
  out += "\n";
  if (b.kind == Block::Kind::heading) {
    out += "## " + markdown_cell(b.text) + "\n";
  } else if (b.kind == Block::Kind::paragraph) {
    out += markdown_cell(b.text) + "\n";
  } else if (b.kind == Block::Kind::numbered) {
    for (size_t i = 0; i < b.items.size(); ++i) out += fmt::format("{}. {}\n", i + 1, markdown_cell(b.items[i]));
  } else if (b.kind == Block::Kind::links) {
    std::vector<std::string> shown;
    for (const Link& l : b.links)
      shown.push_back(l.current ? "**" + markdown_cell(l.text) + "**"
                                : fmt::format("[{}]({})", markdown_cell(l.text), l.href));
    out += fmt::format("{}\n", fmt::join(shown, " · "));
  } else {
    bool first = true;
    for (const TableSection& s : b.table.sections) {
      if (!first) out += "\n";
      first = false;
      if (!s.title.empty()) out += "### " + markdown_cell(s.title) + "\n\n";
      std::string header = "|", rule = "|";
      for (const Column& c : b.table.columns) {
        if (!in_document(c)) continue;
        header += " " + markdown_cell(c.header) + " |";
        rule += c.numeric ? " ---: |" : " --- |";
      }
      out += header;
      out += "\n" + rule + "\n";
      for (const auto& row : s.rows) {
        out += "|";
        for (size_t i = 0; i < row.size(); ++i) {
          if (!in_document(b.table.columns[i])) continue;
          const Cell& c = row[i];
          out += " " + (c.spark.empty() ? markdown_text(c.text) : markdown_cell(sparkline(c.spark))) + " |";
        }
        out += "\n";
      }
    }
  }
}

}  // namespace

std::string render_markdown(const Document& doc) {
  std::string out;
  if (!doc.title.empty()) out += "# " + markdown_cell(doc.title) + "\n";
  if (!doc.banner.empty()) out += "\n> **" + markdown_cell(doc.banner) + "**\n";
  for (const Blocks* blocks : {&doc.nav, &doc.blocks, &doc.footer})
    for (const Block& b : *blocks) markdown_block(b, out);
  return out;
}

std::string trend_values(const std::vector<std::optional<Decimal>>& values) {
  std::vector<std::string> parts;
  for (const auto& v : values)
    if (v) parts.push_back(v->str());
  return fmt::format("{}", fmt::join(parts, " → "));
}

std::string data_value(const Cell& c) {
  if (c.absent) return "";
  if (!c.spark.empty()) return trend_values(c.spark);
  return c.raw.empty() ? c.text : c.raw;
}

std::vector<CsvTable> csv_tables(const Document& doc) {
  std::vector<CsvTable> out;
  for (const Block& b : doc.blocks) {
    if (b.kind != Block::Kind::table) continue;
    // The banner as a row of its own above the table: what a spreadsheet shows first.
    std::string text = doc.banner.empty() ? "" : csv_field(doc.banner) + "\n";
    std::vector<size_t> shown;
    std::vector<std::string> header;
    for (size_t i = 0; i < b.table.columns.size(); ++i) {
      const Column& c = b.table.columns[i];
      if (c.not_in_data) continue;
      shown.push_back(i);
      header.push_back(csv_field(c.key.empty() ? c.header : c.key));
    }
    text += fmt::format("{}\n", fmt::join(header, ","));
    for (const TableSection& s : b.table.sections)
      for (const auto& row : s.rows) {
        std::vector<std::string> fields;
        for (size_t i : shown) fields.push_back(csv_field(data_value(row[i])));
        text += fmt::format("{}\n", fmt::join(fields, ","));
      }
    std::string name = b.table.name.empty() ? fmt::format("table-{}", out.size() + 1) : b.table.name;
    out.push_back({std::move(name), std::move(text)});
  }
  return out;
}

std::string render_csv(const Document& doc) {
  std::string out;
  for (const CsvTable& t : csv_tables(doc)) out += (out.empty() ? "" : "\n") + t.text;
  return out;
}

namespace {

std::string svg_spark(const std::vector<std::optional<Decimal>>& values, Lang lang) {
  auto range = trend_range(values);
  if (!range) return "";
  auto [lo, hi] = *range;
  const double w = 64, h = 16, step = values.size() > 1 ? w / (values.size() - 1) : 0;
  std::string points;
  for (size_t i = 0; i < values.size(); ++i) {
    if (!values[i]) continue;
    double y = hi > lo ? h - 2 - (values[i]->to_double() - lo) / (hi - lo) * (h - 4) : h / 2;
    points += fmt::format("{}{:.1f},{:.1f}", points.empty() ? "" : " ", i * step, y);
  }
  return fmt::format(
      R"(<svg class="spark" width="{}" height="{}" viewBox="0 0 {} {}" role="img" aria-label="{}"><polyline fill="none" stroke="currentColor" stroke-width="1.5" points="{}"/></svg>)",
      w, h, w, h, html_escape(tr("Trend", lang)), points);
}

const char* tone_class(Tone t) {
  switch (t) {
    case Tone::good:
      return " class=\"good\"";
    case Tone::warn:
      return " class=\"warn\"";
    case Tone::bad:
      return " class=\"bad\"";
    case Tone::muted:
      return " class=\"muted\"";
    case Tone::best:
      return " class=\"best\"";
    case Tone::severe:
      return " class=\"severe\"";
    case Tone::plain:
      return "";
  }
  return "";
}

// Screen: wide tables scroll in their own box; under 40rem each row becomes
// a card of "heading: value" lines, so the status is always in view. Print
// (A4 portrait): every column kept, text wraps, headers repeat on each page,
// each section starts a page, and full titles (tooltips on screen) show.
// Status colours are Okabe-Ito's, told apart by colour-blind readers; every
// status also has its word.
constexpr const char* kStyle =
    R"(body{font:15px/1.45 system-ui,-apple-system,"Segoe UI",sans-serif;color:#1d2330;max-width:110rem;margin:2rem auto;padding:0 1rem}
h1{font-size:1.5rem;margin-bottom:.2rem}h2{font-size:1.2rem;margin-top:2rem;border-bottom:2px solid #d7dce5;padding-bottom:.2rem}
h3{font-size:1rem;margin:1.2rem 0 .4rem}table{border-collapse:collapse;width:100%;margin-bottom:.8rem}
th,td{padding:.3rem .5rem;border-bottom:1px solid #e3e7ee;text-align:left;vertical-align:top;white-space:nowrap}
td.text{white-space:normal;min-width:12rem}.scroll{overflow-x:auto;max-width:100%}
th{background:#f3f5f9;font-weight:600}td.num,th.num{text-align:right;font-variant-numeric:tabular-nums}
.best{color:#0060a0;font-weight:600}.good{color:#00785a;font-weight:600}.warn{color:#9a5a00;font-weight:600}
.bad{color:#b84a00;font-weight:600}.severe{color:#8e3b73;font-weight:600}.muted{color:#6b7280}
.spark{vertical-align:middle;color:#3563b8}.banner{background:#fff4d6;border:2px solid #a06000;padding:.5rem .8rem;font-weight:700}
.provenance{margin-top:2.5rem;color:#4b5563;font-size:.9em}.full{display:none}
figure{margin:1rem 0}figcaption{font-size:.85em;color:#4b5563}svg.chart{max-width:100%;height:auto;font-family:inherit}
nav.links{margin:.3rem 0}nav.links strong{font-weight:600}header{font-size:.9em;display:flex;justify-content:space-between;flex-wrap:wrap;gap:.2rem 1.5rem}
nav.toc{margin:1rem 0;padding:.5rem 1rem;background:#f7f8fb;border-left:3px solid #d7dce5}nav.toc ol{margin:.2rem 0;padding-left:1.2rem}
@media (max-width:40rem){body{margin:1rem auto;padding:0 .6rem}.scroll table,.scroll tbody,.scroll tr,.scroll td{display:block;width:auto}
.scroll thead{display:none}.scroll tr{border:1px solid #d7dce5;border-radius:4px;margin-bottom:.6rem;padding:.3rem .5rem}
.scroll td{border:0;padding:.1rem 0;white-space:normal;text-align:left}.scroll td.num{text-align:left}
.scroll td[data-label]::before{content:attr(data-label) ": ";font-weight:600;color:#4b5563}}
@media print{@page{size:A4 portrait;margin:12mm}body{margin:0;max-width:none;padding:0;font-size:8pt}
h2{break-before:page;break-after:avoid}h2:first-of-type,footer h2{break-before:auto}h3{break-after:avoid}
.scroll{overflow:visible}table{width:100%;table-layout:auto}thead{display:table-header-group}tr{break-inside:avoid}
th,td{white-space:normal;padding:.15rem .25rem}td.text{min-width:0;width:28%}.full{display:block;font-size:.9em;color:#374151}
nav.toc,header{display:none}}
)";

void html_block(const Block& b, Lang lang, std::string& out, int& headings) {
  if (b.kind == Block::Kind::heading) {
    out += fmt::format("<h2 id=\"s{}\">{}</h2>\n", ++headings, html_escape(b.text));
  } else if (b.kind == Block::Kind::paragraph) {
    out += "<p>" + html_escape(b.text) + "</p>\n";
  } else if (b.kind == Block::Kind::figure) {
    out += fmt::format("<figure>\n{}\n<figcaption>{}</figcaption>\n</figure>\n", b.svg, html_escape(b.text));
  } else if (b.kind == Block::Kind::numbered) {
    out += "<ol>\n";
    for (const std::string& item : b.items) out += "<li>" + html_escape(item) + "</li>\n";
    out += "</ol>\n";
  } else if (b.kind == Block::Kind::links) {
    std::vector<std::string> shown;
    for (const Link& l : b.links)
      shown.push_back(l.current ? "<strong aria-current=\"page\">" + html_escape(l.text) + "</strong>"
                                : fmt::format("<a href=\"{}\">{}</a>", html_escape(l.href), html_escape(l.text)));
    out +=
        fmt::format("<nav class=\"links\" aria-label=\"{}\">{}</nav>\n", html_escape(b.text), fmt::join(shown, " · "));
  } else {
    for (const TableSection& s : b.table.sections) {
      if (!s.title.empty()) out += "<h3>" + html_escape(s.title) + "</h3>\n";
      out += "<div class=\"scroll\"><table>\n<thead><tr>";
      for (const Column& c : b.table.columns)
        if (in_document(c))
          out += fmt::format("<th{}>{}</th>", c.numeric ? " class=\"num\"" : "", html_escape(c.header));
      out += "</tr></thead>\n<tbody>\n";
      for (const auto& row : s.rows) {
        out += "<tr>";
        for (size_t i = 0; i < row.size(); ++i) {
          const Column& col = b.table.columns[i];
          if (!in_document(col)) continue;
          const Cell& c = row[i];
          // Numbers stay on one line; free text (the flex column) wraps.
          std::string attrs = col.numeric ? " class=\"num\"" : col.flex ? " class=\"text\"" : "";
          if (!col.header.empty()) attrs += " data-label=\"" + html_escape(col.header) + "\"";
          if (!c.tooltip.empty()) attrs += " title=\"" + html_escape(c.tooltip) + "\"";
          std::string body = c.spark.empty() ? html_text(c.text) : svg_spark(c.spark, lang);
          if (!c.href.empty()) body = fmt::format("<a href=\"{}\">{}</a>", html_escape(c.href), body);
          if (c.tone != Tone::plain) body = fmt::format("<span{}>{}</span>", tone_class(c.tone), body);
          // On paper there is no hovering: what the tooltip says is printed.
          if (!c.tooltip.empty() && c.tooltip != c.text)
            body += "<span class=\"full\">" + html_escape(c.tooltip) + "</span>";
          out += fmt::format("<td{}>{}</td>", attrs, body);
        }
        out += "</tr>\n";
      }
      out += "</tbody>\n</table></div>\n";
    }
  }
}

}  // namespace

std::string render_html(const Document& doc) {
  std::string out = fmt::format(
      "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n"
      "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>{}</title>\n"
      "<style>\n{}</style>\n</head>\n<body>\n",
      html_escape(doc.lang), html_escape(doc.title), kStyle);
  Lang lang = parse_lang(doc.lang).value_or(Lang::en);
  int headings = 0;
  if (!doc.nav.empty()) {
    out += "<header>\n";
    for (const Block& b : doc.nav) html_block(b, lang, out, headings);
    out += "</header>\n";
  }
  out += "<h1>" + html_escape(doc.title) + "</h1>\n";
  if (!doc.banner.empty()) out += "<p class=\"banner\" role=\"alert\">" + html_escape(doc.banner) + "</p>\n";
  // A table of contents when there is more than one section to go to.
  std::vector<std::string> toc;
  for (const Blocks* blocks : {&doc.blocks, &doc.footer})
    for (const Block& b : *blocks)
      if (b.kind == Block::Kind::heading) toc.push_back(b.text);
  if (toc.size() > 2) {
    out += fmt::format("<nav class=\"toc\" aria-label=\"{}\"><ol>\n", html_escape(tr("Contents", lang)));
    for (size_t i = 0; i < toc.size(); ++i)
      out += fmt::format("<li><a href=\"#s{}\">{}</a></li>\n", i + 1, html_escape(toc[i]));
    out += "</ol></nav>\n";
  }
  for (const Block& b : doc.blocks) html_block(b, lang, out, headings);
  if (!doc.footer.empty()) {
    out += "<footer class=\"provenance\">\n";
    for (const Block& b : doc.footer) html_block(b, lang, out, headings);
    out += "</footer>\n";
  }
  return out + "</body>\n</html>\n";
}

}  // namespace ritrack
