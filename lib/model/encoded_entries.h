// A journal's entries held encoded, as the cache lays them out
// (store/journal_cache.h), and decoded one at a time when first read. The
// reports' ledger files each standing entry by its key alone and decodes
// only those a report reads: a million standing entries are not a million
// Entry objects (issue 18).
#pragma once

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "base/decimal.h"
#include "base/period.h"
#include "model/entry.h"

namespace ritrack {

// What the ledger files an entry by, read without decoding the entry: views
// of its encoded bytes, valid while they are held.
struct EntryKey {
  std::string_view country, indicator, item, unit, currency;
  Period period;
  Decimal number = 0;
  size_t parts = 0;  // of its breakdown
};

class EncodedEntries {
 public:
  // `size` entries of journal `file`.
  EncodedEntries(size_t size, std::shared_ptr<const std::string> file) : file_(std::move(file)), size_(size) {}
  virtual ~EncodedEntries() = default;
  EncodedEntries(const EncodedEntries&) = delete;
  EncodedEntries& operator=(const EncodedEntries&) = delete;

  size_t size() const { return size_; }
  // The journal's path, which its entries share.
  const std::shared_ptr<const std::string>& file() const { return file_; }
  // Entry `i`'s key (i < size()).
  virtual EntryKey key(size_t i) const = 0;
  // Adds entry `i`'s breakdown into `sum` (add_parts), without decoding it.
  virtual void add_breakdown(size_t i, std::vector<BreakdownPart>& sum) const = 0;
  // Entry `i`, decoded on first use and kept, so that it is the same object
  // every time. Not safe from two threads at once: a report reads on one.
  const Entry& at(size_t i) const {
    if (auto it = decoded_.find(i); it != decoded_.end()) return it->second;
    return decoded_.emplace(i, decode(i)).first->second;
  }

 protected:
  // The bytes were checked when they were taken: decoding cannot fail,
  // unless another program writes into a file they are read back from
  // (IoError).
  virtual Entry decode(size_t i) const = 0;

 private:
  std::shared_ptr<const std::string> file_;
  size_t size_;
  // Few of a part's entries are read (a report's latest values): by index,
  // nodes, so that an entry read stays where it is.
  mutable std::unordered_map<size_t, const Entry> decoded_;
};

}  // namespace ritrack
