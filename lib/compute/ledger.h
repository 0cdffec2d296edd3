// The values that stand: for each indicator, country and period, the latest
// entry, unless a later retraction withdrew it. Entries themselves are never
// changed; this is a view over them.
//
// Item registers are the one place where values are derived rather than
// recorded: the items that stand (the latest entry for each, unless
// retracted) are counted, by type, into a value at each period where the
// count changes (stocks: an item opens or closes; flows: items start), so
// that every report reads them as it reads a count.
#pragma once

#include <deque>
#include <map>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "model/encoded_entries.h"
#include "model/entry.h"
#include "model/entry_list.h"
#include "model/framework.h"
#include "model/rates.h"

namespace ritrack {

// What a value derived by the ledger comes from.
struct Derivation {
  // A count derived from an item register: the items it counts; else null.
  const std::vector<const Entry*>* items = nullptr;
  // An amount recorded in another currency: the rate that converted it; else null.
  const ExchangeRate* rate = nullptr;
};

// A value that stands. Its entry may be held encoded (model/encoded_entries.h):
// period and number are kept, for the series' order and sums; the rest is
// decoded when a report first reads it. A million of these are held at
// once, so they are kept to 48 bytes.
class StandingValue {
 public:
  explicit StandingValue(const Entry& entry, const Derivation* derivation = nullptr)
      : number_(entry.number), period_(entry.period), entry_(&entry), derivation_(derivation) {}
  StandingValue(const EncodedEntries& entries, size_t index, const EntryKey& key)
      : number_(key.number),
        period_(key.period),
        encoded_(&entries),
        index_(static_cast<uint32_t>(index)),
        held_encoded_(true),
        has_breakdown_(key.parts > 0) {}

  const Period& period() const { return period_; }
  const Decimal& number() const { return number_; }
  // The entry that stands; its supersession history is in history.h.
  const Entry& entry() const { return held_encoded_ ? encoded_->at(index_) : *entry_; }
  // Adds its breakdown into `sum` (add_parts), decoding nothing.
  void add_breakdown(std::vector<BreakdownPart>& sum) const {
    if (!held_encoded_)
      add_parts(sum, entry_->breakdown);
    else if (has_breakdown_)
      encoded_->add_breakdown(index_, sum);
  }
  // A count derived from an item register: the items it counts; else null.
  const std::vector<const Entry*>* items() const { return derivation_ ? derivation_->items : nullptr; }
  // An amount recorded in another currency: the rate that converted it; else null.
  const ExchangeRate* rate() const { return derivation_ ? derivation_->rate : nullptr; }

 private:
  Decimal number_;
  Period period_;
  union {
    const Entry* entry_;             // unless held_encoded_
    const EncodedEntries* encoded_;  // if held_encoded_: its entry index_
  };
  const Derivation* derivation_ = nullptr;  // never for an entry held encoded
  uint32_t index_ = 0;
  bool held_encoded_ = false;
  bool has_breakdown_ = false;
};

class Ledger {
 public:
  // `framework` and `entries` must outlive the ledger; the entries' order is
  // the order of recording, and they have passed the entry rules.
  // Amounts in another currency than their indicator's unit are converted
  // with `rates` (which must outlive the ledger too); without a rate, or
  // without `rates`, they are left out, as the entry rules refuse them.
  Ledger(const Framework& framework, std::span<const Entry> entries, const ExchangeRates* rates = nullptr);
  Ledger(const Framework& framework, const EntryList& entries, const ExchangeRates* rates = nullptr);
  Ledger(const Ledger&) = delete;  // values point into derived_
  Ledger& operator=(const Ledger&) = delete;

  // Values of `indicator` recorded by `country`, ascending by period.
  const std::vector<StandingValue>& series(std::string_view indicator, std::string_view country) const;
  // Countries (and the regional code) with standing values for `indicator`.
  std::vector<std::string> countries(std::string_view indicator) const;
  // The latest value at or before `at` (by period end), or nullptr.
  const StandingValue* latest(std::string_view indicator, std::string_view country, const Period& at) const;
  // The series of an indicator's resources in their own unit ("persons"),
  // kept apart from its money: series(own_unit_series("1.2", "fte"), "PER").
  static std::string own_unit_series(std::string_view indicator, std::string_view unit);
  // An entry's number in its indicator's unit (amounts in another currency
  // converted); nullopt without a rate, or for a resource in its own unit.
  std::optional<Decimal> in_unit(const Indicator& ind, const Entry& entry) const;
  // Item registers: the items that stand for `country`, ascending by start.
  const std::vector<const Entry*>& items(std::string_view indicator, std::string_view country) const;

 private:
  void build(const Framework& framework, const std::vector<const Entry*>& standing);
  // Files a standing entry in its series (or with its register's items).
  void file(const Framework& framework, const Entry& entry);
  void file(const Framework& framework, const EncodedEntries& entries, size_t i);
  // Derives the registers' counts and puts each series in order of period.
  void finish(const Framework& framework);
  std::vector<StandingValue>& series_of(std::string_view indicator, std::string_view country);
  const ExchangeRate* rate_for(const Indicator& ind, const Entry& entry) const;  // null: none
  void add_converted(const Indicator& ind, const Entry& entry);
  void derive_counts(const Framework& fw, const Indicator& ind, const std::string& country,
                     const std::vector<const Entry*>& items);

  const ExchangeRates* rates_;
  // Item counts and converted amounts, and the items each count counts;
  // deques, so that values may point at them.
  std::deque<Entry> derived_;
  std::deque<std::vector<const Entry*>> counted_items_;
  std::deque<Derivation> derivations_;
  std::map<std::string, std::map<std::string, std::vector<const Entry*>, std::less<>>, std::less<>> items_;
  using Series = std::map<std::string, std::vector<StandingValue>, std::less<>>;  // by country
  std::map<std::string, Series, std::less<>> by_indicator_;
};

}  // namespace ritrack
