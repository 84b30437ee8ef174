// The exhibit's interface strings, from the catalog the runner loaded.
#include "kiosk/ui/widgets.h"

namespace kiosk::ui {

Shown ui(DrawContext& ctx, std::string_view key, const text::MessageArgs& args) {
    if (!ctx.strings) return {key, "en"};
    std::string_view language = ctx.strings->has(key, ctx.language) ? ctx.language : "en";
    return {keep(ctx, ctx.strings->format(key, language, args)), keep(ctx, std::string(language))};
}

}  // namespace kiosk::ui
