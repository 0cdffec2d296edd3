#include "base/field.h"

#include <doctest/doctest.h>

#include <memory>

using namespace ritrack;
using namespace ritrack::literals;

TEST_CASE("text: present, not empty, UTF-8; each problem at the field") {
  Diagnostics out;
  DiagnosticSink sink("f.yaml", out);
  Field ok{"Ministry report", {3, 13}, 15, {}, false};
  CHECK(is_text(&ok, "the source", sink));
  CHECK_FALSE(is_text(nullptr, "the source", sink));  // missing: the reader's to report
  CHECK(out.empty());
  Field empty{"  ", {4, 13}, 2, {}, false};
  Field list{"", {5, 13}, 1, "a list", false};
  Field latin1{"Per\xfa", {6, 13}, 4, {}, false};
  CHECK_FALSE(is_text(&empty, "the source", sink));
  CHECK_FALSE(is_text(&list, "the note", sink));
  CHECK_FALSE(is_text(&latin1, "the source", sink));
  REQUIRE(out.size() == 3);
  CHECK(out[0].message == "the source is empty");
  CHECK(out[0].pos.line == 4);
  CHECK(out[1].message == "expected text for the note, got a list");
  CHECK(out[2].code == DiagnosticCode::bad_encoding);
}

TEST_CASE("numbers and periods") {
  Diagnostics out;
  DiagnosticSink sink("", out);
  CHECK(field_number(Field{"12.5", {}, 1, {}, false}, "the value", sink) == 12.5_dec);
  CHECK(field_period(Field{"2019-Q2", {}, 1, {}, false}, "period", sink) == Period{2019, 2});
  CHECK_FALSE(field_number(Field{"1e3", {}, 1, {}, false}, "the 'GOB' part", sink));
  CHECK_FALSE(field_period(Field{"2019-Q5", {}, 1, {}, false}, "period", sink));
  REQUIRE(out.size() == 2);
  CHECK(out[0].code == DiagnosticCode::bad_number);
  CHECK(out[0].hint == "write a plain decimal such as 12 or 0.5");
  CHECK(out[1].message == "period \"2019-Q5\" is malformed: the quarter must be Q1, Q2, Q3 or Q4");
}

TEST_CASE("ISO codes: three capital letters") {
  CHECK(is_three_capitals("PER"));
  CHECK_FALSE(is_three_capitals("Per"));
  CHECK_FALSE(is_three_capitals("PE"));
  CHECK_FALSE(is_three_capitals("PERU"));
}

TEST_CASE("a field already reported stays silent") {
  Diagnostics out;
  DiagnosticSink sink("", out);
  Field alias{"", {2, 3}, 1, "a value", true};
  report_not_text(alias, "a mapping", "the breakdown", sink);
  CHECK(out.empty());
}

TEST_CASE("a label dear to build is built only to report a problem, which reads as with the label given") {
  Diagnostics out;
  DiagnosticSink sink("", out);
  int built = 0;
  auto label = [&] {
    ++built;
    return std::string("the 'GOB' part");
  };
  CHECK(field_number(Field{"12.5", {}, 1, {}, false}, label, sink) == 12.5_dec);
  CHECK(is_text(std::make_unique<Field>(Field{"GOB", {}, 1, {}, false}).get(), label, sink));
  CHECK(built == 0);
  Diagnostics given;
  DiagnosticSink given_sink("", given);
  for (const Field& f : {Field{"1e3", {1, 2}, 3, {}, false}, Field{" ", {1, 2}, 1, {}, false},
                         Field{"\xC3", {1, 2}, 1, {}, false}, Field{"", {1, 2}, 1, "a list", false}}) {
    CHECK_FALSE(field_number(f, label, sink));
    CHECK_FALSE(field_number(f, "the 'GOB' part", given_sink));
    CHECK(is_text(&f, label, sink) == is_text(&f, "the 'GOB' part", given_sink));
  }
  CHECK(built == 7);  // "1e3" is text, but not a number
  REQUIRE(out.size() == given.size());
  for (size_t i = 0; i < out.size(); ++i) CHECK(out[i].message == given[i].message);
}
