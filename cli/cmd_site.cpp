// ritrack site -o DIR: the indicators as a static site in four languages.
#include <filesystem>
#include <iostream>
#include <set>

#include "base/errors.h"
#include "base/escape.h"
#include "base/translate.h"
#include "command.h"
#include "context.h"
#include "output/site.h"
#include "report_options.h"
#include "store/report_file.h"

namespace ritrack::cli {

static constexpr std::string_view kHelp = N_(R"(Writes a static site of the indicators into DIR, in English, French,
Spanish and Portuguese with a language switcher: an index of results and
indicators with their status, and a page per indicator with its chart, its
values by country and period with their sources, its metadata and its data
to download (CSV and JSON). Plain files with relative links: no script, no
network, nothing to install; open DIR/index.html, or copy DIR to any web
server. Files already in DIR are replaced; others are left alone.

Examples:
  ritrack site -o site
  ritrack site --as-of 2019-Q4 --lang es -o sitio)");

static CommandRun setup(CLI::App& cmd) {
  auto options = std::make_shared<ReportOptions>();
  auto dir = std::make_shared<std::string>();
  cmd.add_option("-o,--output", *dir, tr("Folder to write the site into (created if needed)"))->required();
  cmd.add_option("--as-of", options->as_of, tr("Period to report on, e.g. 2019-Q2 (default: the current quarter)"));
  cmd.add_option("--method", options->method, tr("Status method: linear (default) or cagr"))
      ->check(CLI::IsMember(names_of(kMethods)));
  return [options, dir](Session& session) {
    ReportContext ctx = open_report(session, *options);
    std::string root = dir->ends_with('/') ? *dir : *dir + "/";
    std::vector<SiteFile> files =
        build_site(SiteInput{ctx.data, *ctx.ledger, ctx.progress, ctx.provenance, session.context.lang});
    // Every folder is checked before any file is written: a site around the
    // data (-o . with the data in ./data) would put its data/ into it.
    std::set<std::string> folders;
    for (const SiteFile& f : files) folders.insert(std::filesystem::path(root + f.path).parent_path().string() + "/");
    for (const std::string& folder : folders) refuse_inside_data(folder, ctx.data.dir);
    for (const SiteFile& f : files) {
      create_output_folder(std::filesystem::path(root + f.path).parent_path().string());
      write_output(f.bytes, root + f.path);
    }
    std::cout << trf("Wrote {} to {}; open {}", trnf("{} file", "{} files", files.size()), terminal_safe(*dir),
                     terminal_safe(root + "index.html"))
              << "\n";
    return ExitStatus::ok;
  };
}

extern const Command kSite{"site",        N_("Write the indicators as a static site in four languages"),
                           kHelp,         Needs::standing_values,
                           Access::reads, setup};

}  // namespace ritrack::cli
