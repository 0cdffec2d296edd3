// Appending one entry to a file of appended entries under the data (a
// pledge register, an operational plan): under the file's lock, the file
// with the new entry is read by the same reader and rules as `check`, and
// written with an atomic write only when nothing is wrong. A refused entry
// leaves every file as it was.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <string_view>

#include "base/diagnostic.h"
#include "record/recorder.h"
#include "store/dataset.h"

namespace ritrack {

struct AppendedFile {
  std::string relative;  // under the data: "pledges/PER.yaml"
  std::string fresh;     // the text a new file starts as; empty: the file must exist
  std::function<void(std::string_view text, DiagnosticSink& sink)> read;  // as check reads it
};

// The file with `entry` appended, or nullopt when the file has errors or
// the entry breaks a rule; the reasons, and the entry's warnings, go to
// `out` (the entry's without a position: they are about the input).
std::optional<std::string> with_entry(const Dataset& data, const AppendedFile& file, const std::string& entry,
                                      Diagnostics& out);

// with_entry under the file's lock, then the atomic write. Throws IoError
// when the file cannot be locked, read or written.
bool append_entry(const Dataset& data, const AppendedFile& file, const std::string& entry, const AppendOptions& options,
                  Diagnostics& out);

}  // namespace ritrack
