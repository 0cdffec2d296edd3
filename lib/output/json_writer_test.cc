#include "output/json_writer.h"

#include <doctest/doctest.h>

using namespace ritrack;

TEST_CASE("the JSON writer keeps key order, exact decimals and typed values") {
  JsonWriter json;
  json.begin_object()
      .field("b", "x")
      .field("a", *Decimal::parse("123456789762.125000001"))
      .field("n", 3)
      .field("f", false)
      .key("none")
      .null()
      .key("list")
      .begin_array()
      .integer(-2)
      .end_array()
      .end_object();
  CHECK(json.finish() == R"({"b":"x","a":123456789762.125000001,"n":3,"f":false,"none":null,"list":[-2]})"
                         "\n");
}

TEST_CASE("JSON texts are escaped by the library and made inert for a terminal") {
  JsonWriter json;
  json.begin_array()
      .string("a \"quote\", a \\ and <&>")
      .string("line\nbreak\x1b[31m")
      .string("Perú \u202Eevil\u202C \xC2\x9B")
      .string("bad \xFF byte")
      .end_array();
  CHECK(json.finish() ==
        "[\"a \\\"quote\\\", a \\\\ and <&>\",\"line\\nbreak\\u001B[31m\","
        "\"Perú \\u202eevil\\u202c \\u009b\",\"bad \xEF\xBF\xBD byte\"]\n");
}
