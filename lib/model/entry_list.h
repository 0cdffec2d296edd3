// Entries in recording order, held journal by journal: one vector per
// journal as its worker read it, never merged into one. A merge would hold
// every entry twice at its peak (issue 18: at a million entries, that
// doubled the memory of every report). A part is either decoded, or held
// encoded (model/encoded_entries.h), its entries decoded as they are read.
#pragma once

#include <cstddef>
#include <iterator>
#include <memory>
#include <span>
#include <string>
#include <vector>

#include "model/encoded_entries.h"
#include "model/entry.h"

namespace ritrack {

class EntryList {
 public:
  EntryList() = default;
  explicit EntryList(std::vector<Entry> entries) { add_part(std::move(entries)); }

  // Adds a journal's entries after the others; `standing`: only those that
  // stand (model/standing.h).
  void add_part(std::vector<Entry> entries, bool standing = false);
  // Adds the entries that stand in a journal, held encoded.
  void add_encoded(std::shared_ptr<const EncodedEntries> entries);
  // Adds one entry after the others.
  void push_back(Entry entry);
  // Whether every entry stands, so that the ledger need not work it out
  // again: every part was added as standing, each from a journal of its own
  // (a journal holds one country's entries, so no subject spans two parts;
  // a journal added twice, or entries of no journal, clear it).
  bool all_standing() const { return all_standing_; }

  size_t size() const { return size_; }
  bool empty() const { return size_ == 0; }
  // The `i`th entry in recording order.
  const Entry& operator[](size_t i) const;
  // A run of entries in recording order: decoded, or else held encoded.
  struct PartView {
    std::span<const Entry> decoded;
    const EncodedEntries* encoded = nullptr;
  };
  std::vector<PartView> parts() const;

  class const_iterator;

 private:
  struct Part {
    std::vector<Entry> decoded;
    std::shared_ptr<const EncodedEntries> encoded;  // when not decoded
    std::shared_ptr<const std::string> file;        // the journal, when known
    size_t size() const { return encoded ? encoded->size() : decoded.size(); }
    const Entry& at(size_t i) const { return encoded ? encoded->at(i) : decoded[i]; }
  };
  // Adds `part`, which holds entries; `standing`: only those that stand.
  void add(Part part, bool standing);

 public:
  class const_iterator {
   public:
    using iterator_category = std::bidirectional_iterator_tag;
    using value_type = Entry;
    using difference_type = std::ptrdiff_t;
    using pointer = const Entry*;
    using reference = const Entry&;
    const_iterator() = default;
    reference operator*() const { return (*parts_)[part_].at(index_); }
    pointer operator->() const { return &**this; }
    const_iterator& operator++();
    const_iterator operator++(int) {
      const_iterator old = *this;
      ++*this;
      return old;
    }
    const_iterator& operator--();
    const_iterator operator--(int) {
      const_iterator old = *this;
      --*this;
      return old;
    }
    bool operator==(const const_iterator& o) const { return part_ == o.part_ && index_ == o.index_; }

   private:
    friend class EntryList;
    const_iterator(const std::vector<Part>* parts, size_t part, size_t index)
        : parts_(parts), part_(part), index_(index) {}
    const std::vector<Part>* parts_ = nullptr;
    size_t part_ = 0, index_ = 0;  // the end: part_ == parts_->size()
  };
  using const_reverse_iterator = std::reverse_iterator<const_iterator>;

  const_iterator begin() const { return {&parts_, 0, 0}; }
  const_iterator end() const { return {&parts_, parts_.size(), 0}; }
  const_reverse_iterator rbegin() const { return const_reverse_iterator(end()); }
  const_reverse_iterator rend() const { return const_reverse_iterator(begin()); }

 private:
  std::vector<Part> parts_;     // none empty
  std::vector<size_t> starts_;  // of each part, in recording order
  size_t size_ = 0;
  bool all_standing_ = true;
};

}  // namespace ritrack
