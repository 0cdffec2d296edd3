#include "base/escape.h"

#include <string>

#include <doctest/doctest.h>

#include "base/utf8.h"

using namespace ritrack;

TEST_CASE("terminal output carries no control characters") {
  CHECK(terminal_safe("a\x1b[31mred") == "a\xEF\xBF\xBD[31mred");
  CHECK(terminal_safe("tab\there") == "tab\xEF\xBF\xBDhere");
  CHECK(terminal_safe("csi\xC2\x9B") == "csi\xEF\xBF\xBD");
  CHECK(terminal_safe("Perú") == "Perú");
}

TEST_CASE("JSON strings escape quotes, backslashes and controls") {
  CHECK(json_string("a\"b\\c\n\x01") == "\"a\\\"b\\\\c\\n\\u0001\"");
}

TEST_CASE("CSV neutralises formulas but keeps numbers") {
  CHECK(csv_field("=HYPERLINK(\"x\")") == "\"'=HYPERLINK(\"\"x\"\")\"");
  CHECK(csv_field("+1 call") == "'+1 call");
  CHECK(csv_field("@SUM") == "'@SUM");
  CHECK(csv_field("-12.5") == "-12.5");
  CHECK(csv_field("\tx") == "'\tx");
  CHECK(csv_field("a,b") == "\"a,b\"");
  CHECK(csv_field("plain") == "plain");
}

TEST_CASE("HTML and Markdown escaping") {
  CHECK(html_escape("<script>&\"'") == "&lt;script&gt;&amp;&quot;&#39;");
  CHECK(markdown_cell("a|b<i>") == "a\\|b&lt;i&gt;");
}

TEST_CASE("GitHub annotations escape their separators") {
  CHECK(github_data("50%\nnext") == "50%25%0Anext");
  CHECK(github_property("a:b,c") == "a%3Ab%2Cc");
}

TEST_CASE("display width counts code points") {
  CHECK(display_width("Perú") == 4);
  CHECK(display_width("▁▂▃") == 3);
  // Past eight bytes, counted a word at a time: characters across the words' edges.
  CHECK(display_width("Perú, São Paulo, ✓, 𝄞 and ASCII after") == 37);
  CHECK(display_width("12345678é") == 9);
}

TEST_CASE("UTF-8: a code point encoded decodes to itself, at each length's edges") {
  for (char32_t cp : {0x00U, 0x7FU, 0x80U, 0x7FFU, 0x800U, 0xD7FFU, 0xE000U, 0xFFFFU, 0x10000U, 0x10FFFFU}) {
    std::string s;
    encode_utf8(s, cp);
    auto [back, n] = decode_utf8(s, 0);
    CHECK(back == cp);
    CHECK(n == s.size());
  }
}

TEST_CASE("no escape sequence survives into HTML or CSV") {
  CHECK(html_escape("a\x1b[2Jb") == "a\xEF\xBF\xBD[2Jb");
  CHECK(csv_field("a\x1b[2Jb") == "a\xEF\xBF\xBD[2Jb");
}

TEST_CASE("UTF-8: well-formed text only") {
  CHECK(is_utf8("Perú, São Paulo, ✓, 𝄞"));
  CHECK(is_utf8(""));
  CHECK_FALSE(is_utf8("\xff"));
  CHECK_FALSE(is_utf8("caf\xc3"));           // cut short
  CHECK_FALSE(is_utf8("\xc0\xaf"));          // overlong '/'
  CHECK_FALSE(is_utf8("\xed\xa0\x80"));      // a surrogate
  CHECK_FALSE(is_utf8("\xf4\x90\x80\x80"));  // past U+10FFFF
}

TEST_CASE("YAML strings escape what YAML may not hold raw") {
  CHECK(yaml_string("a \"b\"\n") == "\"a \\\"b\\\"\\n\"");
  CHECK(yaml_string("x\xc2\x85y") == "\"x\\u0085y\"");    // NEL is allowed, but a C1 control: escaped
  CHECK(yaml_string("x\xc2\x9by") == "\"x\\u009by\"");    // a C1 control is not
  CHECK(yaml_string("\xef\xbb\xbfz") == "\"\\ufeffz\"");  // nor a byte-order mark
}

TEST_CASE("no control, bidirectional override or malformed byte reaches any output as it is") {
  const std::string hostile =
      "a\x1b[31mb\xc2\x9b"
      "c\xe2\x80\xae"
      "d\xe2\x81\xa6"
      "e\xff\x80"
      "f\x7f";
  const std::string fffd = "\xef\xbf\xbd";
  CHECK(terminal_safe(hostile) ==
        "a" + fffd + "[31mb" + fffd + "c" + fffd + "d" + fffd + "e" + fffd + fffd + "f" + fffd);
  CHECK(json_string(hostile) == "\"a\\u001b[31mb\\u009bc\\u202ed\\u2066e" + fffd + fffd + "f\\u007f\"");
  CHECK(is_utf8(json_string(hostile)));
  for (const std::string& out : {csv_field(hostile), html_escape(hostile), markdown_cell(hostile), github_data(hostile),
                                 github_property(hostile)}) {
    CHECK(out.find('\x1b') == std::string::npos);
    CHECK(out.find("\xc2\x9b") == std::string::npos);
    CHECK(out.find("\xe2\x80\xae") == std::string::npos);
    CHECK(out.find("\xe2\x81\xa6") == std::string::npos);
    CHECK(out.find('\x7f') == std::string::npos);
    CHECK(is_utf8(out));
  }
  CHECK(terminal_safe("Perú — ñandú") == "Perú — ñandú");  // text is text
  CHECK(terminal_lines("a\nb\x1b") == "a\nb" + fffd);
  CHECK(github_data("50%\nnext") == "50%25%0Anext");
}

TEST_CASE("a cell guarded against formulas reads back as the text it was") {
  for (std::string text : {"=SUM(A1)", "+1 call", "-5% drop", "@home", "plain", "'quoted", "'"})
    CHECK(csv_unguarded(csv_field(text)) == text);
  CHECK(csv_unguarded("'=x") == "=x");
  CHECK(csv_unguarded("'x") == "'x");  // not a guard
}

TEST_CASE("malformed UTF-8 is repaired byte by byte, and JSON made inert keeps its meaning") {
  CHECK(utf8_repaired("ok \xC3\xA9 \xC3 \xFF") == "ok \xC3\xA9 \xEF\xBF\xBD \xEF\xBF\xBD");
  CHECK(json_inert("[\"a\xC2\x85\",\"\xE2\x81\xA6x\x7F\"]") == "[\"a\\u0085\",\"\\u2066x\\u007f\"]");
  CHECK(json_inert("{\"k\":\"Perú\"}") == "{\"k\":\"Perú\"}");
}

TEST_CASE("XML text is fit for XML 1.0, and an XML document made inert keeps its meaning") {
  CHECK(xml_fit("a\tb\nc\x01\x1b\xEF\xBF\xBE \xFF") == "a\tb\nc\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD \xEF\xBF\xBD");
  CHECK(xml_inert("<a b=\"\xE2\x80\xAE\">\x7F\xC2\x85é</a>") == "<a b=\"&#x202e;\">&#x7f;&#x85;é</a>");
}
