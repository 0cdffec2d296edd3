// The rules an entry must meet, wherever it comes from: a journal, the
// command line, a prompt or a spreadsheet. Readers turn their input into
// EntryFields (text with positions) and call check_entry; the problems it
// reports are the same words at the field's own position, or at none.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/diagnostic.h"
#include "base/field.h"
#include "base/period.h"
#include "model/entry.h"
#include "model/model.h"

namespace ritrack {

// One dimension of a breakdown: `dimension: {CATEGORY: number, ...}`.
struct BreakdownFields {
  Field dimension;             // its key; not_text is set on `parts` instead
  std::string_view parts_not;  // what stood instead of the mapping of parts, or empty
  Position parts_pos;
  int parts_width = 1;
  bool parts_reported = false;
  std::vector<std::pair<Field, Field>> parts;  // category (a key) and its number
};

struct EntryFields {
  Position pos;  // of the entry
  std::optional<Field> indicator, period, value, retract, source, note, recorded, by, currency, unit;
  // The breakdown, when given: `breakdown_not` names what stood instead of a
  // mapping of dimensions.
  bool has_breakdown = false;
  std::string_view breakdown_not;
  Field breakdown_at;  // position of the breakdown node
  std::vector<BreakdownFields> breakdown;
  // Item registers: the item, its types (`dimension: CATEGORY`), partners and end.
  std::optional<Field> item, partners, ends;
  bool has_types = false;
  std::string_view types_not;  // what stood instead of a mapping of types
  Field types_at;
  std::vector<std::pair<Field, Field>> types;  // dimension (a key) and category
};

// Where an entry goes and when: the journal's code (already allowlisted) and
// the current quarter (later periods are refused as future).
struct EntryPlace {
  std::string code;
  Period today;
  // The code's country in the model's list (null: not listed), when the
  // caller looked it up once for many entries; else each entry looks.
  std::optional<const Country*> country;
};

// The entry, or nullopt when any rule refused it; every problem goes to `sink`.
// Texts are moved out of `fields`.
std::optional<Entry> check_entry(const Model& model, const EntryPlace& place, EntryFields&& fields,
                                 DiagnosticSink& sink);

// Why `period` cannot carry a value of `ind` (outside the horizon, not yet
// started, wrong cadence), with a hint; nullopt when it can.
std::optional<Problem> period_problem(const Framework& fw, const Indicator* ind, const Period& period,
                                      const Period& today);

// Whether a period starts after `today` (the current quarter is not future).
bool is_future(const Period& period, const Period& today);

// Why an item of `ind` that starts in `start` cannot end in `end` (outside
// the horizon, wrong cadence, before it starts), or nullopt.
std::optional<Problem> item_end_problem(const Framework& fw, const Indicator& ind, std::string_view item,
                                        const Period& start, const Period& end);

// An item's identifier: letters, digits, '-', '_', '.'; at most 40.
bool is_item_id(std::string_view id);

// "2026-11-22T10:15:00Z"
bool is_utc_timestamp(std::string_view s);

}  // namespace ritrack
