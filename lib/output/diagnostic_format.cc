#include "output/diagnostic_format.h"

#include <filesystem>

#include <fmt/format.h>

#include "base/escape.h"
#include "base/translate.h"
#include "output/json_writer.h"

namespace ritrack {

std::optional<std::string> SourceLines::line(const std::string& file, int number) {
  auto it = files_.find(file);
  // A missing file just means no excerpt. Quoted files are read as data
  // files are: never through a link, never a pipe or a device, so that a
  // link to /proc/self/environ cannot print the environment into a CI log.
  if (it == files_.end()) {
    std::filesystem::path p(file);
    std::string parent = p.parent_path().string();
    std::optional<Text> text;
    if (auto bytes = files_read_.read_in(parent.empty() ? "." : parent, p.filename().string(), nullptr)) {
      text.emplace();
      text->bytes = std::move(*bytes);
      text->line_starts.push_back(0);
      for (size_t at = 0; (at = text->bytes.find('\n', at)) != std::string::npos;) text->line_starts.push_back(++at);
    }
    it = files_.emplace(file, std::move(text)).first;
  }
  if (!it->second || number < 1 || static_cast<size_t>(number) > it->second->line_starts.size()) return std::nullopt;
  const std::string& text = it->second->bytes;
  size_t start = it->second->line_starts[static_cast<size_t>(number) - 1];
  if (start >= text.size()) return std::nullopt;
  size_t end = text.find('\n', start);
  std::string out = text.substr(start, end == std::string::npos ? std::string::npos : end - start);
  if (!out.empty() && out.back() == '\r') out.pop_back();
  return out;
}

// As GitHub's annotations spell them; translated for people.
static std::string_view severity_name(Severity s) { return s == Severity::error ? N_("error") : N_("warning"); }

std::string format_diagnostic_text(const Diagnostic& d, SourceLines& sources) {
  std::string out;
  if (!d.file.empty()) {
    out += terminal_safe(d.file);
    if (d.pos.line > 0) out += fmt::format(":{}", d.pos.line);
    if (d.pos.line > 0 && d.pos.column > 0) out += fmt::format(":{}", d.pos.column);
    out += ": ";
  }
  out += labelled(message_lang(), tr(severity_name(d.severity)), terminal_safe(d.message)) + "\n";
  if (auto line = d.pos.line > 0 ? sources.line(d.file, d.pos.line) : std::nullopt) {
    std::string shown = terminal_safe(*line);
    // Columns count characters; tabs became one replacement character each,
    // so the caret still lines up.
    size_t indent = static_cast<size_t>(std::max(d.pos.column, 1)) - 1;
    out += fmt::format("{:>5} | {}\n", d.pos.line, shown);
    if (d.pos.column > 0)
      out += fmt::format("      | {}^{}\n", std::string(indent, ' '), std::string(d.length - 1, '~'));
  }
  if (!d.hint.empty()) out += trf("      = hint: {}\n", terminal_safe(d.hint));
  return out;
}

std::string format_check_json(const Diagnostics& diagnostics, int files_checked, size_t entries) {
  JsonWriter json;
  json.begin_object().field("schema", "ritrack.check/1");
  size_t counts[2] = {0, 0};
  for (Severity severity : {Severity::error, Severity::warning}) {
    json.key(severity == Severity::error ? "errors" : "warnings").begin_array();
    for (const Diagnostic& d : diagnostics) {
      if (d.severity != severity) continue;
      ++counts[severity == Severity::error ? 0 : 1];
      json.begin_object()
          .field("file", d.file)
          .field("line", d.pos.line)
          .field("column", d.pos.column)
          .field("code", code_name(d.code))
          .field("message", d.message);
      if (!d.hint.empty()) json.field("hint", d.hint);
      json.end_object();
    }
    json.end_array();
  }
  json.key("summary")
      .begin_object()
      .field("errors", counts[0])
      .field("warnings", counts[1])
      .field("files", files_checked)
      .field("entries", entries)
      .end_object();
  return json.end_object().finish();
}

std::string format_diagnostic_github(const Diagnostic& d) {
  std::string props = fmt::format("file={}", github_property(d.file));
  if (d.pos.line > 0) props += fmt::format(",line={},col={}", d.pos.line, d.pos.column);
  props += fmt::format(",title={}", github_property("ritrack " + std::string(code_name(d.code))));
  std::string message = d.message;
  if (!d.hint.empty()) message += " (" + d.hint + ")";
  return fmt::format("::{} {}::{}\n", severity_name(d.severity), props, github_data(message));
}

}  // namespace ritrack
