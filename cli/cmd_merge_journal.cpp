// ritrack merge-journal: git's merge driver for journals, so that two
// branches that each recorded entries in the same journal merge cleanly.
#include <iostream>

#include "base/errors.h"
#include "base/translate.h"
#include "command.h"
#include "process.h"
#include "store/atomic_write.h"
#include "store/journal_merge.h"

namespace ritrack::cli {

static constexpr std::string_view kHelp =
    N_(R"(Merges a journal that two branches changed, for git (a merge driver): git
gives the common ancestor (BASE), our version (OURS, which receives the
result) and theirs. When both sides only appended entries, as record,
retract and import do, the result keeps every byte of the ancestor, then
the entries each side added in the order they were recorded, and a
recounted end marker: no conflict. Anything else (an edited line, a changed
end marker) is merged by 'git merge-file', which leaves the usual conflict
markers and exits 1.

Set it up once in a data repository (ritrack init does it):
  .gitattributes:  values/*.yaml merge=ritrack-journal
  git config merge.ritrack-journal.driver "ritrack merge-journal %O %A %B"

Example:
  ritrack merge-journal base.yaml ours.yaml theirs.yaml)");

namespace {

struct MergeArgs {
  std::string base, ours, theirs;
};

std::string read_or_throw(const std::string& path) {
  Diagnostics problems;
  auto text = read_file(path, problems);
  if (!text) throw IoError(problems.empty() ? trf("cannot read {}", path) : problems.front().message);
  return *text;
}

// git's own three-way merge, which writes conflict markers into `ours`.
ExitStatus git_merge_file(const MergeArgs& a) {
  auto status =
      run_program({"git", "merge-file", "-L", "ours", "-L", "base", "-L", "theirs", a.ours, a.base, a.theirs});
  if (!status) throw IoError(tr("cannot run 'git merge-file' to merge what is more than appended entries"));
  return *status == 0 ? ExitStatus::ok : ExitStatus::data_error;
}

ExitStatus merge(const MergeArgs& a) {
  std::string base = read_or_throw(a.base), ours = read_or_throw(a.ours), theirs = read_or_throw(a.theirs);
  auto merged = merge_appended_journals(base, ours, theirs);
  if (!merged) return git_merge_file(a);
  if (*merged != ours) write_file_atomically(a.ours, *merged);
  return ExitStatus::ok;
}

CommandRun setup(CLI::App& cmd) {
  auto a = std::make_shared<MergeArgs>();
  cmd.add_option("base", a->base, tr("The common ancestor (git's %O)"))->required();
  cmd.add_option("ours", a->ours, tr("Our version, which receives the result (git's %A)"))->required();
  cmd.add_option("theirs", a->theirs, tr("Their version (git's %B)"))->required();
  return [a](Session&) { return merge(*a); };
}

}  // namespace

// It writes the files git gives it, never the data directory.
extern const Command kMergeJournal{"merge-journal", N_("Merge a journal changed on two branches (git merge driver)"),
                                   kHelp,           Needs::nothing,
                                   Access::reads,   setup};

}  // namespace ritrack::cli
