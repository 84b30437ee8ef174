// media.json: pictures, whose files must stay inside the content folder and pass the limits.
#include <algorithm>

#include "kiosk/content/collections.h"
#include "kiosk/content/image_probe.h"

namespace kiosk::content::detail {
namespace {

namespace fs = std::filesystem;

// Why a written file name may not be used, judged from the text alone; empty when fine.
std::string unsafePathReason(std::string_view file) {
    if (file.find('\\') != std::string_view::npos)
        return "use / between folders, as in \"media/flag.png\"";
    if (file.front() == '/' || (file.size() > 1 && file[1] == ':'))
        return "write the path relative to the content folder, as in \"media/flag.png\"";
    if (std::any_of(file.begin(), file.end(), [](char c) { return (unsigned char)c < 0x20; }))
        return "the name contains an invisible control character";
    for (std::size_t start = 0; start <= file.size();) {
        std::size_t end = std::min(file.find('/', start), file.size());
        if (file.substr(start, end - start) == "..")
            return "\"..\" may not be used: pictures must be inside the content folder";
        start = end + 1;
    }
    return "";
}

// Whether `path`, with every link followed, is still inside `folder`.
bool staysInside(const fs::path& folder, const fs::path& path) {
    std::error_code ec;
    fs::path root = fs::weakly_canonical(folder, ec);
    if (ec) return false;
    fs::path resolved = fs::weakly_canonical(path, ec);
    if (ec) return false;
    auto [rootEnd, unused] =
        std::mismatch(root.begin(), root.end(), resolved.begin(), resolved.end());
    return rootEnd == root.end();
}

// Checks the file and fills in its size; returns whether it can be shown.
bool checkImageFile(const ObjectReader& reader, const fs::path& folder, bool decode, Media& media) {
    JsonPath at(reader.at(), "file");
    if (!staysInside(folder, media.path)) {
        reader.scope().error(at, "the picture " + inQuotes(media.file) +
                                     " is outside the content folder (through a link)");
        return false;
    }
    // Decoded whole (pixels dropped row by row) unless only headers were asked for: a header
    // can look right on a file cut in half or with damaged pixels.
    DecodedImage picture;
    if (decode) {
        picture = decodePictureFile(media.path, Pixels::Discard);
    } else {
        ImageProbe probe = probeImage(media.path);
        picture = {probe.ok, probe.width, probe.height, {}, probe.error};
    }
    if (!picture.ok) {
        reader.scope().error(at, "the picture " + inQuotes(media.file) + ": " + picture.error);
        return false;
    }
    media.width = picture.width;
    media.height = picture.height;
    return true;
}

}  // namespace

void readMedia(const JsonValue& root, ReadState& state) {
    FileScope scope("media.json", state);
    UniqueIds ids("/media", "media items");
    std::error_code ec;
    fs::path folder = fs::absolute(state.contentFolder, ec);
    forEachItem(scope, root, "media", {"media"},
                [&](const JsonValue& item, const JsonPath& at, std::size_t index) {
                    ObjectReader reader(scope, item, at, "media item",
                                        {"id", "file", "caption", "credit", "alt"});
                    if (!reader.isObject()) return;
                    Media media;
                    media.id = reader.id();
                    media.file = reader.plain("file", Need::Required);
                    ids.check(scope, media.id, at, index);
                    media.caption = reader.text("caption", Need::Required);
                    media.credit = reader.text("credit", Need::Required);
                    media.alt = reader.text("alt", Need::Required);
                    if (media.file.empty()) return;
                    if (std::string why = unsafePathReason(media.file); !why.empty()) {
                        scope.error(JsonPath(at, "file"),
                                    "cannot use the picture " + inQuotes(media.file) + ": " + why);
                        return;
                    }
                    media.path = (folder / media.file).lexically_normal().string();
                    bool shown = !state.options.checkImages ||
                                 checkImageFile(reader, folder, state.options.decodeImages, media);
                    state.counts.images += shown ? 1 : 0;
                    state.builder.add(std::move(media));
                });
}

}  // namespace kiosk::content::detail
