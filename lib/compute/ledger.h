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
  const Entry* entry = nullptr;  // the value's own (a count, or the amount converted)
  // A count derived from an item register: the items it counts; else null.
  const std::vector<const Entry*>* items = nullptr;
  // An amount recorded in another currency: the rate that converted it; else null.
  const ExchangeRate* rate = nullptr;
};

// A value that stands. Its entry may be held encoded (model/encoded_entries.h):
// period and number are kept, for the series' order and sums; the rest is
// decoded when a report first reads it. A million of these are held at
// once, so they are kept to 32 bytes: the number, one pointer (to the
// entry, to the encoded entries, or to a derived value's derivation, which
// points to its entry), the encoded entry's index, and the period.
class StandingValue {
 public:
  explicit StandingValue(const Entry& entry) : number_(entry.number), entry_(&entry) { set_period(entry.period); }
  // A derived value: `derivation.entry` is its entry.
  explicit StandingValue(const Derivation& derivation)
      : number_(derivation.entry->number), derivation_(&derivation), held_(Held::derived) {
    set_period(derivation.entry->period);
  }
  StandingValue(const EncodedEntries& entries, size_t index, const EntryKey& key)
      : number_(key.number),
        encoded_(&entries),
        index_(static_cast<uint32_t>(index)),
        held_(key.parts > 0 ? Held::encoded_with_breakdown : Held::encoded) {
    set_period(key.period);
  }

  Period period() const { return Period{year_, quarter_}; }
  const Decimal& number() const { return number_; }
  // The entry that stands; its supersession history is in history.h.
  const Entry& entry() const {
    switch (held_) {
      case Held::entry:
        return *entry_;
      case Held::derived:
        return *derivation_->entry;
      default:
        return encoded_->at(index_);
    }
  }
  // Adds its breakdown into `sum` (add_parts), decoding nothing.
  void add_breakdown(std::vector<BreakdownPart>& sum) const {
    if (held_ == Held::encoded_with_breakdown)
      encoded_->add_breakdown(index_, sum);
    else if (held_ != Held::encoded)
      add_parts(sum, entry().breakdown);
  }
  // A count derived from an item register: the items it counts; else null.
  const std::vector<const Entry*>* items() const { return held_ == Held::derived ? derivation_->items : nullptr; }
  // An amount recorded in another currency: the rate that converted it; else null.
  const ExchangeRate* rate() const { return held_ == Held::derived ? derivation_->rate : nullptr; }

 private:
  enum class Held : uint8_t { entry, derived, encoded, encoded_with_breakdown };
  // Recorded periods have four-digit years (base/period.h).
  void set_period(const Period& p) {
    year_ = static_cast<int16_t>(p.year);
    quarter_ = static_cast<uint8_t>(p.quarter);
  }

  Decimal number_;
  union {
    const Entry* entry_;             // Held::entry
    const Derivation* derivation_;   // Held::derived
    const EncodedEntries* encoded_;  // Held::encoded...: its entry index_
  };
  uint32_t index_ = 0;
  int16_t year_ = 0;
  uint8_t quarter_ = 0;
  Held held_ = Held::entry;
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
  // The series a part's entries were last filed in, by their codes (views
  // of the part's bytes, valid while it is filed).
  struct RecentSeries {
    std::string_view indicator, country;
    std::vector<StandingValue>* series;
  };
  using SeriesCache = std::vector<RecentSeries>;
  static constexpr size_t kSeriesCacheSize = 64;
  void file(const Framework& framework, const EncodedEntries& entries, size_t i, SeriesCache& recent);
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
