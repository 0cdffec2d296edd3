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
