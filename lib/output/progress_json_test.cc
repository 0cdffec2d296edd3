#include "output/progress_json.h"

#include <doctest/doctest.h>

#include "testing/fixtures.h"

using namespace ritrack;

TEST_CASE("JSON: schema, nulls for absent numbers") {
  Dataset data = testing::load_fixture("tests/fixtures/progress");
  Ledger ledger(data.framework, data.entries);
  ProgressOptions o;
  o.as_of = {2019, 4};
  o.result = 1;
  std::string json = progress_json(build_progress(data, ledger, o), Lang::en);
  CHECK(json.starts_with(
      R"({"schema":"ritrack.progress/1","as_of":"2019-Q4","lang":"en","method":"linear","country":null,)"));
  CHECK(json.find(R"("id":"1.2","result":1)") != std::string::npos);
  CHECK(json.find(R"("baseline":null,"current":{"period":"2019","value":1000},"target":null,"achieved_pct":null)") !=
        std::string::npos);
}

TEST_CASE("JSON: amounts exact to the last digit, computed figures shortest round-trip") {
  using namespace ritrack::literals;
  Dataset data = testing::load_fixture("tests/fixtures/progress");
  std::vector<Entry> entries(data.entries.begin(), data.entries.end());
  for (Entry& e : entries)
    if (e.indicator == "1.2" && e.country == "PER") e.number = 123456789762.125_dec;  // 1e6 rounding gave …12498
  data.entries = EntryList(std::move(entries));
  Ledger ledger(data.framework, data.entries);
  ProgressOptions o;
  o.as_of = {2019, 4};
  o.result = 1;
  std::string json = progress_json(build_progress(data, ledger, o), Lang::en);
  CHECK(json.find(R"("current":{"period":"2019","value":123456789762.125})") != std::string::npos);
  // 1.3: B = 1, E = 1 + 2 * 4/12; shortest text of the double, as it is, not rounded to 6 places.
  CHECK(json.find(R"("expected":1.6666666666666665,)") != std::string::npos);
}
