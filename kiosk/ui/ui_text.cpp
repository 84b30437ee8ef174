// The exhibit's interface strings, from the catalog the runner loaded.
#include "kiosk/ui/widgets.h"

namespace kiosk::ui {

Shown ui(DrawContext& ctx, std::string_view key, const text::MessageArgs& args) {
    if (!ctx.strings) return {key, "en"};
    // Both arms string_view: a std::string arm would make the result a dangling temporary.
    std::string_view language = ctx.strings->has(key, ctx.language) ? std::string_view(ctx.language)
                                                                    : std::string_view("en");
    return {keep(ctx, ctx.strings->format(key, language, args)), keep(ctx, std::string(language))};
}

}  // namespace kiosk::ui
