#include "base/escape.h"

#include <bit>
#include <cstdint>
#include <cstring>

#include <fmt/format.h>

#include "base/number.h"
#include "base/utf8.h"

namespace ritrack {

static constexpr std::string_view kReplacement = "\xEF\xBF\xBD";  // U+FFFD

namespace {

// Code points that must not reach a reader as they are: C0 controls, DEL,
// C1 controls (U+009B is CSI on some terminals) and the bidirectional
// marks, embeddings, overrides and isolates that make text display in
// another order than it reads ("Trojan Source").
bool is_unsafe(char32_t cp) {
  return cp < 0x20 || (cp >= 0x7F && cp <= 0x9F) || cp == 0x061C || cp == 0x200E || cp == 0x200F ||
         (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069);
}

// Calls `emit(cp, bytes)` for each code point of `text`, or `emit(0, {})`
// for each byte that is not part of well-formed UTF-8.
template <typename Emit>
void for_each_code_point(std::string_view text, Emit emit) {
  for (size_t i = 0; i < text.size();) {
    auto [cp, n] = decode_utf8(text, i);
    if (n == 0) {
      emit(char32_t{0}, std::string_view{});
      ++i;
    } else {
      emit(cp, text.substr(i, n));
      i += n;
    }
  }
}

}  // namespace

std::string terminal_safe(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for_each_code_point(
      text, [&](char32_t cp, std::string_view bytes) { out += bytes.empty() || is_unsafe(cp) ? kReplacement : bytes; });
  return out;
}

std::string terminal_lines(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for_each_code_point(text, [&](char32_t cp, std::string_view bytes) {
    out += bytes.empty() || (is_unsafe(cp) && cp != '\n') ? kReplacement : bytes;
  });
  return out;
}

std::string json_string(std::string_view text) {
  std::string out = "\"";
  for_each_code_point(text, [&](char32_t cp, std::string_view bytes) {
    if (bytes.empty())
      out += kReplacement;  // JSON is UTF-8: a malformed byte has no escape
    else if (cp == '"')
      out += "\\\"";
    else if (cp == '\\')
      out += "\\\\";
    else if (cp == '\n')
      out += "\\n";
    else if (cp == '\r')
      out += "\\r";
    else if (cp == '\t')
      out += "\\t";
    else if (is_unsafe(cp))
      out += fmt::format("\\u{:04x}", static_cast<unsigned>(cp));  // kept, but inert when printed
    else
      out += bytes;
  });
  return out + "\"";
}

std::string utf8_repaired(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for_each_code_point(text, [&](char32_t, std::string_view bytes) { out += bytes.empty() ? kReplacement : bytes; });
  return out;
}

namespace {

// `text` with each unsafe code point a terminal would act on (DEL, C1,
// bidirectional marks) written as `reference` formats it; malformed bytes as U+FFFD.
std::string with_references(std::string_view text, fmt::format_string<unsigned> reference) {
  std::string out;
  out.reserve(text.size());
  for_each_code_point(text, [&](char32_t cp, std::string_view bytes) {
    if (bytes.empty())
      out += kReplacement;
    else if (cp >= 0x7F && is_unsafe(cp))
      out += fmt::format(reference, static_cast<unsigned>(cp));
    else
      out += bytes;
  });
  return out;
}

}  // namespace

std::string json_inert(std::string_view json) { return with_references(json, "\\u{:04x}"); }

std::string xml_fit(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for_each_code_point(text, [&](char32_t cp, std::string_view bytes) {
    bool forbidden =
        bytes.empty() || (cp < 0x20 && cp != '\t' && cp != '\n' && cp != '\r') || cp == 0xFFFE || cp == 0xFFFF;
    out += forbidden ? kReplacement : bytes;
  });
  return out;
}

std::string xml_inert(std::string_view xml) { return with_references(xml, "&#x{:x};"); }

// What a spreadsheet would run as a formula.
static bool starts_like_formula(std::string_view text) {
  return !text.empty() && std::string_view("=+-@\t\r").find(text.front()) != std::string_view::npos;
}

std::string csv_unguarded(std::string_view cell) {
  bool guarded = cell.size() > 1 && cell.front() == '\'' && starts_like_formula(cell.substr(1));
  return std::string(guarded ? cell.substr(1) : cell);
}

std::string csv_field(std::string_view text) {
  std::string value(text);
  if (starts_like_formula(text) && !parse_number(text)) value = "'" + value;
  std::string cleaned;
  for_each_code_point(value, [&](char32_t cp, std::string_view bytes) {
    bool kept = !bytes.empty() && (!is_unsafe(cp) || cp == '\t' || cp == '\n');  // a lone CR rewrites a terminal line
    cleaned += kept ? bytes : kReplacement;
  });
  value = std::move(cleaned);
  if (value.find_first_of(",;\"\n\r") == std::string::npos) return value;
  std::string out = "\"";
  for (char c : value) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

std::string html_escape(std::string_view text) {
  std::string out;
  for_each_code_point(text, [&](char32_t cp, std::string_view bytes) {
    switch (cp) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      case '\'':
        out += "&#39;";
        break;
      default:
        out += bytes.empty() || (is_unsafe(cp) && cp != '\n' && cp != '\t') ? kReplacement : bytes;
    }
  });
  return out;
}

std::string markdown_cell(std::string_view text) {
  std::string out;
  for (char c : terminal_safe(text)) {
    switch (c) {
      case '|':
        out += "\\|";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '&':
        out += "&amp;";
        break;
      default:
        out += c;
    }
  }
  return out;
}

std::string github_data(std::string_view text) {
  std::string out;
  for_each_code_point(text, [&](char32_t cp, std::string_view bytes) {
    if (cp == '%')
      out += "%25";
    else if (cp == '\r')
      out += "%0D";
    else if (cp == '\n')
      out += "%0A";
    else
      out += bytes.empty() || is_unsafe(cp) ? kReplacement : bytes;  // the log is read in a terminal
  });
  return out;
}

std::string github_property(std::string_view text) {
  std::string out;
  for (char c : github_data(text)) {
    if (c == ':')
      out += "%3A";
    else if (c == ',')
      out += "%2C";
    else
      out += c;
  }
  return out;
}

bool is_utf8(std::string_view text) {
  for (size_t i = 0; i < text.size();) {
    uint64_t w;  // eight ASCII bytes at a time, as most are
    if (i + 8 <= text.size() && (std::memcpy(&w, text.data() + i, 8), (w & 0x8080808080808080ULL) == 0)) {
      i += 8;
      continue;
    }
    auto [cp, n] = decode_utf8(text, i);
    if (n == 0) return false;
    i += n;
  }
  return true;
}

std::string yaml_string(std::string_view text) {
  std::string json = json_string(text);
  std::string_view quoted = json;
  std::string out;
  for (size_t i = 0; i < quoted.size();) {
    auto [cp, n] = decode_utf8(quoted, i);
    // YAML allows no C1 control (but NEL), byte-order mark or U+FFFE/FFFF raw.
    bool unprintable =
        n > 1 && ((cp >= 0x80 && cp <= 0x9F && cp != 0x85) || cp == 0xFEFF || cp == 0xFFFE || cp == 0xFFFF);
    if (unprintable)
      out += fmt::format("\\u{:04x}", static_cast<unsigned>(cp));
    else
      out.append(quoted.substr(i, n == 0 ? 1 : n));
    i += n == 0 ? 1 : n;
  }
  return out;
}

// Bytes 10xxxxxx continue a character; eight bytes are counted at a time.
size_t display_width(std::string_view text) {
  size_t continuations = 0;
  size_t i = 0;
  for (; i + 8 <= text.size(); i += 8) {
    uint64_t w;
    std::memcpy(&w, text.data() + i, 8);
    uint64_t found = w & ~(w << 1) & 0x8080808080808080ULL;
    if (found) continuations += static_cast<size_t>(std::popcount(found));
  }
  for (; i < text.size(); ++i)
    if ((static_cast<unsigned char>(text[i]) & 0xC0) == 0x80) ++continuations;
  return text.size() - continuations;
}

}  // namespace ritrack
