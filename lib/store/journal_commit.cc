#include "store/journal_commit.h"

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

constexpr std::string_view kIntentHeader = "# ritrack: commit of several journals; each line: JOURNAL STAGED";

std::string in_dir(const std::string& dir, const std::string& name) { return dir + "/" + name; }

// A journal's file name and the staged file beside it: plain names, never a
// path that could reach outside the directory.
bool is_intent_line(std::string_view journal, std::string_view staged) {
  auto plain = [](std::string_view n) {
    return !n.empty() && n.find('/') == std::string_view::npos && n != "." && n != "..";
  };
  return plain(journal) && plain(staged) && journal.ends_with(".yaml") &&
         staged.starts_with(std::string(journal) + ".tmp.");
}

std::string file_name(const std::string& path) { return std::filesystem::path(path).filename().string(); }

}  // namespace

size_t complete_interrupted_commit(const std::string& values_dir) {
  std::string intent = in_dir(values_dir, kCommitIntent);
  // Read like any data file: a link or a pipe committed in its place is refused.
  FileKind kind = disk().kind_in(values_dir, kCommitIntent);
  if (kind == FileKind::missing) return 0;
  std::string why;
  auto text = disk().read_in(values_dir, kCommitIntent, &why);
  if (!text) throw std::runtime_error(trf("cannot read {}: {}", intent, why));
  std::istringstream in(*text);
  std::string header;
  std::getline(in, header);
  if (header != kIntentHeader)
    throw std::runtime_error(trf("{} is not a ritrack commit intent; it was left alone", intent));
  std::vector<std::pair<std::string, std::string>> moves;
  for (std::string line; std::getline(in, line);) {
    std::istringstream words(line);
    std::string journal, staged, extra;
    if (!(words >> journal >> staged) || (words >> extra) || !is_intent_line(journal, staged))
      throw std::runtime_error(trf("{} has a malformed line '{}'; it was left alone", intent, line));
    moves.emplace_back(journal, staged);
  }
  size_t completed = 0;
  for (const auto& [journal, staged] : moves) {
    std::string from = in_dir(values_dir, staged);
    if (::rename(from.c_str(), in_dir(values_dir, journal).c_str()) == 0)
      ++completed;
    else if (errno != ENOENT)
      throw_io_error(tr("complete the interrupted commit of"), in_dir(values_dir, journal));
    // ENOENT: renamed before the interruption.
  }
  sync_directory(values_dir);
  if (::remove(intent.c_str()) != 0) throw_io_error(tr("remove"), intent);
  sync_directory(values_dir);
  return completed;
}

void commit_together(const std::string& values_dir, std::vector<StagedFile>& staged, std::chrono::milliseconds pause) {
  std::string text = std::string(kIntentHeader) + "\n";
  for (const StagedFile& f : staged) text += fmt::format("{} {}\n", file_name(f.target()), file_name(f.temp()));
  // From here on the staged files belong to the intent: an error leaves them
  // for recovery instead of removing them.
  for (StagedFile& f : staged) f.keep();
  write_file_atomically(in_dir(values_dir, kCommitIntent), text);
  for (size_t i = 0; i < staged.size(); ++i) {
    if (i > 0 && pause.count() > 0) std::this_thread::sleep_for(pause);
    if (::rename(staged[i].temp().c_str(), staged[i].target().c_str()) != 0)
      throw_io_error(tr("replace"), staged[i].target());
  }
  sync_directory(values_dir);
  std::string intent = in_dir(values_dir, kCommitIntent);
  if (::remove(intent.c_str()) != 0) throw_io_error(tr("remove"), intent);
  sync_directory(values_dir);
}

}  // namespace ritrack
