#include "model/entry_list.h"

#include <algorithm>
#include <memory>
#include <string>

namespace ritrack {

void EntryList::add_part(std::vector<Entry> entries, bool standing) {
  if (entries.empty()) return;
  const std::shared_ptr<const std::string>& file = entries.front().file;
  auto same_journal = [&](const std::vector<Entry>& part) { return *part.front().file == *file; };
  all_standing_ = all_standing_ && standing && file && std::none_of(parts_.begin(), parts_.end(), same_journal);
  starts_.push_back(size_);
  size_ += entries.size();
  parts_.push_back(std::move(entries));
}

void EntryList::push_back(Entry entry) {
  all_standing_ = false;
  if (parts_.empty()) {
    starts_.push_back(0);
    parts_.emplace_back();
  }
  parts_.back().push_back(std::move(entry));
  ++size_;
}

const Entry& EntryList::operator[](size_t i) const {
  size_t part = static_cast<size_t>(std::upper_bound(starts_.begin(), starts_.end(), i) - starts_.begin()) - 1;
  return parts_[part][i - starts_[part]];
}

std::vector<std::span<const Entry>> EntryList::parts() const { return {parts_.begin(), parts_.end()}; }

EntryList::const_iterator& EntryList::const_iterator::operator++() {
  if (++index_ == (*parts_)[part_].size()) ++part_, index_ = 0;
  return *this;
}

EntryList::const_iterator& EntryList::const_iterator::operator--() {
  if (index_ == 0)
    index_ = (*parts_)[--part_].size() - 1;
  else
    --index_;
  return *this;
}

}  // namespace ritrack
