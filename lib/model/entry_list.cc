#include "model/entry_list.h"

#include <algorithm>
#include <memory>
#include <string>

namespace ritrack {

void EntryList::add(Part part, bool standing) {
  if (part.size() == 0) return;
  const std::shared_ptr<const std::string>& file = part.file;
  auto same_journal = [&](const Part& other) { return !other.file || *other.file == *file; };
  all_standing_ = all_standing_ && standing && file && std::none_of(parts_.begin(), parts_.end(), same_journal);
  starts_.push_back(size_);
  size_ += part.size();
  parts_.push_back(std::move(part));
}

void EntryList::add_part(std::vector<Entry> entries, bool standing) {
  std::shared_ptr<const std::string> file = entries.empty() ? nullptr : entries.front().file;
  add(Part{std::move(entries), nullptr, std::move(file)}, standing);
}

void EntryList::add_encoded(std::shared_ptr<const EncodedEntries> entries) {
  if (!entries) return;
  std::shared_ptr<const std::string> file = entries->file();
  add(Part{{}, std::move(entries), std::move(file)}, true);
}

void EntryList::push_back(Entry entry) {
  all_standing_ = false;
  if (parts_.empty() || parts_.back().encoded) {
    starts_.push_back(size_);
    parts_.emplace_back();
  }
  parts_.back().decoded.push_back(std::move(entry));
  ++size_;
}

const Entry& EntryList::operator[](size_t i) const {
  size_t part = static_cast<size_t>(std::upper_bound(starts_.begin(), starts_.end(), i) - starts_.begin()) - 1;
  return parts_[part].at(i - starts_[part]);
}

std::vector<EntryList::PartView> EntryList::parts() const {
  std::vector<PartView> views;
  views.reserve(parts_.size());
  for (const Part& part : parts_) views.push_back({part.decoded, part.encoded.get()});
  return views;
}

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
