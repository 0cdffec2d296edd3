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

TEST_CASE("quoted newlines keep the row's first line; an open quote is an error where it opens") {
  auto rows = read_csv("a,b\n1,\"two\nlines\"\n2,x\n");
  REQUIRE(rows.size() == 3);
  CHECK(rows[1].fields[1] == "two\nlines");
  CHECK(rows[2].line == 4);
  std::optional<CsvProblem> problem;
  read_csv("a,b\n1,\"open\n", &problem);
  REQUIRE(problem);
  CHECK(problem->message == "a quoted field is not closed");
  CHECK(problem->pos.line == 2);
  CHECK(problem->pos.column == 3);
}

TEST_CASE("each field knows where it starts, in characters") {
  auto rows = read_csv("país;valor\r\nPER;\"5\"\r\n");
  REQUIRE(rows.size() == 2);
  CHECK(rows[0].starts[1].column == 6);  // "país;" is five characters, six bytes
  CHECK(rows[1].starts[1].line == 2);
  CHECK(rows[1].starts[1].column == 5);
}

TEST_CASE("a stray quote is refused where it is, never dropped") {
  std::optional<CsvProblem> problem;
  auto rows = read_csv("a,b\n1,ab\"cd\"ef\n", &problem);
  REQUIRE(problem);
  CHECK(problem->message == "a quote inside a field that does not start with one");
  CHECK(problem->pos.line == 2);
  CHECK(problem->pos.column == 5);
  CHECK(rows.size() == 1);  // the rows before it
  problem.reset();
  read_csv("a,b\n1,\"ab\"cd\n", &problem);
  REQUIRE(problem);
  CHECK(problem->message == "text after a closing quote");
  CHECK(problem->pos.column == 7);
}
