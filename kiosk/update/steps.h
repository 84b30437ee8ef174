#pragma once
// The named moments of an update, in order. A hook sees each one; the crash test kills the
// process there to prove that a restart always finds the old content or the new, never a mix.
#include <functional>
#include <string_view>

namespace kiosk::update {

enum class UpdateStep {
    Copied,          // the package's files are in staging, not yet checked
    Verified,        // sizes, hashes and content checked in staging
    Synced,          // staging fsynced
    Placed,          // staging renamed into versions/
    PreviousLinked,  // "previous" points at the version shown until now
    LinkCreated,     // the new "current" link exists under a temporary name
    Renamed,         // it was renamed over "current"; the folder is not yet fsynced
    Switched,        // the folder is fsynced: the switch is durable
    Logged,          // the history line is written
    Pruning,         // the first old version was moved aside, not yet deleted
    Done,
};

inline constexpr UpdateStep kAllSteps[] = {
    UpdateStep::Copied,         UpdateStep::Verified,    UpdateStep::Synced,  UpdateStep::Placed,
    UpdateStep::PreviousLinked, UpdateStep::LinkCreated, UpdateStep::Renamed, UpdateStep::Switched,
    UpdateStep::Logged,         UpdateStep::Pruning,     UpdateStep::Done,
};

inline std::string_view stepName(UpdateStep step) {
    constexpr std::string_view kNames[] = {"copied",          "verified",     "synced",  "placed",
                                           "previous-linked", "link-created", "renamed", "switched",
                                           "logged",          "pruning",      "done"};
    return kNames[static_cast<int>(step)];
}

using StepHook = std::function<void(UpdateStep)>;

}  // namespace kiosk::update
