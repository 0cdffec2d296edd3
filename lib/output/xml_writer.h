// XML as a stream of elements, written by libxml2's xmlTextWriter (README,
// "Libraries"): escaping, indentation and structure are the library's.
// Texts are made fit for XML 1.0 first (malformed UTF-8 and the control
// characters XML cannot hold become U+FFFD) and inert for a terminal after
// (DEL, C1 controls and bidirectional marks become character references).
#pragma once

#include <memory>
#include <string>
#include <string_view>

namespace ritrack {

class XmlWriter {
 public:
  XmlWriter();  // the XML declaration, UTF-8, two-space indentation
  ~XmlWriter();
  XmlWriter(const XmlWriter&) = delete;
  XmlWriter& operator=(const XmlWriter&) = delete;

  XmlWriter& start(std::string_view element);
  // Attributes follow their element's start, before any child or text.
  XmlWriter& attribute(std::string_view name, std::string_view value);
  XmlWriter& text(std::string_view text);
  XmlWriter& end();  // the innermost open element
  // start, text, end.
  XmlWriter& element(std::string_view name, std::string_view text);

  // The document, every element closed, ended by a newline; the writer is spent.
  std::string finish();

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace ritrack
