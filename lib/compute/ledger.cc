#include "compute/ledger.h"

#include <algorithm>
#include <tuple>

#include <fmt/format.h>

#include "model/standing.h"

namespace ritrack {

static_assert(sizeof(StandingValue) <= 32, "a million are held at once");

namespace {

bool by_period_then_item(const Entry* a, const Entry* b) {
  return std::tie(a->period, a->item, a->unit) < std::tie(b->period, b->item, b->unit);
}

// Whether an item is open during `p`: started by then, not ended before.
bool open_in(const Entry& item, const Period& p) {
  return item.period.start_time() <= p.start_time() && (!item.ends || item.ends->end_time() >= p.end_time());
}

// The period after `p`, in the same cadence.
Period following(const Period& p) {
  if (p.is_year()) return Period{p.year + 1, 0};
  return p.quarter == 4 ? Period{p.year + 1, 1} : Period{p.year, p.quarter + 1};
}

// Types in the order the indicator lists its dimensions and the framework its categories.
std::pair<size_t, size_t> type_order(const Framework& fw, const Indicator& ind, const BreakdownPart& part) {
  size_t dim = std::find(ind.breakdown.begin(), ind.breakdown.end(), part.dimension) - ind.breakdown.begin();
  size_t cat = 0;
  if (const Dimension* d = fw.find_dimension(part.dimension))
    while (cat < d->categories.size() && d->categories[cat].code != part.category) ++cat;
  return {dim, cat};
}

}  // namespace

Ledger::Ledger(const Framework& framework, std::span<const Entry> entries, const ExchangeRates* rates) : rates_(rates) {
  build(framework, standing_entries(entries));
}

Ledger::Ledger(const Framework& framework, const EntryList& entries, const ExchangeRates* rates) : rates_(rates) {
  if (!entries.all_standing()) {
    std::vector<const Entry*> all;
    all.reserve(entries.size());
    for (const Entry& e : entries) all.push_back(&e);
    build(framework, standing_entries(all));
    return;
  }
  for (const EntryList::PartView& part : entries.parts()) {  // the loader kept only those that stand
    if (part.encoded) {
      SeriesCache recent;
      for (size_t i = 0; i < part.encoded->size(); ++i) file(framework, *part.encoded, i, recent);
    } else {
      for (const Entry& e : part.decoded) file(framework, e);
    }
  }
  finish(framework);
}

void Ledger::build(const Framework& framework, const std::vector<const Entry*>& standing) {
  for (const Entry* entry : standing) file(framework, *entry);
  finish(framework);
}

std::vector<StandingValue>& Ledger::series_of(std::string_view indicator, std::string_view country) {
  auto i = by_indicator_.find(indicator);
  if (i == by_indicator_.end()) i = by_indicator_.emplace(std::string(indicator), Series{}).first;
  auto c = i->second.find(country);
  if (c == i->second.end()) c = i->second.emplace(std::string(country), std::vector<StandingValue>{}).first;
  return c->second;
}

void Ledger::file(const Framework& framework, const Entry& entry) {
  if (!entry.unit.empty()) {
    series_of(own_unit_series(entry.indicator, entry.unit), entry.country).emplace_back(entry);
  } else if (!entry.currency.empty()) {
    if (const Indicator* ind = framework.find_indicator(entry.indicator)) add_converted(*ind, entry);
  } else if (entry.item.empty()) {
    series_of(entry.indicator, entry.country).emplace_back(entry);
  } else {
    items_[entry.indicator][entry.country].push_back(&entry);
  }
}

// Only plain values are left encoded: the others are derived from their
// entries (converted, counted), which are decoded.
void Ledger::file(const Framework& framework, const EncodedEntries& entries, size_t i, SeriesCache& recent) {
  EntryKey key = entries.key(i);
  if (!key.unit.empty() || !key.currency.empty() || !key.item.empty()) {
    file(framework, entries.at(i));
    return;
  }
  // A journal names a few series, over and over: looked up in the maps once.
  // Its codes are mostly the same bytes each time (HeldKeys holds one copy
  // of each): compared by address first, by text only when that finds none.
  auto hit = std::find_if(recent.begin(), recent.end(), [&](const SeriesCache::value_type& r) {
    return r.indicator.data() == key.indicator.data() && r.country.data() == key.country.data() &&
           r.indicator.size() == key.indicator.size() && r.country.size() == key.country.size();
  });
  if (hit == recent.end())
    hit = std::find_if(recent.begin(), recent.end(), [&](const SeriesCache::value_type& r) {
      return r.indicator == key.indicator && r.country == key.country;
    });
  std::vector<StandingValue>* series = nullptr;
  if (hit != recent.end()) {
    series = hit->series;
  } else {
    series = &series_of(key.indicator, key.country);
    if (recent.size() < kSeriesCacheSize) recent.push_back({key.indicator, key.country, series});
  }
  series->emplace_back(entries, i, key);
}

void Ledger::finish(const Framework& framework) {
  for (auto& [indicator, countries] : items_) {
    const Indicator* ind = framework.find_indicator(indicator);
    for (auto& [country, list] : countries) {
      std::sort(list.begin(), list.end(), by_period_then_item);
      if (ind) derive_counts(framework, *ind, country, list);
    }
  }
  for (auto& [indicator, countries] : by_indicator_)
    for (auto& [country, values] : countries)
      std::sort(values.begin(), values.end(),
                [](const StandingValue& a, const StandingValue& b) { return a.period() < b.period(); });
}

std::string Ledger::own_unit_series(std::string_view indicator, std::string_view unit) {
  return fmt::format("{}@{}", indicator, unit);
}

const ExchangeRate* Ledger::rate_for(const Indicator& ind, const Entry& entry) const {
  return rates_ ? rates_->find(entry.currency, ind.unit, entry.period) : nullptr;
}

std::optional<Decimal> Ledger::in_unit(const Indicator& ind, const Entry& entry) const {
  if (!entry.unit.empty()) return std::nullopt;
  if (entry.currency.empty()) return entry.number;
  const ExchangeRate* rate = rate_for(ind, entry);
  if (!rate) return std::nullopt;
  return entry.number.times(rate->rate);
}

// The amount in its indicator's unit, at the rate for its period.
void Ledger::add_converted(const Indicator& ind, const Entry& entry) {
  const ExchangeRate* rate = rate_for(ind, entry);
  if (!rate) return;
  Entry& converted = derived_.emplace_back(entry);
  converted.currency.clear();
  converted.number = converted.number.times(rate->rate);
  for (BreakdownPart& part : converted.breakdown) part.value = part.value.times(rate->rate);
  series_of(ind.id, entry.country).emplace_back(derivations_.emplace_back(Derivation{&converted, nullptr, rate}));
}

// One value per period where the count changes, with the count by type.
void Ledger::derive_counts(const Framework& fw, const Indicator& ind, const std::string& country,
                           const std::vector<const Entry*>& items) {
  std::vector<Period> points;
  for (const Entry* item : items) {
    points.push_back(item->period);
    if (item->ends && ind.accumulate == Accumulate::stock) points.push_back(following(*item->ends));
  }
  std::sort(points.begin(), points.end());
  points.erase(std::unique(points.begin(), points.end()), points.end());
  auto& values = series_of(ind.id, country);
  for (const Period& p : points) {
    Entry& count = derived_.emplace_back();
    std::vector<const Entry*>& counted = counted_items_.emplace_back();
    count.country = country;
    count.indicator = ind.id;
    count.period = p;
    for (const Entry* item : items) {
      if (!(ind.accumulate == Accumulate::stock ? open_in(*item, p) : item->period == p)) continue;
      counted.push_back(item);
      count.number += 1;
      add_parts(count.breakdown, item->breakdown);  // an item's types are parts of 1
      // The derived value is as recent as the latest item it counts.
      if (item->recorded > count.recorded)
        count.recorded = item->recorded, count.file = item->file, count.pos = item->pos;
    }
    std::sort(count.breakdown.begin(), count.breakdown.end(), [&](const BreakdownPart& a, const BreakdownPart& b) {
      return type_order(fw, ind, a) < type_order(fw, ind, b);
    });
    values.emplace_back(derivations_.emplace_back(Derivation{&count, &counted, nullptr}));
  }
}

const std::vector<const Entry*>& Ledger::items(std::string_view indicator, std::string_view country) const {
  static const std::vector<const Entry*> none;
  auto i = items_.find(indicator);
  if (i == items_.end()) return none;
  auto c = i->second.find(country);
  return c == i->second.end() ? none : c->second;
}

const std::vector<StandingValue>& Ledger::series(std::string_view indicator, std::string_view country) const {
  static const std::vector<StandingValue> none;
  auto i = by_indicator_.find(indicator);
  if (i == by_indicator_.end()) return none;
  auto c = i->second.find(country);
  return c == i->second.end() ? none : c->second;
}

std::vector<std::string> Ledger::countries(std::string_view indicator) const {
  std::vector<std::string> out;
  auto i = by_indicator_.find(indicator);
  if (i != by_indicator_.end())
    for (const auto& [country, values] : i->second) out.push_back(country);
  return out;
}

const StandingValue* Ledger::latest(std::string_view indicator, std::string_view country, const Period& at) const {
  const auto& values = series(indicator, country);
  // Values ending after `at` do not count yet.
  auto it = std::upper_bound(values.begin(), values.end(), at.end_time(),
                             [](double t, const StandingValue& v) { return t < v.period().end_time(); });
  return it == values.begin() ? nullptr : &*(it - 1);
}

}  // namespace ritrack
