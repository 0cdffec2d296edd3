#include "output/report_document.h"

#include <set>

#include <doctest/doctest.h>

#include "testing/fixtures.h"

using namespace ritrack;

TEST_CASE("statuses read in the reader's language, with their tone") {
  CHECK(status_label(Status::on_track, Lang::en) == "on track");
  CHECK(status_label(Status::off_track, Lang::es) == "rezagado");
  CHECK(status_label(Status::no_data, Lang::fr) == "sans données");
  CHECK(status_tone(Status::achieved) == Tone::best);
  CHECK(status_tone(Status::on_track) == Tone::good);
  CHECK(status_tone(Status::at_risk) == Tone::warn);
  CHECK(status_tone(Status::off_track) == Tone::bad);
  CHECK(status_tone(Status::not_met) == Tone::severe);
  CHECK(status_tone(Status::monitored) == Tone::muted);
  // Achieved and on track no longer share one green: the assessed statuses each have their own.
  std::set<Tone> tones;
  for (Status s : {Status::achieved, Status::on_track, Status::at_risk, Status::off_track, Status::not_met})
    tones.insert(status_tone(s));
  CHECK(tones.size() == 5);
}

TEST_CASE("the progress document: a heading, then a table per result") {
  Dataset data = testing::load_fixture("tests/fixtures/progress");
  Ledger ledger(data.framework, data.entries);
  ProgressOptions o;
  o.as_of = {2019, 4};
  ProgressReport report = build_progress(data, ledger, o);
  Document doc = new_document("T", Lang::en);
  add_progress(doc, report, data, Lang::en);
  REQUIRE_FALSE(doc.blocks.empty());
  CHECK(doc.blocks.front().kind == Block::Kind::heading);
  CHECK(doc.blocks.front().text.find("2019-Q4") != std::string::npos);
  size_t tables = 0;
  for (const Block& b : doc.blocks) tables += b.kind == Block::Kind::table;
  CHECK(tables >= 1);
  CHECK(doc.lang == "en");
}

TEST_CASE("an item register's items and its count by type, for show") {
  Dataset data = testing::load_fixture("tests/fixtures/register");
  Ledger ledger(data.framework, data.entries, &data.rates);
  Document doc;
  add_register(doc, *data.framework.find_indicator("1.6"), data, ledger, {2020, 4}, Lang::en);
  std::string text = render_text(doc, TextStyle{100, false});
  CHECK(text.find("Items · Value 2020: 2") != std::string::npos);  // ALLIANCE-1 (to 2020) and TABLE-1
  CHECK(text.find("ALLIANCE-1") != std::string::npos);
  CHECK(text.find("by type: Public-private 1 · Multisectoral 1; National 1 · Subnational 1") != std::string::npos);
}
