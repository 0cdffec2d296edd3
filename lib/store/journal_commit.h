// Several journals replaced together, all or none, whatever the moment of a
// crash (README, "Recording"). The writer holds every journal's lock, stages
// and fsyncs each new journal, then, under the commit lock:
//   1. writes values/.commit.intent naming each journal and its staged file
//      (atomically: the intent exists whole or not at all);
//   2. renames each staged file over its journal;
//   3. removes the intent.
// A crash before 1 leaves every journal old (the staged files are stale and
// the next writer of each journal removes them); after 1, the intent decides
// that every journal becomes new, and whoever next takes the commit lock (a
// writer, before it reads its journals, or any command that loads the data)
// renames the staged files that are still there and removes the intent.
#pragma once

#include <chrono>
#include <string>
#include <vector>

#include "store/atomic_write.h"

namespace ritrack {

inline constexpr const char* kCommitIntent = ".commit.intent";  // in values/
// The same files as paths in a data directory, for FileKind and FileLock.
inline constexpr const char* kCommitIntentFile = "values/.commit.intent";
inline constexpr const char* kCommitLockFile = "values/.commit.lock";

// Completes an interrupted commit in `values_dir`, if there is one. Call it
// holding the commit lock. Returns how many journals it put in place (0 when
// none was pending). Throws IoError, or std::runtime_error for an intent that
// is not ritrack's (it is then left alone).
size_t complete_interrupted_commit(const std::string& values_dir);

// Steps 1-3 above for `staged` (all in `values_dir`), holding the commit lock.
// `pause` waits between renames: a test hook that widens the window a kill
// must hit. Throws IoError; after step 1 the commit completes on recovery.
void commit_together(const std::string& values_dir, std::vector<StagedFile>& staged,
                     std::chrono::milliseconds pause = {});

}  // namespace ritrack
