// Adding pledges and their progress updates to a register
// (data/pledges/<NAME>.yaml): the new entry is checked by the same reader
// and rules as `check`, with the register as it is now, under the
// register's lock; then appended with an atomic write. Nothing is written
// when anything is wrong.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "record/recorder.h"
#include "store/dataset.h"

namespace ritrack {

// A pledge as typed: text, unchecked (the register's rules check it).
struct PledgeInput {
  std::string register_name;  // the file; default: the stakeholder's country
  std::string id, type, name, country, year;
  std::string title, implementation, contribution;
  std::vector<std::string> channels;
  std::string hashtag, moments, deadline;
  std::string measure, baseline, target, indicator;  // measure: what is counted
  std::string resources, source, by, recorded;
};

struct PledgeUpdateInput {
  std::string id, date, status, value, note, source, by, recorded;
};

// The entry as the register holds it (YAML under `entries:`).
std::string format_pledge(const PledgeInput& p);
std::string format_pledge_update(const PledgeUpdateInput& u);

// The register holding pledge `id` in `data`, or nullopt.
std::optional<std::string> register_of(const Dataset& data, const std::string& id);

// Whether register `name` would take `entry` as it is now (no lock, nothing
// written): the reasons it would not, and the entry's warnings, in `out`.
// For showing a problem before asking to confirm; append_to_register checks
// again under the lock.
bool check_register_entry(const Dataset& data, const std::string& name, const std::string& entry, Diagnostics& out);

// Appends `entry` (format_pledge's or format_pledge_update's text) to
// register `name` of `data.dir`, creating it when new. Returns false with
// the reasons in `out` (the entry's problems without a position: they are
// about the input) and leaves every file as it was. Throws IoError when the
// register cannot be locked, read or written.
bool append_to_register(const Dataset& data, const std::string& name, const std::string& entry,
                        const AppendOptions& options, Diagnostics& out);

}  // namespace ritrack
