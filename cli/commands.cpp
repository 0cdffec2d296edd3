// The table of commands. Adding a command is a row here and its cmd_*.cpp.
#include <array>

#include "command.h"

namespace ritrack::cli {

extern const Command kCheck, kIndicators, kShow, kRecord, kRetract, kHistory, kImport, kProgress, kGaps, kMatrix,
    kReport, kSite, kExport, kPledge, kPlan, kInit, kMergeJournal;

namespace {
constexpr std::array<const Command*, 17> kCommands{
    &kCheck,    &kIndicators,   &kShow,                       // the framework and the data
    &kProgress, &kGaps,         &kMatrix,  &kReport, &kSite,  // reports, and the site for the web
    &kRecord,   &kRetract,      &kHistory, &kImport,          // recording and its trail
    &kExport,                                                 // for other systems
    &kPledge,   &kPlan,                                       // the Action pledges, the operational plans
    &kInit,     &kMergeJournal,                               // a data repository in git
};
}  // namespace

std::span<const Command* const> commands() { return kCommands; }

const Command* find_command(std::string_view name) {
  for (const Command* c : kCommands)
    if (c->name == name) return c;
  return nullptr;
}

}  // namespace ritrack::cli
