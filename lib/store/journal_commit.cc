#include "store/journal_commit.h"

#include <unistd.h>
#include <cerrno>
#include <cstdio>
#include <filesystem>
#include <sstream>
#include <stdexcept>
#include <thread>

#include <fmt/format.h>

#include "base/errors.h"
#include "base/file_system.h"
#include "base/translate.h"

namespace ritrack {

namespace {

constexpr std::string_view kForwardHeader = "# ritrack: commit of several journals; each line: JOURNAL STAGED";
constexpr std::string_view kRollbackHeader =
    "# ritrack: rollback of a commit of several journals; each line: JOURNAL BACKUP";
constexpr std::string_view kNoBackup = "-";  // the journal is new: undoing the commit removes it

std::string in_dir(const std::string& dir, const std::string& name) { return dir + "/" + name; }

// A plain file name beside the journal, never a path that could reach
// outside the directory: "PER.yaml.tmp.…" for staged files and backups.
bool is_beside(std::string_view journal, std::string_view name) {
  return !name.empty() && name.find('/') == std::string_view::npos && name.starts_with(std::string(journal) + ".tmp.");
}

bool is_journal_name(std::string_view n) {
  return !n.empty() && n.find('/') == std::string_view::npos && n != "." && n != ".." && n.ends_with(".yaml");
}

std::string file_name(const std::string& path) { return std::filesystem::path(path).filename().string(); }

struct IntentLine {
  std::string journal, other;  // forward: the staged file; rollback: the backup or "-"
};

// The intent's lines, or std::runtime_error (the intent is then left alone).
std::vector<IntentLine> parse_intent(const std::string& intent, std::string_view text, bool* rollback) {
  std::istringstream in{std::string(text)};
  std::string header;
  std::getline(in, header);
  if (header != kForwardHeader && header != kRollbackHeader)
    throw std::runtime_error(trf("{} is not a ritrack commit intent; it was left alone", intent));
  *rollback = header == kRollbackHeader;
  std::vector<IntentLine> lines;
  for (std::string line; std::getline(in, line);) {
    std::istringstream words(line);
    IntentLine l;
    std::string extra;
    bool well_formed = (words >> l.journal >> l.other) && !(words >> extra) && is_journal_name(l.journal) &&
                       (is_beside(l.journal, l.other) || (*rollback && l.other == kNoBackup));
    if (!well_formed) throw std::runtime_error(trf("{} has a malformed line '{}'; it was left alone", intent, line));
    lines.push_back(std::move(l));
  }
  return lines;
}

// rename, where ENOENT means it was done before an interruption.
bool move_if_there(const std::string& from, const std::string& to, const std::string& what) {
  if (::rename(from.c_str(), to.c_str()) == 0) return true;
  if (errno != ENOENT) throw_io_error(what, to);
  return false;
}

void remove_intent(const std::string& values_dir) {
  std::string intent = in_dir(values_dir, kCommitIntent);
  sync_directory(values_dir);
  if (::remove(intent.c_str()) != 0) throw_io_error(tr("remove"), intent);
  sync_directory(values_dir);
}

// Puts each journal back as it was: its backup renamed over it, or removed
// when it is new. Safe to repeat after an interruption.
void roll_back(const std::string& values_dir, const std::vector<IntentLine>& lines) {
  for (const IntentLine& l : lines) {
    std::string journal = in_dir(values_dir, l.journal);
    if (l.other == kNoBackup) {
      if (::unlink(journal.c_str()) != 0 && errno != ENOENT) throw_io_error(tr("remove"), journal);
    } else {
      move_if_there(in_dir(values_dir, l.other), journal, tr("undo the commit of"));
    }
  }
  remove_intent(values_dir);
}

std::string intent_text(std::string_view header, const std::vector<IntentLine>& lines) {
  std::string text = std::string(header) + "\n";
  for (const IntentLine& l : lines) text += fmt::format("{} {}\n", l.journal, l.other);
  return text;
}

}  // namespace

size_t complete_interrupted_commit(const std::string& values_dir) {
  std::string intent = in_dir(values_dir, kCommitIntent);
  // Read like any data file: a link or a pipe committed in its place is refused.
  if (disk().kind_in(values_dir, kCommitIntent) == FileKind::missing) return 0;
  std::string why;
  auto text = disk().read_in(values_dir, kCommitIntent, &why);
  if (!text) throw std::runtime_error(trf("cannot read {}: {}", intent, why));
  bool rollback = false;
  std::vector<IntentLine> lines = parse_intent(intent, *text, &rollback);
  if (rollback) {
    roll_back(values_dir, lines);
    return 0;
  }
  size_t completed = 0;
  for (const IntentLine& l : lines)
    completed += move_if_there(in_dir(values_dir, l.other), in_dir(values_dir, l.journal),
                               tr("complete the interrupted commit of"));
  remove_intent(values_dir);
  return completed;
}

void commit_together(const std::string& values_dir, std::vector<StagedFile>& staged, std::chrono::milliseconds pause) {
  // A second name for each journal as it is, so that a commit that fails
  // part-way (a rename refused) can be undone instead of left half done.
  std::vector<IntentLine> forward, backward;
  bool can_undo = true;
  for (const StagedFile& f : staged) {
    std::string journal = file_name(f.target());
    forward.push_back({journal, file_name(f.temp())});
    std::string backup = fmt::format("{}.tmp.old-{}", journal, ::getpid());
    std::string backup_path = in_dir(values_dir, backup);
    ::unlink(backup_path.c_str());  // a stale one from a killed writer with the same pid
    if (::link(f.target().c_str(), backup_path.c_str()) == 0) {
      backward.push_back({journal, backup});
    } else if (errno == ENOENT) {
      backward.push_back({journal, std::string(kNoBackup)});
    } else {
      can_undo = false;  // a file system without hard links: the commit can only go forward
    }
  }
  auto remove_backups = [&] {
    for (const IntentLine& l : backward)
      if (l.other != kNoBackup) ::unlink(in_dir(values_dir, l.other).c_str());
  };
  // From here on the staged files belong to the intent: an error leaves them
  // for recovery instead of removing them.
  for (StagedFile& f : staged) f.keep();
  write_file_atomically(in_dir(values_dir, kCommitIntent), intent_text(kForwardHeader, forward));
  for (size_t i = 0; i < staged.size(); ++i) {
    if (i > 0 && pause.count() > 0) std::this_thread::sleep_for(pause);
    if (::rename(staged[i].temp().c_str(), staged[i].target().c_str()) == 0) continue;
    int saved = errno;
    if (!can_undo) throw_io_error(tr("replace"), staged[i].target());
    // The intent turns into its undoing (atomically: a crash from here on
    // rolls back), the replaced journals get their backups back.
    std::vector<IntentLine> replaced(backward.begin(), backward.begin() + static_cast<ptrdiff_t>(i));
    write_file_atomically(in_dir(values_dir, kCommitIntent), intent_text(kRollbackHeader, replaced));
    roll_back(values_dir, replaced);
    for (size_t k = i; k < staged.size(); ++k) ::unlink(staged[k].temp().c_str());
    remove_backups();
    throw IoError(trf("cannot replace {}: {}; no journal was changed", staged[i].target(), os_reason(saved)));
  }
  remove_intent(values_dir);
  remove_backups();
}

}  // namespace ritrack
