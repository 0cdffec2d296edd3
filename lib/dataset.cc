#include "dataset.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>

#include <fmt/format.h>

#include "countries.h"
#include "framework_reader.h"
#include "journal_reader.h"

namespace ritrack {

std::string data_path(const std::string& dir, const std::string& relative) {
  if (dir.empty() || dir == ".") return relative;
  return dir.back() == '/' ? dir + relative : dir + "/" + relative;
}

std::optional<std::string> read_file(const std::string& path, Diagnostics& out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    out.push_back({path, {}, 1, Severity::error, kIoError,
                   fmt::format("cannot read {}: {}", path, std::strerror(errno)), ""});
    return std::nullopt;
  }
  std::ostringstream buffer;
  buffer << in.rdbuf();
  return std::move(buffer).str();
}

// Journal codes found in values/, sorted. Names that are not on the allowlist
// are reported and skipped: they never become part of a path we open.
static std::vector<std::string> journal_codes(const std::string& dir, const CountryList& countries,
                                              Diagnostics& out) {
  std::vector<std::string> codes;
  std::filesystem::path values = std::filesystem::path(dir) / "values";
  std::error_code ec;
  if (!std::filesystem::is_directory(values, ec)) return codes;
  for (const auto& item : std::filesystem::directory_iterator(values, ec)) {
    std::string name = item.path().filename().string();
    if (item.path().extension() != ".yaml") continue;
    std::string code = name.substr(0, name.size() - 5);
    if (is_journal_code(countries, code)) {
      codes.push_back(code);
      continue;
    }
    std::string hint = fmt::format("journals are named <CODE>.yaml after a country in countries.yaml, or {}.yaml",
                                   kRegionalCode);
    out.push_back({data_path(dir, "values/" + name), {}, 1, Severity::error, "unknown-country",
                   fmt::format("journal '{}' is not named after a listed country", name), hint});
  }
  std::sort(codes.begin(), codes.end());
  return codes;
}

Dataset load_dataset(const std::string& dir, const LoadOptions& options, Diagnostics& out) {
  Dataset data;
  data.dir = dir;
  std::error_code ec;
  if (!std::filesystem::is_directory(dir, ec)) {
    out.push_back({dir, {}, 1, Severity::error, kIoError,
                   fmt::format("data directory '{}' does not exist", dir),
                   "pass --data DIR or set RITRACK_DATA"});
    return data;
  }
  std::string framework_file = data_path(dir, "framework.yaml");
  if (auto text = read_file(framework_file, out)) {
    ++data.files_read;
    DiagnosticSink sink(framework_file, out);
    data.framework = read_framework(*text, sink);
  }
  std::string countries_file = data_path(dir, "countries.yaml");
  if (auto text = read_file(countries_file, out)) {
    ++data.files_read;
    DiagnosticSink sink(countries_file, out);
    data.countries = read_countries(*text, sink);
  }
  for (const std::string& code : journal_codes(dir, data.countries, out)) {
    std::string file = data_path(dir, "values/" + code + ".yaml");
    auto text = read_file(file, out);
    if (!text) continue;
    ++data.files_read;
    DiagnosticSink sink(file, out);
    JournalContext context{data.framework, data.countries, options.today, code};
    read_journal(*text, context, sink, [&](Entry&& e) { data.entries.push_back(std::move(e)); });
  }
  return data;
}

}  // namespace ritrack
