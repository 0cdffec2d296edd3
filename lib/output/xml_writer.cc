#include "output/xml_writer.h"

#include <stdexcept>

#include <libxml/xmlwriter.h>

#include "base/escape.h"

namespace ritrack {

namespace {

const xmlChar* x(const std::string& s) { return reinterpret_cast<const xmlChar*>(s.c_str()); }

// libxml2 reports failure only by return value: out of memory is all it can be here.
void check(int status) {
  if (status < 0) throw std::runtime_error("libxml2 could not write the document");
}

}  // namespace

struct XmlWriter::Impl {
  xmlBufferPtr buffer = xmlBufferCreate();
  xmlTextWriterPtr writer = buffer ? xmlNewTextWriterMemory(buffer, 0) : nullptr;
  ~Impl() {
    if (writer) xmlFreeTextWriter(writer);
    if (buffer) xmlBufferFree(buffer);
  }
};

XmlWriter::XmlWriter() : impl_(std::make_unique<Impl>()) {
  if (!impl_->writer) throw std::runtime_error("libxml2 could not start a document");
  check(xmlTextWriterSetIndent(impl_->writer, 1));
  check(xmlTextWriterSetIndentString(impl_->writer, reinterpret_cast<const xmlChar*>("  ")));
  check(xmlTextWriterStartDocument(impl_->writer, "1.0", "UTF-8", nullptr));
}

XmlWriter::~XmlWriter() = default;

XmlWriter& XmlWriter::start(std::string_view element) {
  check(xmlTextWriterStartElement(impl_->writer, x(std::string(element))));
  return *this;
}

XmlWriter& XmlWriter::attribute(std::string_view name, std::string_view value) {
  check(xmlTextWriterWriteAttribute(impl_->writer, x(std::string(name)), x(xml_fit(value))));
  return *this;
}

XmlWriter& XmlWriter::text(std::string_view text) {
  check(xmlTextWriterWriteString(impl_->writer, x(xml_fit(text))));
  return *this;
}

XmlWriter& XmlWriter::end() {
  check(xmlTextWriterEndElement(impl_->writer));
  return *this;
}

XmlWriter& XmlWriter::element(std::string_view name, std::string_view text) { return start(name).text(text).end(); }

std::string XmlWriter::finish() {
  check(xmlTextWriterEndDocument(impl_->writer));  // closes what is open, ends with a newline
  xmlFreeTextWriter(impl_->writer);                // flushes into the buffer
  impl_->writer = nullptr;
  std::string_view document(reinterpret_cast<const char*>(xmlBufferContent(impl_->buffer)),
                            static_cast<size_t>(xmlBufferLength(impl_->buffer)));
  return xml_inert(document);
}

}  // namespace ritrack
