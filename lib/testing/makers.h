// Test-only makers for the model: entries and indicators with the fields a
// test is about, the rest left at their defaults.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "model/encoded_entries.h"
#include "model/entry.h"
#include "model/framework.h"
#include "model/model.h"
#include "output/document.h"

namespace ritrack::testing {

// A value (or, with `retraction`, a retraction) recorded by `country`.
Entry value_entry(std::string country, std::string indicator, Period period, double number = 0,
                  bool retraction = false);

// An indicator of result 1 with the given typing.
Indicator make_indicator(std::string id, Measure measure, Scope scope = Scope::country,
                         Cadence cadence = Cadence::annual, Accumulate accumulate = Accumulate::stock);

// Entries held as if encoded, counting the entries decoded.
class HeldAsEncoded : public EncodedEntries {
 public:
  explicit HeldAsEncoded(std::vector<Entry> entries, std::string file = "values/PER.yaml");
  EntryKey key(size_t i) const override;
  void add_breakdown(size_t i, std::vector<BreakdownPart>& sum) const override;
  mutable int decoded = 0;

 protected:
  Entry decode(size_t i) const override;

 private:
  std::vector<Entry> entries_;
};

// A small model: result 1 with 1.1 (flag, country, annual) and 1.2 (count,
// regional, quarterly, broken down by sector GOB/EMP); countries PER and BRA,
// members from 2014-Q4.
Model small_model();

// A document with a heading and a table of one row that has every kind of
// cell: a long flex text, a number with a short form and a raw value, a
// trend, and a column only CSV shows.
Document sample_document();

}  // namespace ritrack::testing
