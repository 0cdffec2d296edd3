#include "output/xml_writer.h"

#include <doctest/doctest.h>

using namespace ritrack;

TEST_CASE("the XML writer indents, escapes and closes what is open") {
  XmlWriter xml;
  xml.start("a").attribute("q", "\"<&>\"").start("b").text("x < y & z").end().element("c", "").start("d");
  CHECK(xml.finish() ==
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        "<a q=\"&quot;&lt;&amp;&gt;&quot;\">\n  <b>x &lt; y &amp; z</b>\n  <c></c>\n  <d/>\n</a>\n");
}

TEST_CASE("XML texts hold what XML 1.0 can, and nothing a terminal would act on") {
  XmlWriter xml;
  xml.start("t").attribute("a", "bad \xFF\x01").text("Perú \u202Eevil\u202C \xC2\x9B \x1b[31m").end();
  CHECK(xml.finish() ==
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        "<t a=\"bad \xEF\xBF\xBD\xEF\xBF\xBD\">Perú &#x202e;evil&#x202c; &#x9b; \xEF\xBF\xBD[31m</t>\n");
}
