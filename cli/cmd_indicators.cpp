// ritrack indicators: the framework, result by result, in one language.
#include <iostream>

#include <fmt/format.h>

#include "base/errors.h"
#include "command.h"
#include "base/escape.h"
#include "base/labels.h"
#include "output/text_layout.h"

namespace ritrack::cli {

static constexpr const char* kHelp = R"(Lists every result and its indicators: id, measure, scope, accumulation
and short title, in the chosen language.

Examples:
  ritrack indicators
  ritrack indicators --result 5 --lang es)";

static CommandRun setup(CLI::App& cmd) {
  auto result = std::make_shared<int>(0);
  cmd.add_option("--result", *result, "Only this result (1-5)");
  return [result](Session& session) {
    Lang lang = session.context.lang;
    const Dataset& data = session.data;
    if (*result != 0 && !data.framework.find_result(*result))
      throw UsageError(fmt::format("there is no result {}", *result));
    std::string out;
    for (const Result& r : data.framework.results) {
      if (*result != 0 && r.id != *result) continue;
      if (!out.empty()) out += "\n";
      std::string heading = fmt::format("{} {}: {}", tr("Result", lang), r.id, terminal_safe(r.title.in(lang)));
      for (const std::string& line : wrap(heading, 80)) out += line + "\n";
      for (const std::string& id : r.indicators) {
        const Indicator& ind = *data.framework.find_indicator(id);
        std::string kind = fmt::format("  {:<5} {:<6} {:<8} {:<5}  ", ind.id, measure_name(ind.measure),
                                       scope_name(ind.scope), accumulate_name(ind.accumulate));
        out += kind + truncate(terminal_safe(ind.short_title.in(lang)), 80 - kind.size()) + "\n";
      }
    }
    std::cout << out;
    return ExitStatus::ok;
  };
}

extern const Command kIndicators{"indicators", "List the results framework", kHelp, Needs::framework, setup};

}  // namespace ritrack::cli
