#include "report_options.h"

#include <cstdlib>
#include <unistd.h>

#include <fmt/format.h>

#include "base/escape.h"
#include "output/report_document.h"

namespace ritrack::cli {

std::shared_ptr<ReportOptions> add_report_options(CLI::App* cmd, const std::vector<std::string>& formats,
                                                  bool country) {
  auto o = std::make_shared<ReportOptions>();
  cmd->add_option("--as-of", o->as_of, "Period to report on, e.g. 2019-Q2 (default: the current quarter)");
  cmd->add_option("--format", o->format, fmt::format("Output: {}", fmt::join(formats, ", ")))
      ->check(CLI::IsMember(formats));
  cmd->add_option("-o,--output", o->output, "Write to FILE instead of standard output");
  cmd->add_option("--result", o->result, "Only this result (1-5)");
  if (country) cmd->add_option("--country", o->country, "One country's values (ISO code, e.g. PER)");
  cmd->add_option("--method", o->method, "Status method: linear (default) or cagr")
      ->check(CLI::IsMember({"linear", "cagr"}));
  return o;
}

std::optional<ReportContext> open_report(const GlobalOptions& global, const ReportOptions& options, int& status) {
  ReportContext ctx;
  ctx.lang = resolve_lang(global);
  ProgressOptions p;
  if (options.as_of.empty()) {
    p.as_of = current_quarter();
  } else {
    std::string why;
    auto as_of = parse_period(options.as_of, &why);
    if (!as_of) throw UsageError(fmt::format("--as-of '{}' is not a period: {}", terminal_safe(options.as_of), why));
    p.as_of = *as_of;
  }
  p.method = options.method == "cagr" ? Method::cagr : Method::linear;
  p.result = options.result;
  p.country = options.country;
  ctx.data = load_or_report(global, status);
  if (status != kExitOk) return std::nullopt;
  if (p.result != 0 && !ctx.data.framework.find_result(p.result))
    throw UsageError(fmt::format("there is no result {}", p.result));
  if (!p.country.empty() && !ctx.data.countries.find(p.country))
    throw UsageError(fmt::format("unknown country '{}' (use an ISO code from countries.yaml, e.g. PER)",
                                 terminal_safe(p.country)));
  ctx.ledger = std::make_unique<Ledger>(ctx.data.entries);
  ctx.progress = build_progress(ctx.data, *ctx.ledger, p);
  return ctx;
}

Document ReportContext::document() const { return new_document(data.framework.name.in(lang), lang); }

void emit_text(const std::string& text, const ReportOptions& options) { write_output(text, options.output); }

void emit(const Document& doc, const ReportOptions& options) {
  std::string text;
  if (options.format == "md") text = render_markdown(doc);
  else if (options.format == "csv") text = render_csv(doc);
  else if (options.format == "html") text = render_html(doc);
  else {
    // Colour only for a person at a terminal, and never when NO_COLOR is set (no-color.org).
    bool to_terminal = (options.output.empty() || options.output == "-") && isatty(STDOUT_FILENO);
    const char* no_color = std::getenv("NO_COLOR");
    text = render_text(doc, TextStyle{80, to_terminal && !(no_color && *no_color)});
  }
  emit_text(text, options);
}

}  // namespace ritrack::cli
