// detail: the fast path for a journal laid out as ritrack writes it
// (store/journal_format.cc): its entries read line by line into the entry
// rules' fields, with no YAML parser and no tree. It takes only a journal
// that it reads exactly as libyaml and the tree reader would (the same
// texts, positions and widths) and that those would read with no problem
// of YAML's own (no duplicate, unknown or missing key); anything else it
// leaves to them, whole. The goldens, store/journal_scan_test.cc and
// fuzz_load compare the two readings.
#pragma once

#include <array>
#include <functional>
#include <optional>
#include <string_view>

#include "base/field.h"
#include "model/entry_rules.h"

namespace ritrack::detail {

// An entry's keys in a journal: the scalar ones fill a field of
// EntryFields; `breakdown` and `types` (no field) are mappings.
struct EntryKey {
  std::string_view name;
  bool required;
  std::optional<Field> EntryFields::*field;
};
inline constexpr std::array<EntryKey, 15> kEntryKeys{{
    {"indicator", true, &EntryFields::indicator},
    {"period", true, &EntryFields::period},
    {"recorded", true, &EntryFields::recorded},
    {"by", true, &EntryFields::by},
    {"value", false, &EntryFields::value},
    {"retract", false, &EntryFields::retract},
    {"breakdown", false, nullptr},
    {"source", false, &EntryFields::source},
    {"note", false, &EntryFields::note},
    {"item", false, &EntryFields::item},
    {"types", false, nullptr},
    {"partners", false, &EntryFields::partners},
    {"ends", false, &EntryFields::ends},
    {"currency", false, &EntryFields::currency},
    {"unit", false, &EntryFields::unit},
}};

// A journal the fast path took: its country and its entries' count.
struct ScannedJournal {
  Field country;
  size_t items = 0;
  // Where its last comment line starts and its number: its end marker's
  // line, found without counting every line again.
  size_t last_comment = std::string_view::npos;
  int last_comment_line = 0;
};

// Reads a journal by the fast path, giving each entry's fields to `each`
// (when given) as soon as they are read, in file order; nullopt as soon as
// a line is one the fast path leaves to the parser: then what `each` got
// is to be dropped, and the journal read by the parser.
std::optional<ScannedJournal> scan_journal(std::string_view text,
                                           const std::function<void(EntryFields&&)>& each = nullptr);

}  // namespace ritrack::detail
