#include "output/format.h"

#include <stdexcept>

namespace ritrack {

std::string render(const Document& doc, Format format, const TextStyle& style) {
  switch (format) {
    case Format::text:
      return render_text(doc, style);
    case Format::md:
      return render_markdown(doc);
    case Format::csv:
      return render_csv(doc);
    case Format::html:
      return render_html(doc);
    case Format::xlsx:
      return render_xlsx(doc);
    case Format::json:
    case Format::github:
      break;
  }
  throw std::logic_error("format '" + std::string(format_name(format)) + "' does not render documents");
}

std::optional<Format> format_of_extension(std::string_view extension) {
  if (extension.empty()) return std::nullopt;
  for (const FormatRow& f : kFormats)
    for (std::string_view rest = f.extensions; !rest.empty();) {
      size_t space = rest.find(' ');
      if (rest.substr(0, space) == extension) return f.value;
      rest = space == std::string_view::npos ? "" : rest.substr(space + 1);
    }
  return std::nullopt;
}

}  // namespace ritrack
