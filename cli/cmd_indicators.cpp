// ritrack indicators: the framework, result by result, in one language.
#include <iostream>

#include <fmt/format.h>

#include "base/errors.h"
#include "base/escape.h"
#include "base/translate.h"
#include "command.h"
#include "output/report_document.h"
#include "output/text_layout.h"
#include "report_options.h"

namespace ritrack::cli {

static constexpr std::string_view kHelp = N_(R"(Lists every result and its indicators: id, measure, scope, accumulation
and short title, in the chosen language.

Examples:
  ritrack indicators
  ritrack indicators --result 5 --lang es)");

static CommandRun setup(CLI::App& cmd) {
  auto result = std::make_shared<int>(0);
  cmd.add_option("--result", *result, tr("Only this result (1-5)"));
  auto output = add_output_options(cmd, {Format::text, Format::md, Format::csv, Format::html, Format::xlsx});
  return [result, output](Session& session) {
    Lang lang = session.context.lang;
    const Framework& fw = session.data.framework;
    if (*result != 0 && !fw.find_result(*result)) throw UsageError(trf("there is no result {}", *result));
    Table t;
    t.columns = {label_column("ID", lang),
                 label_column("Measure", lang),
                 label_column("Scope", lang),
                 label_column("Accumulation", lang),
                 label_column("Short title", lang, Column::flex_),
                 label_column("Result", lang, Column::only_in_csv_)};
    for (const Result& r : fw.results) {
      if (*result != 0 && r.id != *result) continue;
      TableSection s{labelled(lang, fmt::format("{} {}", tr("Result", lang), r.id), r.title.in(lang)), {}};
      for (const std::string& id : r.indicators) {
        const Indicator& ind = *fw.find_indicator(id);
        auto word = [&](std::string_view name) { return Cell(std::string(tr(name, lang))); };
        s.rows.push_back({Cell(ind.id), word(measure_name(ind.measure)), word(scope_name(ind.scope)),
                          word(accumulate_name(ind.accumulate)), Cell(ind.short_title.in(lang)),
                          Cell(std::to_string(r.id))});
      }
      t.sections.push_back(std::move(s));
    }
    Document doc = new_document(fw.name.in(lang), lang, fw.illustrative);
    doc.table(std::move(t));
    emit(doc, *output);
    return ExitStatus::ok;
  };
}

extern const Command kIndicators{"indicators", N_("List the results framework"), kHelp, Needs::framework, Access::reads,
                                 setup};

}  // namespace ritrack::cli
