// ritrack init: a data repository in one command, ready for git, CI and
// the focal points who record into it.
#include <filesystem>
#include <iostream>

#include <fmt/format.h>

#include "base/errors.h"
#include "base/translate.h"
#include "command.h"
#include "process.h"
#include "store/atomic_write.h"

namespace ritrack::cli {

static constexpr std::string_view kHelp =
    N_(R"(Creates a data repository in DIR (a new or empty directory): the framework,
the countries and the exchange rates copied from the data in use (--data,
else the installed data), an empty values/ for the journals, a README for
focal points in Spanish, Portuguese, French and English (how to record, how
to propose a change), a .gitattributes that registers the journals' merge
driver, a .gitignore for ritrack's lock files, a GitHub Actions workflow
that runs 'ritrack check --format github' on every push and pull request,
and a .pre-commit-hooks.yaml for pre-commit users. Where git is installed
it runs 'git init' and configures the merge driver in the new repository;
git is not required.

Examples:
  ritrack init peru-data
  ritrack init peru-data --no-git)");

namespace {

struct InitArgs {
  std::string dir;
  bool no_git = false;
};

// The README's text, one section per language, Spanish first: most focal
// points record in Spanish.
std::string focal_point_readme(const std::string& name) {
  static constexpr std::string_view kBody =
      N_("This repository holds the values of the results framework, recorded by\n"
         "each country's focal points with ritrack.\n"
         "\n"
         "To record a value, in a clone of this repository:\n"
         "\n"
         "    ritrack --data . record\n"
         "\n"
         "ritrack asks, in your language (--lang), for the country, the indicator,\n"
         "the period, the value and its source, and writes values/COUNTRY.yaml.\n"
         "Then commit, push and open a pull request:\n"
         "\n"
         "    git add values && git commit -m \"PER: values for 2019-Q2\" && git push\n"
         "\n"
         "CI runs 'ritrack check' on every pull request; the technical secretariat\n"
         "merges it and prints the quarterly report.\n"
         "\n"
         "To propose a change to the framework or to the list of countries, edit\n"
         "framework.yaml or countries.yaml on a branch and open a pull request that\n"
         "says why; 'ritrack check' must pass.\n"
         "\n"
         "Once in each clone, let git merge journals that two people appended to:\n"
         "\n"
         "    git config merge.ritrack-journal.driver \"ritrack merge-journal %O %A %B\"\n");
  std::string out = fmt::format("# {}\n", name);
  for (Lang lang : {Lang::es, Lang::pt, Lang::fr, Lang::en})
    out += fmt::format("\n## {}\n\n{}", lang_autonym(lang), tr(kBody, lang));
  return out;
}

// The man pages and catalogs are targets of their own: cmake --install
// needs them built too (.ci/quickstart-chroot runs these steps).
constexpr std::string_view kWorkflow =
    R"(# Runs 'ritrack check' on every push and pull request (written by 'ritrack init').
name: check
on: [push, pull_request]
jobs:
  check:
    runs-on: ubuntu-latest
    container: debian:12
    env:
      RITRACK_GIT: https://github.com/ritrack/ritrack
    steps:
      - uses: actions/checkout@v4
      - name: Install ritrack
        run: |
          apt-get update -q
          apt-get install -y -q --no-install-recommends ca-certificates git cmake make g++ pkg-config \
            gettext libedit-dev libcli11-dev libyaml-cpp-dev libyaml-dev libfmt-dev doctest-dev rapidjson-dev libxml2-dev
          git clone --depth 1 "$RITRACK_GIT" /tmp/ritrack
          cmake -S /tmp/ritrack -B /tmp/ritrack/build -DCMAKE_BUILD_TYPE=Release
          cmake --build /tmp/ritrack/build --target ritrack ritrack_man ritrack_catalogs -j 2
          cmake --install /tmp/ritrack/build
      - name: Check the data
        run: ritrack --data . check --format github
)";

constexpr std::string_view kPreCommitHooks =
    R"(# For pre-commit (https://pre-commit.com): 'ritrack check' before each commit.
- id: ritrack-check
  name: ritrack check
  entry: ritrack --data . check
  language: system
  pass_filenames: false
  files: '\.yaml$'
)";

ExitStatus init(Session& session, const InitArgs& a) {
  namespace fs = std::filesystem;
  std::error_code ec;
  if (fs::exists(a.dir, ec) && !(fs::is_directory(a.dir, ec) && fs::is_empty(a.dir, ec)))
    throw UsageError(trf("{} already exists and is not an empty directory: init makes a new data repository", a.dir));
  const std::string& from = session.context.data_dir;
  std::vector<std::pair<std::string, std::string>> files;  // path in the repository, content
  for (const char* name : kModelFiles) {
    if (disk().kind_in(from, name) == FileKind::missing) continue;
    Diagnostics problems;
    auto text = read_data_file(disk(), from, name, problems);  // as the data is read: no link followed
    if (!text) throw IoError(problems.front().message);
    files.emplace_back(name, *text);
  }
  files.emplace_back("values/.gitkeep", "");
  files.emplace_back("README.md", focal_point_readme(session.data.framework.name.in(session.context.lang)));
  files.emplace_back(".gitattributes",
                     "# Journals appended on two branches merge without conflict (ritrack merge-journal).\n"
                     "values/*.yaml merge=ritrack-journal\n");
  files.emplace_back(".gitignore",
                     "# ritrack's lock files, staged writes and commit intents: never committed.\n"
                     "values/.*.lock\nvalues/*.tmp.*\nvalues/.commit.intent\n");
  files.emplace_back(".github/workflows/check.yml", std::string(kWorkflow));
  files.emplace_back(".pre-commit-hooks.yaml", std::string(kPreCommitHooks));
  for (const auto& [path, content] : files) {
    fs::path target = fs::path(a.dir) / path;
    fs::create_directories(target.parent_path(), ec);
    if (ec) throw_io_error(tr("cannot create the directory"), target.parent_path().string());
    write_file_atomically(target.string(), content);
  }
  std::cout << trf("Created a data repository in {}:", a.dir) << "\n";
  for (const auto& file : files) std::cout << "  " << file.first << "\n";
  bool git =
      !a.no_git && run_program({"git", "init", "-q", a.dir}) &&
      run_program({"git", "-C", a.dir, "config", "merge.ritrack-journal.name", "ritrack journals"}) &&
      run_program({"git", "-C", a.dir, "config", "merge.ritrack-journal.driver", "ritrack merge-journal %O %A %B"});
  if (git) std::cout << tr("git: repository created, journal merge driver configured.") << "\n";
  std::cout << "\n" << trf("Next: cd {} && ritrack --data . record", a.dir) << "\n";
  return ExitStatus::ok;
}

CommandRun setup(CLI::App& cmd) {
  auto a = std::make_shared<InitArgs>();
  cmd.add_option("dir", a->dir, tr("The new data repository's directory"))->required();
  cmd.add_flag("--no-git", a->no_git, tr("Do not run 'git init'"));
  return [a](Session& session) { return init(session, *a); };
}

}  // namespace

// It writes a new directory, never the data it copies from.
extern const Command kInit{
    "init", N_("Create a data repository: framework, CI, merge driver"), kHelp, Needs::framework, Access::reads, setup};

}  // namespace ritrack::cli
