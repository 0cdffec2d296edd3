// The xlsx rendering of a Document, through libxlsxwriter (README,
// "Libraries"): one sheet per table, headed by the table's heading; typed
// cells (a numeric column's numbers are numbers, everything else text, so
// that "1.10" stays "1.10" and 2019-Q4 stays a period); a frozen, filtered
// header row; widths that fit; and the provenance on a sheet of its own.
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <stdexcept>

#include <fmt/format.h>
#include <unistd.h>
#include <xlsxwriter.h>

#include "base/escape.h"
#include "base/number.h"
#include "base/translate.h"
#include "output/document.h"
#include "output/shared_library.h"

namespace ritrack {

namespace {

// libxlsxwriter, loaded when a run first writes a workbook.
struct LibXlsxWriter {
  SharedLibrary library{RITRACK_XLSXWRITER_SONAME};
  RITRACK_LIBRARY_FUNCTION(workbook_new);
  RITRACK_LIBRARY_FUNCTION(workbook_close);
  RITRACK_LIBRARY_FUNCTION(workbook_set_properties);
  RITRACK_LIBRARY_FUNCTION(workbook_add_worksheet);
  RITRACK_LIBRARY_FUNCTION(workbook_add_format);
  RITRACK_LIBRARY_FUNCTION(format_set_bold);
  RITRACK_LIBRARY_FUNCTION(format_set_bg_color);
  RITRACK_LIBRARY_FUNCTION(format_set_bottom);
  RITRACK_LIBRARY_FUNCTION(format_set_font_color);
  RITRACK_LIBRARY_FUNCTION(format_set_num_format);
  RITRACK_LIBRARY_FUNCTION(format_set_text_wrap);
  RITRACK_LIBRARY_FUNCTION(format_set_align);
  RITRACK_LIBRARY_FUNCTION(worksheet_write_string);
  RITRACK_LIBRARY_FUNCTION(worksheet_write_number);
  RITRACK_LIBRARY_FUNCTION(worksheet_freeze_panes);
  RITRACK_LIBRARY_FUNCTION(worksheet_autofilter);
  RITRACK_LIBRARY_FUNCTION(worksheet_set_column);
};

const LibXlsxWriter& xlsx() {
  static const LibXlsxWriter api;
  return api;
}

constexpr double kMaxWidth = 60, kTextWidth = 48;

// Text a worksheet can hold and nothing can act on: controls become U+FFFD
// (line breaks stay), malformed UTF-8 is repaired.
std::string sheet_text(std::string_view text) { return xml_fit(terminal_lines(text)); }

// A sheet name Excel accepts, unique in the workbook: at most 31
// characters, none of []:*?/\ and not starting or ending with '.
// Excel's limit is 31 characters; counted in bytes, a name always fits.
constexpr size_t kSheetNameBytes = 31;

// `s` in at most `bytes` bytes, never cut inside a character.
std::string cut(std::string s, size_t bytes) {
  if (s.size() <= bytes) return s;
  size_t n = bytes;
  while (n > 0 && (static_cast<unsigned char>(s[n]) & 0xC0) == 0x80) --n;
  return s.substr(0, n);
}

// As much of `s` as a sheet name holds, ending at a word's end (a
// parenthesis left open is closed by dropping it).
std::string cut_at_word(const std::string& s) {
  if (sheet_text(s).size() <= kSheetNameBytes) return s;
  std::string kept = cut(sheet_text(s), kSheetNameBytes + 1);
  size_t space = kept.rfind(' ');
  kept = space == std::string::npos || space == 0 ? cut(kept, kSheetNameBytes) : kept.substr(0, space);
  if (size_t open = kept.rfind(" ("); open != std::string::npos && kept.find(')', open) == std::string::npos)
    kept.resize(open);
  return kept;
}

std::string sheet_name(std::string_view wanted, std::set<std::string>& taken) {
  std::string base;
  for (char c : sheet_text(wanted)) base += std::string_view("[]:*?/\\").find(c) == std::string_view::npos ? c : ' ';
  while (!base.empty() && (base.front() == '\'' || base.front() == ' ')) base.erase(0, 1);
  if (base.empty()) base = "Sheet";
  for (int i = 1;; ++i) {
    std::string suffix = i == 1 ? "" : fmt::format(" ({})", i);
    std::string name = cut(base, kSheetNameBytes - suffix.size());
    while (!name.empty() && (name.back() == '\'' || name.back() == ' ')) name.pop_back();
    name += suffix;
    if (taken.insert(name).second) return name;
  }
}

struct Formats {
  lxw_format* header;
  lxw_format* banner;
  lxw_format* integer;
  lxw_format* decimal;
  lxw_format* wrapped;
  lxw_format* section;
};

Formats add_formats(lxw_workbook* wb) {
  Formats f{};
  f.header = xlsx().workbook_add_format(wb);
  xlsx().format_set_bold(f.header);
  xlsx().format_set_bg_color(f.header, 0xF3F5F9);
  xlsx().format_set_bottom(f.header, LXW_BORDER_THIN);
  f.banner = xlsx().workbook_add_format(wb);
  xlsx().format_set_bold(f.banner);
  xlsx().format_set_font_color(f.banner, 0xA06000);
  f.integer = xlsx().workbook_add_format(wb);
  xlsx().format_set_num_format(f.integer, "#,##0");
  f.decimal = xlsx().workbook_add_format(wb);
  xlsx().format_set_num_format(f.decimal, "#,##0.0##");
  f.wrapped = xlsx().workbook_add_format(wb);
  xlsx().format_set_text_wrap(f.wrapped);
  xlsx().format_set_align(f.wrapped, LXW_ALIGN_VERTICAL_TOP);
  f.section = xlsx().workbook_add_format(wb);
  xlsx().format_set_align(f.section, LXW_ALIGN_VERTICAL_TOP);
  return f;
}

class SheetWriter {
 public:
  SheetWriter(lxw_worksheet* ws, const Formats& f, Lang lang) : ws_(ws), f_(f), lang_(lang) {}

  void banner(const std::string& text) {
    if (text.empty()) return;
    xlsx().worksheet_write_string(ws_, row_++, 0, sheet_text(text).c_str(), f_.banner);
  }

  void table(const Table& t) {
    // Sections become a column of their own, so that the sheet filters.
    bool sections = false;
    for (const TableSection& s : t.sections) sections |= !s.title.empty();
    std::vector<size_t> shown;
    for (size_t i = 0; i < t.columns.size(); ++i)
      if (!t.columns[i].not_in_data) shown.push_back(i);
    lxw_row_t header_row = row_;
    lxw_col_t col = 0;
    if (sections) header(col++, tr_s(N_("Section"), lang_));
    for (size_t i : shown) header(col++, t.columns[i].header);
    ++row_;
    for (const TableSection& s : t.sections)
      for (const auto& cells : s.rows) {
        col = 0;
        if (sections) text(col++, s.title, f_.section);
        for (size_t i : shown) value(col++, t.columns[i], cells[i]);
        ++row_;
      }
    xlsx().worksheet_freeze_panes(ws_, header_row + 1, 0);
    if (row_ > header_row + 1) xlsx().worksheet_autofilter(ws_, header_row, 0, row_ - 1, col - 1);
    col = 0;
    if (sections) fit(col++, false);
    for (size_t i : shown) fit(col++, t.columns[i].flex);
  }

  // Label and value rows, for fields (the provenance) and lists.
  void pair(const std::string& label, const std::string& value) {
    text(0, label, f_.header);
    text(1, value, f_.wrapped);
    ++row_;
  }
  void gap() { ++row_; }
  void widths(double first, double second) {
    xlsx().worksheet_set_column(ws_, 0, 0, first, nullptr);
    xlsx().worksheet_set_column(ws_, 1, 1, second, f_.wrapped);
  }

 private:
  void header(lxw_col_t col, const std::string& s) {
    xlsx().worksheet_write_string(ws_, row_, col, sheet_text(s).c_str(), f_.header);
    note_width(col, s);
  }
  void text(lxw_col_t col, const std::string& s, lxw_format* format = nullptr) {
    xlsx().worksheet_write_string(ws_, row_, col, sheet_text(s).c_str(), format);
    note_width(col, s);
  }
  void value(lxw_col_t col, const Column& column, const Cell& c) {
    if (c.absent) return;  // an empty cell, never a dash that a formula would read as text
    if (!c.spark.empty()) return text(col, data_value(c));
    // People read a sheet: labels rather than their codes, the quarter a
    // projection reaches rather than its fractional year, a value of mixed
    // kinds as a number when it is one and as they read it otherwise.
    bool typed = (column.numeric && !column.period_for_people) || (column.some_numbers && !c.raw.empty());
    if (auto d = typed ? Decimal::parse(data_value(c)) : std::nullopt) {
      xlsx().worksheet_write_number(ws_, row_, col, d->to_double(), d->is_whole() ? f_.integer : f_.decimal);
      note_width(col, format_number(d->to_double(), 3) + "  ");
      return;
    }
    bool for_people = c.raw_is_code || column.period_for_people || column.some_numbers;
    std::string v = for_people ? c.text : data_value(c);
    text(col, v, v.find('\n') != std::string::npos ? f_.wrapped : nullptr);
  }
  void note_width(lxw_col_t col, std::string_view s) {
    if (width_.size() <= col) width_.resize(col + 1, 0);
    size_t longest = 0;
    for (size_t start = 0; start <= s.size();) {
      size_t end = std::min(s.find('\n', start), s.size());
      longest = std::max(longest, display_width(s.substr(start, end - start)));
      start = end + 1;
    }
    width_[col] = std::max(width_[col], static_cast<double>(longest) + 2);
  }
  void fit(lxw_col_t col, bool flex) {
    double w = col < width_.size() ? width_[col] : 8;
    xlsx().worksheet_set_column(ws_, col, col, std::min(w, flex ? kTextWidth : kMaxWidth), flex ? f_.wrapped : nullptr);
  }

  lxw_worksheet* ws_;
  const Formats& f_;
  Lang lang_;
  lxw_row_t row_ = 0;
  std::vector<double> width_;
};

// What each table's sheet is called: the heading above it, or, when that
// is longer than a sheet name may be, the heading's first part ("Reporting
// gaps" of "Reporting gaps — as of 2019-Q4"); where one heading has several
// tables, that part and each table's first section ("Reporting matrix
// (Result 2)"), not a truncation followed by a number.
std::vector<std::string> sheet_titles(const Document& doc) {
  std::vector<std::pair<std::string, const Table*>> tables;
  std::map<std::string, int> under;  // tables under each heading
  std::string heading = doc.title;
  for (const Block& b : doc.blocks) {
    if (b.kind == Block::Kind::heading) heading = b.text;
    if (b.kind != Block::Kind::table) continue;
    tables.emplace_back(heading, &b.table);
    ++under[heading];
  }
  std::vector<std::string> titles;
  for (const auto& [text, table] : tables) {
    std::string first_part = text.substr(0, text.find(" — "));
    std::string section = table->sections.empty() ? "" : table->sections.front().title;
    section = section.substr(0, section.find(':'));
    // French puts a (narrow) no-break space before the colon.
    for (std::string_view space : {" ", "\u00A0", "\u202F"})
      while (section.ends_with(space)) section.resize(section.size() - space.size());
    if (under[text] > 1 && !section.empty()) {  // the section is what tells the sheets apart: kept whole
      std::string both = fmt::format("{} ({})", first_part, section);
      titles.push_back(sheet_text(both).size() <= kSheetNameBytes      ? both
                       : sheet_text(section).size() <= kSheetNameBytes ? section
                                                                       : cut_at_word(section));
    } else
      titles.push_back(sheet_text(text).size() <= kSheetNameBytes ? text : cut_at_word(first_part));
  }
  return titles;
}

// The workbook written to `path`; throws std::runtime_error when it cannot be.
void write_workbook(const Document& doc, const std::string& path) {
  lxw_workbook* wb = xlsx().workbook_new(path.c_str());
  if (!wb) throw std::runtime_error("cannot create the workbook");
  std::string title = sheet_text(doc.title);
  lxw_doc_properties properties{};
  properties.title = title.data();
  properties.comments = const_cast<char*>("ritrack");  // NOLINT: the C API takes char*
  // The report's own time, so that the same report gives the same bytes.
  std::tm made{};
  if (!doc.made.empty() && strptime(doc.made.c_str(), "%Y-%m-%dT%H:%M:%SZ", &made)) properties.created = timegm(&made);
  xlsx().workbook_set_properties(wb, &properties);
  Formats f = add_formats(wb);
  Lang lang = parse_lang(doc.lang).value_or(Lang::en);
  std::set<std::string> taken;
  std::vector<std::string> names = sheet_titles(doc);
  std::vector<std::string> notes;  // paragraphs: on the provenance sheet, not inside a table's sheet
  size_t tables = 0;
  for (const Block& b : doc.blocks) {
    if (b.kind == Block::Kind::table) {
      SheetWriter sheet(xlsx().workbook_add_worksheet(wb, sheet_name(names[tables++], taken).c_str()), f, lang);
      sheet.banner(doc.banner);
      sheet.table(b.table);
    } else if (b.kind == Block::Kind::paragraph) {
      notes.push_back(b.text);
    } else {
      for (const std::string& item : b.items) notes.push_back(item);
    }
  }
  if (tables == 0 || !doc.footer.empty() || !notes.empty()) {
    std::string about = doc.title;
    for (const Block& b : doc.footer)
      if (b.kind == Block::Kind::heading) about = b.text;
    SheetWriter sheet(xlsx().workbook_add_worksheet(wb, sheet_name(about, taken).c_str()), f, lang);
    sheet.banner(doc.banner);
    for (const Block& b : doc.footer) {
      if (b.kind == Block::Kind::table) {
        for (const TableSection& s : b.table.sections)
          for (const auto& r : s.rows) sheet.pair(r.at(0).text, r.size() > 1 ? r[1].text : "");
      } else if (b.kind == Block::Kind::paragraph) {
        sheet.gap();
        sheet.pair(b.text, "");
      } else if (b.kind == Block::Kind::numbered) {
        for (size_t i = 0; i < b.items.size(); ++i) sheet.pair(std::to_string(i + 1), b.items[i]);
      }
    }
    if (!notes.empty()) sheet.gap();
    for (const std::string& n : notes) sheet.pair("", n);
    sheet.widths(24, 100);
  }
  if (xlsx().workbook_close(wb) != LXW_NO_ERROR) throw std::runtime_error("cannot write the workbook");
}

}  // namespace

std::string render_xlsx(const Document& doc) {
  // libxlsxwriter 1.1 writes to a file only: a private temporary one, read back.
  const char* tmp = std::getenv("TMPDIR");
  std::string path = fmt::format("{}/ritrack-XXXXXX.xlsx", tmp && *tmp ? tmp : "/tmp");
  int fd = mkstemps(path.data(), 5);
  if (fd < 0) throw std::runtime_error("cannot create a temporary file for the workbook");
  close(fd);
  struct Remove {
    const std::string& path;
    ~Remove() { std::remove(path.c_str()); }
  } remove{path};
  write_workbook(doc, path);
  std::ifstream in(path, std::ios::binary);
  std::ostringstream bytes;
  bytes << in.rdbuf();
  return bytes.str();
}

}  // namespace ritrack
