// What a report rests on, stated on every report: when and by which version
// of ritrack it was made, from which data (and, in a git checkout, which
// commit, and whether the tree had uncommitted changes), as of when and by
// which method, and the sources of the figures it shows.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "base/lang.h"
#include "base/period.h"
#include "compute/methodology.h"
#include "output/document.h"
#include "output/json_writer.h"

namespace ritrack {

struct DataCommit {
  std::string commit;  // the full hash of HEAD
  bool dirty = false;  // the data had uncommitted changes (or files git does not track)
};

struct Provenance {
  std::string generated;          // UTC, "2026-11-22T10:00:00Z"
  std::string version;            // ritrack's, "0.1.0"
  std::string data_dir;           // the data directory as the user named it
  std::optional<DataCommit> git;  // when the data is in a git checkout and git is there to say
  std::optional<Period> as_of;    // reports on a quarter or year
  std::optional<Method> method;   // reports that assess progress
  bool illustrative = false;      // framework.yaml declares the data illustrative
  std::vector<std::string> sources;
};

// The footer of `doc`: "About this report" with each field, then the
// sources, numbered.
void add_provenance(Document& doc, const Provenance& p, Lang lang);

// "provenance": {generated, ritrack_version, data_dir, git: {commit, dirty}
// or null, as_of, method, illustrative, sources: [...]}, as a member of the
// object being written.
void write_provenance(JsonWriter& json, const Provenance& p);

}  // namespace ritrack
