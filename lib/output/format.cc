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
    case Format::json:
    case Format::github:
      break;
  }
  throw std::logic_error("format '" + std::string(format_name(format)) + "' does not render documents");
}

}  // namespace ritrack
