#include "store/journal_merge.h"

#include <doctest/doctest.h>

#include <string>

using namespace ritrack;

namespace {

const std::string kBase =
    "# a journal\n"
    "country: PER\n"
    "entries:\n"
    "  - indicator: \"1.1\"\n"
    "    period: 2019-Q1\n"
    "    value: 5\n"
    "    recorded: 2026-01-10T09:00:00Z\n"
    "# ritrack: end of journal, 1 entries\n";

std::string entry(const std::string& period, const std::string& recorded) {
  return "  - indicator: \"1.1\"\n    period: " + period + "\n    value: 1\n    recorded: " + recorded + "\n";
}

std::string body(const std::string& text) { return text.substr(0, text.find("# ritrack: end")); }

}  // namespace

TEST_CASE("entries appended on both sides merge in recorded order, the marker recounted") {
  std::string ours = body(kBase) + entry("2019-Q3", "2026-02-02T10:00:00Z") + "# ritrack: end of journal, 2 entries\n";
  std::string theirs =
      body(kBase) + entry("2019-Q2", "2026-02-01T10:00:00Z") + "# ritrack: end of journal, 2 entries\n";
  auto merged = merge_appended_journals(kBase, ours, theirs);
  REQUIRE(merged);
  CHECK(*merged == body(kBase) + entry("2019-Q2", "2026-02-01T10:00:00Z") + entry("2019-Q3", "2026-02-02T10:00:00Z") +
                       "# ritrack: end of journal, 3 entries\n");
}

TEST_CASE("one side appending, the other unchanged, gives that side") {
  std::string ours = body(kBase) + entry("2019-Q2", "2026-02-01T10:00:00Z") + "# ritrack: end of journal, 2 entries\n";
  CHECK(merge_appended_journals(kBase, ours, kBase) == ours);
  CHECK(merge_appended_journals(kBase, kBase, ours) == ours);
}

TEST_CASE("an entry both sides added is kept once; a tie keeps ours first") {
  std::string same = entry("2019-Q2", "2026-02-01T10:00:00Z");
  std::string tie = "  - indicator: \"1.2\"\n    period: 2019\n    value: 3\n    recorded: 2026-02-01T10:00:00Z\n";
  std::string ours = body(kBase) + same + "# ritrack: end of journal, 2 entries\n";
  std::string theirs = body(kBase) + same + tie + "# ritrack: end of journal, 3 entries\n";
  auto merged = merge_appended_journals(kBase, ours, theirs);
  REQUIRE(merged);
  CHECK(*merged == body(kBase) + same + tie + "# ritrack: end of journal, 3 entries\n");
}

TEST_CASE("anything but appending is left to git") {
  std::string appended =
      body(kBase) + entry("2019-Q2", "2026-02-01T10:00:00Z") + "# ritrack: end of journal, 2 entries\n";
  std::string edited = kBase;
  edited.replace(edited.find("value: 5"), 8, "value: 6");  // a hand edit above the base's end
  CHECK_FALSE(merge_appended_journals(kBase, edited, appended));
  std::string miscounted =
      body(kBase) + entry("2019-Q2", "2026-02-01T10:00:00Z") + "# ritrack: end of journal, 5 entries\n";
  CHECK_FALSE(merge_appended_journals(kBase, miscounted, appended));
  std::string no_marker = body(kBase) + entry("2019-Q2", "2026-02-01T10:00:00Z");
  CHECK_FALSE(merge_appended_journals(kBase, no_marker, appended));
  std::string undated = body(kBase) + "  - indicator: \"1.1\"\n    period: 2019-Q2\n    value: 1\n" +
                        "# ritrack: end of journal, 2 entries\n";
  CHECK_FALSE(merge_appended_journals(kBase, undated, appended));
  std::string stray = body(kBase) + "country: CHL\n" + "# ritrack: end of journal, 1 entries\n";
  CHECK_FALSE(merge_appended_journals(kBase, stray, appended));
}
