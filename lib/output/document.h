// One model of tabular output that every format renders: a document of
// headings, paragraphs and tables. Reports build it; renderers never compute.
#pragma once

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "base/decimal.h"
#include "base/translate.h"

namespace ritrack {

// How a cell reads at a glance. Each status has a tone of its own, in
// colours told apart by colour-blind readers (Okabe-Ito), and its word.
enum class Tone { plain, good, warn, bad, muted, best, severe };

struct Cell {
  Cell() = default;
  Cell(std::string full, Tone t = Tone::plain) : text(std::move(full)), tone(t) {}
  Cell& shortened(std::string s) {
    short_text = std::move(s);
    return *this;
  }
  Cell& titled(std::string s) {
    tooltip = std::move(s);
    return *this;
  }
  Cell& with_raw(std::string s) {
    raw = std::move(s);
    return *this;
  }
  // A label whose stable code scripts read (CSV): a spreadsheet, which
  // people read, shows the label.
  Cell& with_code(std::string s) {
    raw = std::move(s);
    raw_is_code = true;
    return *this;
  }
  Cell& linked(std::string to) {
    href = std::move(to);
    return *this;
  }
  static Cell none() {
    Cell c("—", Tone::muted);
    c.absent = true;
    return c;
  }

  std::string text;        // the full text (Markdown, CSV, HTML)
  std::string short_text;  // terminal text when narrower than `text`; empty: use `text`
  Tone tone = Tone::plain;
  std::vector<std::optional<Decimal>> spark;  // a trend: sparkline in text, SVG in HTML, values in CSV
  std::string tooltip;                        // HTML title attribute
  std::string raw;           // CSV: the bare value when `text` decorates it (a number without unit or period)
  bool raw_is_code = false;  // `raw` is a code for `text` (with_code)
  bool absent = false;       // nothing to show: a dash in documents, an empty CSV field
  std::string href;          // HTML: the text links there (a relative address, output/site.h)
};

struct Column {
  enum Flag : unsigned {
    numeric_ = 1,
    flex_ = 2,
    hide_in_text_ = 4,
    only_in_csv_ = 8,
    not_in_data_ = 16,
    some_numbers_ = 32,
    period_for_people_ = 64
  };
  Column(std::string h, unsigned flags = 0)
      : header(std::move(h)),
        numeric(flags & numeric_),
        flex(flags & flex_),
        hide_in_text(flags & hide_in_text_),
        only_in_csv(flags & only_in_csv_),
        not_in_data(flags & not_in_data_),
        some_numbers(flags & some_numbers_),
        period_for_people(flags & period_for_people_) {}

  Column& abbreviated(std::string s) {
    short_header = std::move(s);
    return *this;
  }
  Column& keyed(std::string k) {
    key = std::move(k);
    return *this;
  }

  std::string header;
  std::string short_header;        // terminal header when narrower than `header`
  std::string key;                 // CSV header for scripts, never translated ("baseline_value"); empty: `header`
  bool numeric = false;            // right-aligned
  bool flex = false;               // terminal: this column shrinks so the table fits the width
  bool hide_in_text = false;       // terminal: left out
  bool only_in_csv = false;        // only in the data formats, CSV and xlsx (the unit, a period, a code)
  bool not_in_data = false;        // not in CSV or xlsx: for people only (a sentence the data columns hold as numbers)
  bool some_numbers = false;       // values of mixed kinds: a spreadsheet types those whose `raw` is a number
  bool period_for_people = false;  // text a period, `raw` a fractional year: a spreadsheet shows the period
};

// A column's key from its English heading: "Countries reported" ->
// "countries_reported"; what scripts read whatever the language.
inline std::string column_key(std::string_view english) {
  std::string key;
  for (char c : english) {
    bool word = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a'), word = true;
    if (word)
      key += c;
    else if (!key.empty() && key.back() != '_')
      key += '_';
  }
  while (!key.empty() && key.back() == '_') key.pop_back();
  return key;
}

// A column headed by the translation of `msgid`, keyed by `msgid` for CSV.
inline Column label_column(std::string_view msgid, Lang lang, unsigned flags = 0) {
  return Column(std::string(tr(msgid, lang)), flags).keyed(column_key(msgid));
}

struct TableSection {
  std::string title;  // e.g. "Result 1: ..."; empty for none
  std::vector<std::vector<Cell>> rows;
};

struct Table {
  std::string name;  // stable, for --table and CSV file names ("progress"); empty: "table-N"
  std::vector<Column> columns;
  std::vector<TableSection> sections;
  // Two columns, label and value, that a terminal shows as "  Label: value"
  // lines (values wrapped beside the labels); other formats as a table.
  bool as_fields = false;
};

// A link between the pages of a site (output/site.h): a relative address.
struct Link {
  std::string text, href;
  bool current = false;  // the page itself (a language switcher's own language): not a link
};

struct Block {
  enum class Kind { heading, paragraph, table, numbered, figure, links };
  Kind kind = Kind::paragraph;
  std::string text;                // heading or paragraph; a figure's caption
  std::string svg;                 // figure: an SVG drawn by ritrack (output/chart.h), shown in HTML only
  Table table;                     // table
  std::vector<std::string> items;  // numbered: a list, 1. 2. 3.
  std::vector<Link> links;         // links: a line of them (HTML and Markdown; a terminal has nowhere to go)
};

// Blocks in order, added by kind.
struct Blocks : std::vector<Block> {
  void heading(std::string text) { add(Block::Kind::heading, std::move(text), {}); }
  void paragraph(std::string text) { add(Block::Kind::paragraph, std::move(text), {}); }
  void table(Table t) { add(Block::Kind::table, {}, std::move(t)); }
  void figure(std::string svg, std::string caption) {
    add(Block::Kind::figure, std::move(caption), {});
    back().svg = std::move(svg);
  }
  void numbered(std::vector<std::string> items) {
    add(Block::Kind::numbered, {}, {});
    back().items = std::move(items);
  }
  // `label` names the line for screen readers ("Languages").
  void links(std::string label, std::vector<Link> to) {
    add(Block::Kind::links, std::move(label), {});
    back().links = std::move(to);
  }

 private:
  void add(Block::Kind kind, std::string text, Table t) {
    Block b;
    b.kind = kind;
    b.text = std::move(text);
    b.table = std::move(t);
    push_back(std::move(b));
  }
};

struct Document {
  std::string title;
  std::string lang;    // html lang attribute
  std::string banner;  // shown before everything else in every format (illustrative data)
  std::string made;    // when, UTC "2026-11-22T10:00:00Z" (provenance): a workbook's creation date
  // Links before everything (a site's language switcher, its way back):
  // HTML puts them above the title, Markdown under it, a terminal nowhere.
  Blocks nav;
  Blocks blocks;
  // What the report rests on (output/provenance.h), after everything else;
  // documents show it, CSV (for scripts: tables only) leaves it out.
  Blocks footer;

  void heading(std::string text) { blocks.heading(std::move(text)); }
  void paragraph(std::string text) { blocks.paragraph(std::move(text)); }
  void table(Table t) { blocks.table(std::move(t)); }
};

struct TextStyle {
  size_t width = 80;
  bool colour = false;
};

std::string render_text(const Document& doc, const TextStyle& style);
std::string render_markdown(const Document& doc);
std::string render_csv(const Document& doc);
// CSV for scripts: one text per table, named (Table::name, else "table-N"
// by position), headed by the columns' keys; the banner, when there is one,
// as a first line of each.
struct CsvTable {
  std::string name;
  std::string text;
};
std::vector<CsvTable> csv_tables(const Document& doc);
std::string render_html(const Document& doc);
// The bytes of an xlsx workbook (output/render_xlsx.cc); throws
// std::runtime_error when it cannot be made.
std::string render_xlsx(const Document& doc);

// The lowest and highest values of a trend, or nullopt when it has none.
std::optional<std::pair<double, double>> trend_range(const std::vector<std::optional<Decimal>>& values);

// A trend's values for a spreadsheet, oldest first, gaps left out:
// "5 → 11 → 15", which no spreadsheet reads as one number (with spaces, a
// French locale read "285 349 398" as 285349398).
std::string trend_values(const std::vector<std::optional<Decimal>>& values);

// What a data format (CSV, xlsx) holds for a cell: nothing when it is
// absent, a trend's values, else its bare value (`raw`) or its text.
std::string data_value(const Cell& c);

// Block characters for a trend, one per value; gaps are spaces.
std::string sparkline(const std::vector<std::optional<Decimal>>& values);

}  // namespace ritrack
