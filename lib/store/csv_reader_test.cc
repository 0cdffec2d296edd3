#include "store/csv_reader.h"

#include <doctest/doctest.h>

using namespace ritrack;

TEST_CASE("comma and semicolon files, BOM and CRLF") {
  auto rows = read_csv(
      "\xEF\xBB\xBF"
      "country;indicator;value\r\nPER;1.6;yes\r\n\r\nBRA;1.1;\"3\"\r\n");
  REQUIRE(rows.size() == 3);
  CHECK(rows[0].fields[0] == "country");
  CHECK(rows[1].fields == std::vector<std::string>{"PER", "1.6", "yes"});
  CHECK(rows[2].line == 4);
  CHECK(rows[2].fields[2] == "3");
  auto commas = read_csv("a,b\n1,\"x, \"\"y\"\"\"\n");
  CHECK(commas[1].fields[1] == "x, \"y\"");
}

TEST_CASE("quoted newlines keep the row's first line; an open quote is an error") {
  auto rows = read_csv("a,b\n1,\"two\nlines\"\n2,x\n");
  REQUIRE(rows.size() == 3);
  CHECK(rows[1].fields[1] == "two\nlines");
  CHECK(rows[2].line == 4);
  std::string error;
  read_csv("a,b\n1,\"open\n", &error);
  CHECK(error == "a quoted field is not closed");
}
