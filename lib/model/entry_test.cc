#include "model/entry.h"

#include <doctest/doctest.h>
#include <fmt/format.h>

using namespace ritrack;

namespace {

std::string described(const std::vector<BreakdownPart>& parts) {
  std::string s;
  for (const BreakdownPart& p : parts) s += fmt::format("{}={}:{} ", p.dimension, p.category, p.value.str());
  return s;
}

}  // namespace

TEST_CASE("parts add up by dimension and category, whatever their order in each entry") {
  std::vector<BreakdownPart> sum;
  add_parts(sum, {{"sex", "F", 2}, {"sex", "M", 3}});
  add_parts(sum, {{"sex", "F", 1}, {"sex", "M", 1}});  // as the first: each found at its own place
  CHECK(described(sum) == "sex=F:3 sex=M:4 ");
  add_parts(sum, {{"sex", "M", 10}, {"sex", "F", 20}});  // the other order: looked for
  CHECK(described(sum) == "sex=F:23 sex=M:14 ");
  add_parts(sum, {{"area", "urban", 5}, {"sex", "F", 1}});  // a new part goes after the others
  CHECK(described(sum) == "sex=F:24 sex=M:14 area=urban:5 ");
  add_part(sum, "sex", "M", 1, 7);       // a place past the end
  add_part(sum, "area", "urban", 1, 0);  // a place that holds another part
  CHECK(described(sum) == "sex=F:24 sex=M:15 area=urban:6 ");
}
