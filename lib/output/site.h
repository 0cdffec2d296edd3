// A static site of the indicators, in the four languages (README, "An
// indicator site"): plain HTML files with relative links, no script, no
// network; Open SDG's indicator pages without a build pipeline.
//
//   index.html               the index in the chosen language
//   LANG/index.html          results and indicators with their status
//   LANG/ID.html             an indicator: status, chart, values by country
//                            and period with sources, metadata, downloads
//   data/ID.csv, ID.json     an indicator's values (and, in JSON, its progress)
//   data/progress.csv, .json the progress table
//
// The site is computed here as files; the command writes them.
#pragma once

#include <string>
#include <vector>

#include "base/lang.h"
#include "compute/ledger.h"
#include "compute/progress.h"
#include "model/model.h"
#include "output/provenance.h"

namespace ritrack {

struct SiteFile {
  std::string path;  // relative to the site's folder, '/'-separated
  std::string bytes;
};

struct SiteInput {
  const Model& model;
  const Ledger& ledger;
  const ProgressReport& progress;  // regional, every result
  const Provenance& provenance;    // the site's; each page names the sources of what it shows
  Lang home = Lang::en;            // the language of the top index.html
};

std::vector<SiteFile> build_site(const SiteInput& in);

// The file name an indicator's page and data files share: its id ("3.10"),
// any character a file name should not hold replaced by '_'.
std::string site_page_name(std::string_view indicator_id);

}  // namespace ritrack
