#include "context.h"

#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <set>

#include <fmt/format.h>

#include <pwd.h>
#include <unistd.h>

#include "base/errors.h"
#include "base/escape.h"
#include "base/translate.h"
#include "output/diagnostic_format.h"
#include "process.h"
#include "record/recorder.h"
#include "store/report_file.h"

namespace ritrack::cli {

void add_global_options(CLI::App& app, GlobalOptions& options) {
  app.add_option("--data", options.data, tr("Data directory (default: $RITRACK_DATA, ./data, installed data)"));
  app.add_option(
      "--lang", options.lang,
      tr("Language: fr, es, en or pt (default: $RITRACK_LANG, $LC_ALL, $LC_MESSAGES, $LANGUAGE, $LANG, en)"));
  app.add_option("--wait", options.wait,
                 trf("Seconds to wait for another writer's lock (default {})", kDefaultLockWait.count()));
  app.add_flag("--no-cache", options.no_cache,
               tr("Read every journal from its file, neither using nor filling the cache (also "
                  "$RITRACK_NO_CACHE=1)"));
}

namespace {

// The data directory loaded by this run: -o may not write into it.
std::string g_data_in_use;  // NOLINT(cppcoreguidelines-avoid-non-const-global-variables)
// Whether this run has written anything, to stdout or a file.
bool g_output_written = false;  // NOLINT(cppcoreguidelines-avoid-non-const-global-variables)

std::string env(const char* name) {
  const char* v = std::getenv(name);
  return v ? v : "";
}

}  // namespace

Lang resolve_lang(const std::string& lang_option) {
  if (!lang_option.empty()) {
    if (auto l = parse_lang(lang_option)) return *l;
    throw UsageError(trf("unknown language '{}' (use fr, es, en or pt)", terminal_safe(lang_option)));
  }
  if (auto l = parse_lang(env("RITRACK_LANG"))) return *l;
  // The POSIX order, with GNU's $LANGUAGE (a list: "es:fr") before $LANG; a
  // variable that names none of the four languages ("C", "de_DE") is passed over.
  for (const char* name : {"LC_ALL", "LC_MESSAGES", "LANGUAGE", "LANG"}) {
    std::string value = env(name);
    for (size_t start = 0; start <= value.size();) {
      size_t end = std::min(value.find(':', start), value.size());
      if (auto l = lang_from_locale(std::string_view(value).substr(start, end - start))) return *l;
      start = end + 1;
    }
  }
  return Lang::en;
}

namespace {

// `relative` under the prefix the binary was installed to (its folder's
// parent), so that an install anywhere (--prefix ~/.local) finds its files;
// else where the build said they would be.
std::string beside_binary(const std::filesystem::path& relative, const std::string& configured) {
  std::error_code ec;
  std::filesystem::path exe = std::filesystem::read_symlink("/proc/self/exe", ec);
  if (ec) return configured;
  std::filesystem::path here = exe.parent_path().parent_path() / relative;
  return std::filesystem::exists(here, ec) ? here.string() : configured;
}

std::string installed_data_dir() { return beside_binary("share/ritrack/data", RITRACK_INSTALLED_DATA); }

void resolve_data_dir(const GlobalOptions& options, RunContext& c) {
  std::error_code ec;
  if (!options.data.empty()) {
    c.data_dir = options.data;
    c.data_source = DataSource::option;
  } else if (std::string d = env("RITRACK_DATA"); !d.empty()) {
    c.data_dir = d;
    c.data_source = DataSource::environment;
  } else if (std::filesystem::is_directory("data", ec)) {
    c.data_dir = "data";
    c.data_source = DataSource::working_directory;
  } else {
    c.data_dir = installed_data_dir();
    c.data_source = DataSource::installed;
  }
}

Period current_quarter() {
  std::string pinned = env("RITRACK_TODAY");
  int year = 0, month = 0, day = 0;
  if (!pinned.empty()) {
    if (std::sscanf(pinned.c_str(), "%4d-%2d-%2d", &year, &month, &day) != 3 || month < 1 || month > 12)
      throw UsageError(trf("RITRACK_TODAY '{}' is not a date like 2026-11-22", pinned));
    return quarter_of(year, month);
  }
  std::time_t now = std::time(nullptr);
  std::tm utc{};
  gmtime_r(&now, &utc);
  return quarter_of(utc.tm_year + 1900, utc.tm_mon + 1);
}

// Prints the problems of a load and throws DataError when there are errors.
// Warnings alone are counted in one line: 'check' is where they are listed.
void refuse_on_errors(Diagnostics& diagnostics, const std::string& dir) {
  sort_diagnostics(diagnostics);
  ExitStatus status = exit_status_for(diagnostics);
  if (status != ExitStatus::ok) {
    print_diagnostics(diagnostics);
    throw DataError(trf("the data in {} has errors; run 'ritrack check' for the list", dir), status);
  }
  // Said once: a command run again over a damaged cache file (cli/main.cpp)
  // loads the same data again.
  static std::set<std::string> said;
  std::string warning = trf("warning: the data in {} has {}; run 'ritrack check' for the list\n", dir,
                            trnf("{} warning", "{} warnings", diagnostics.size()));
  if (!diagnostics.empty() && said.insert(warning).second) std::cerr << warning;
}

}  // namespace

std::string catalog_dir() {
  // The build tree has share/locale beside the binary's folder too.
  return beside_binary("share/locale", RITRACK_INSTALLED_LOCALE);
}

namespace {

// $XDG_CACHE_HOME/ritrack, else ~/.cache/ritrack (the XDG base directory
// rule: a relative $XDG_CACHE_HOME is ignored); empty when bypassed.
std::string cache_folder(bool no_cache) {
  std::string off = env("RITRACK_NO_CACHE");
  if (no_cache || (!off.empty() && off != "0")) return {};
  if (std::string xdg = env("XDG_CACHE_HOME"); xdg.starts_with('/')) return xdg + "/ritrack";
  if (std::string home = env("HOME"); home.starts_with('/')) return home + "/.cache/ritrack";
  return {};
}

}  // namespace

RunContext resolve_context(const GlobalOptions& options) {
  RunContext c;
  c.lang = resolve_lang(options.lang);
  c.today = current_quarter();
  resolve_data_dir(options, c);
  std::string pinned = env("RITRACK_NOW");
  c.now = pinned.empty() ? utc_now() : pinned;
  c.clock_pinned = !pinned.empty();  // make_entry checks its shape like any other
  c.lock_wait = std::chrono::seconds(options.wait);
  c.commit_pause = std::chrono::milliseconds(std::atoi(env("RITRACK_TEST_COMMIT_PAUSE_MS").c_str()));
  c.cache = cache_folder(options.no_cache);
  return c;
}

LoadOptions load_options(const RunContext& context, std::optional<std::vector<std::string>> journals) {
  LoadOptions o{context.today, std::move(journals)};
  o.cache = context.cache;
  return o;
}

AppendOptions append_options(const RunContext& context, const std::string& by) {
  return AppendOptions{lock_holder(by), context.lock_wait, context.today, context.commit_pause, context.cache};
}

void refuse_installed_data(const RunContext& context) {
  if (context.data_source == DataSource::installed)
    throw IoError(
        trf("the installed data in {} is read-only: work in a data repository of your own (a copy of "
            "it, or a clone of your team's) and pass --data DIR or set RITRACK_DATA",
            context.data_dir));
}

Dataset load_for(const Command& command, const RunContext& context) {
  if (command.needs == Needs::nothing) return Dataset{};
  std::error_code ec;
  if (!std::filesystem::is_directory(context.data_dir, ec)) {
    if (context.data_source == DataSource::installed)
      throw IoError(
          trf("no data found: no ./data here, and no installed data in {}; pass --data DIR or set "
              "RITRACK_DATA",
              context.data_dir));
    throw IoError(
        trf("no data found in '{}': it is not a directory; pass --data DIR or set RITRACK_DATA", context.data_dir));
  }
  if (command.access == Access::writes) refuse_installed_data(context);
  Diagnostics diagnostics;
  std::optional<std::vector<std::string>> journals;
  if (command.needs != Needs::standing_values) journals.emplace();  // the command loads its own
  LoadOptions options = load_options(context, std::move(journals));
  if (command.needs == Needs::standing_values) options.keep = Keep::standing_encoded;
  Dataset data = load_dataset(context.data_dir, options, diagnostics);
  g_data_in_use = data.dir;
  refuse_on_errors(diagnostics, data.dir);
  return data;
}

void Session::load_journals(const std::vector<std::string>& codes, Keep keep) {
  Diagnostics diagnostics;
  std::vector<std::string> listed;
  for (const std::string& code : codes)
    if (is_journal_code(data.countries, code) && disk().kind_in(data.dir, journal_file(code)) != FileKind::missing)
      listed.push_back(code);
  LoadOptions options = load_options(context);
  options.keep = keep;
  ritrack::load_journals(data, listed, options, diagnostics);
  refuse_on_errors(diagnostics, data.dir);
}

void Session::load_all_journals() {
  Diagnostics diagnostics;
  std::vector<std::string> codes = journal_codes(disk(), data.dir, data.countries, diagnostics);
  ritrack::load_journals(data, codes, load_options(context), diagnostics);
  refuse_on_errors(diagnostics, data.dir);
}

std::string recorded_by(const std::string& by_option) {
  if (!by_option.empty()) return by_option;
  if (auto name = program_output({"git", "config", "--get", "user.name"})) {
    name->erase(name->find_last_not_of("\r\n") + 1);
    if (!name->empty()) return *name;
  }
  if (const char* user = std::getenv("USER"); user && *user) return user;
  if (const passwd* pw = ::getpwuid(::getuid())) return pw->pw_name;
  return "unknown";
}

std::string lock_holder(const std::string& by) {
  return fmt::format("pid {} ({}) since {}", ::getpid(), by, utc_now());
}

void say_nothing_recorded() { std::cerr << tr("Nothing recorded.") << "\n"; }

ExitStatus append_and_say(Session& session, const AppendedKind& kind, const std::string& name, const std::string& entry,
                          const std::string& by, bool warned) {
  refuse_installed_data(session.context);
  Diagnostics problems;
  AppendOptions options = append_options(session.context, by);
  bool done = kind.append(session.data, name, entry, options, problems);
  if (warned) std::erase_if(problems, [](const Diagnostic& d) { return d.severity != Severity::error; });
  print_diagnostics(problems);
  if (!done) throw DataError(tr("nothing was written"), ExitStatus::data_error);
  std::string relative = fmt::format("{}/{}.yaml", kind.folder, name);
  std::cout << trf("Recorded in {}", data_path(session.data.dir, relative)) << "\n";
  return ExitStatus::ok;
}

void print_diagnostics(const Diagnostics& diagnostics) {
  SourceLines sources;
  for (const Diagnostic& d : diagnostics) std::cerr << format_diagnostic_text(d, sources);
}

std::optional<Period> period_option(const std::string& text, std::string_view option) {
  if (text.empty()) return std::nullopt;
  std::string why;
  auto period = parse_period(text, &why);
  if (!period) throw UsageError(trf("{} '{}' is not a period: {}", option, terminal_safe(text), why));
  return period;
}

bool output_written() { return g_output_written; }

void write_output(const std::string& text, const std::string& path) {
  g_output_written = true;
  if (path.empty() || path == "-") {
    std::cout << text << std::flush;
    return;
  }
  write_report_file(path, text, g_data_in_use);
}

void create_output_folder(const std::string& dir) {
  std::error_code error;
  std::filesystem::create_directories(dir, error);
  if (error) throw IoError(trf("cannot create {}: {}", terminal_safe(dir), os_reason(error.value())));
}

Date today_of(const RunContext& context) {
  auto d = parse_date(std::string_view(context.now).substr(0, 10));
  if (!d) throw UsageError(trf("the clock says '{}', which is not a date", terminal_safe(context.now)));
  return *d;
}

}  // namespace ritrack::cli
