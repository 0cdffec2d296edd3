#include "output/xml_writer.h"

#include <stdexcept>

#include <libxml/xmlwriter.h>

#include "base/escape.h"
#include "output/shared_library.h"

namespace ritrack {

namespace {

// libxml2's writer, loaded when a run first writes XML.
struct LibXml2 {
  SharedLibrary library{RITRACK_LIBXML2_SONAME};
  RITRACK_LIBRARY_FUNCTION(xmlBufferCreate);
  RITRACK_LIBRARY_FUNCTION(xmlBufferFree);
  RITRACK_LIBRARY_FUNCTION(xmlBufferContent);
  RITRACK_LIBRARY_FUNCTION(xmlBufferLength);
  RITRACK_LIBRARY_FUNCTION(xmlNewTextWriterMemory);
  RITRACK_LIBRARY_FUNCTION(xmlFreeTextWriter);
  RITRACK_LIBRARY_FUNCTION(xmlTextWriterSetIndent);
  RITRACK_LIBRARY_FUNCTION(xmlTextWriterSetIndentString);
  RITRACK_LIBRARY_FUNCTION(xmlTextWriterStartDocument);
  RITRACK_LIBRARY_FUNCTION(xmlTextWriterEndDocument);
  RITRACK_LIBRARY_FUNCTION(xmlTextWriterStartElement);
  RITRACK_LIBRARY_FUNCTION(xmlTextWriterEndElement);
  RITRACK_LIBRARY_FUNCTION(xmlTextWriterWriteAttribute);
  RITRACK_LIBRARY_FUNCTION(xmlTextWriterWriteString);
};

const LibXml2& xml() {
  static const LibXml2 api;
  return api;
}

const xmlChar* x(const std::string& s) { return reinterpret_cast<const xmlChar*>(s.c_str()); }

// libxml2 reports failure only by return value: out of memory is all it can be here.
void check(int status) {
  if (status < 0) throw std::runtime_error("libxml2 could not write the document");
}

}  // namespace

struct XmlWriter::Impl {
  xmlBufferPtr buffer = xml().xmlBufferCreate();
  xmlTextWriterPtr writer = buffer ? xml().xmlNewTextWriterMemory(buffer, 0) : nullptr;
  ~Impl() {
    if (writer) xml().xmlFreeTextWriter(writer);
    if (buffer) xml().xmlBufferFree(buffer);
  }
};

XmlWriter::XmlWriter() : impl_(std::make_unique<Impl>()) {
  if (!impl_->writer) throw std::runtime_error("libxml2 could not start a document");
  check(xml().xmlTextWriterSetIndent(impl_->writer, 1));
  check(xml().xmlTextWriterSetIndentString(impl_->writer, reinterpret_cast<const xmlChar*>("  ")));
  check(xml().xmlTextWriterStartDocument(impl_->writer, "1.0", "UTF-8", nullptr));
}

XmlWriter::~XmlWriter() = default;

XmlWriter& XmlWriter::start(std::string_view element) {
  check(xml().xmlTextWriterStartElement(impl_->writer, x(std::string(element))));
  return *this;
}

XmlWriter& XmlWriter::attribute(std::string_view name, std::string_view value) {
  check(xml().xmlTextWriterWriteAttribute(impl_->writer, x(std::string(name)), x(xml_fit(value))));
  return *this;
}

XmlWriter& XmlWriter::text(std::string_view text) {
  check(xml().xmlTextWriterWriteString(impl_->writer, x(xml_fit(text))));
  return *this;
}

XmlWriter& XmlWriter::end() {
  check(xml().xmlTextWriterEndElement(impl_->writer));
  return *this;
}

XmlWriter& XmlWriter::element(std::string_view name, std::string_view text) { return start(name).text(text).end(); }

std::string XmlWriter::finish() {
  check(xml().xmlTextWriterEndDocument(impl_->writer));  // closes what is open, ends with a newline
  xml().xmlFreeTextWriter(impl_->writer);                // flushes into the buffer
  impl_->writer = nullptr;
  std::string_view document(reinterpret_cast<const char*>(xml().xmlBufferContent(impl_->buffer)),
                            static_cast<size_t>(xml().xmlBufferLength(impl_->buffer)));
  return xml_inert(document);
}

}  // namespace ritrack
