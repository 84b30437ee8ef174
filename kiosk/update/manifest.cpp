#include "kiosk/update/manifest.h"

#include <algorithm>
#include <nlohmann/json.hpp>

#include "kiosk/content/bounded_json.h"
#include "kiosk/core/iso_time.h"
#include "kiosk/core/text_file.h"
#include "kiosk/core/utf8.h"
#include "kiosk/update/package_paths.h"

namespace kiosk::update {
namespace {

using content::JsonValue;

Refusal invalid(std::string where, std::string what) {
    return refuse(RefusalCode::ManifestInvalid, "manifest.json " + where + ": " + what);
}

// Every key must be one the format defines; "$comment" is allowed anywhere.
std::optional<Refusal> unknownKey(const JsonValue& object, std::string_view where,
                                  std::initializer_list<std::string_view> known) {
    for (const content::JsonMember& member : object.members()) {
        if (member.key == "$comment") continue;
        bool isKnown = false;
        for (std::string_view key : known) isKnown = isKnown || member.key == key;
        if (!isKnown)
            return invalid(std::string(where), "unknown field \"" + shortQuote(member.key) + "\"");
    }
    return std::nullopt;
}

std::optional<PackageKind> kindFromName(std::string_view name) {
    for (PackageKind kind :
         {PackageKind::Content, PackageKind::Rollback, PackageKind::ExportRequest})
        if (kindName(kind) == name) return kind;
    return std::nullopt;
}

std::optional<Refusal> readEntry(const JsonValue& item, const std::string& where,
                                 const ManifestLimits& limits, ManifestEntry& entry) {
    if (!item.isObject()) return invalid(where, "each file is {\"path\", \"size\", \"sha256\"}");
    if (auto refusal = unknownKey(item, where, {"path", "size", "sha256"})) return refusal;
    const JsonValue* path = item.find("path");
    const JsonValue* size = item.find("size");
    const JsonValue* hash = item.find("sha256");
    if (!path || !path->isString()) return invalid(where, "\"path\" must be a string");
    entry.path = std::string(path->asString());
    if (auto reason = unsafePathReason(entry.path))
        return refuse(RefusalCode::UnsafePath, "manifest.json lists \"" + shortQuote(entry.path) +
                                                   "\", which has " + *reason);
    std::optional<std::int64_t> bytes = size && size->isInteger() ? size->asInt64() : std::nullopt;
    if (!bytes || *bytes < 0) return invalid(where, "\"size\" must be a whole number of bytes");
    if (std::uint64_t(*bytes) > limits.maxFileBytes)
        return fileTooLarge(entry.path, std::uint64_t(*bytes), limits);
    entry.size = std::uint64_t(*bytes);
    std::optional<Sha256> digest = hash ? sha256FromHex(hash->asString()) : std::nullopt;
    if (!digest) return invalid(where, "\"sha256\" must be 64 hex digits");
    entry.sha256 = *digest;
    return std::nullopt;
}

std::optional<Refusal> readFiles(const JsonValue* files, const ManifestLimits& limits,
                                 Manifest& manifest) {
    if (!files || !files->isArray()) return invalid("/files", "must be a list of files");
    if (files->size() > limits.maxEntries) return tooManyFiles(files->size(), limits);
    manifest.files.reserve(files->size());
    std::uint64_t total = 0;
    for (std::size_t i = 0; i < files->size(); ++i) {
        ManifestEntry entry;
        std::string where = "/files/" + std::to_string(i);
        if (auto refusal = readEntry((*files)[i], where, limits, entry)) return refusal;
        total += entry.size;  // at most 10,000 x 64 MB: cannot overflow
        if (total > limits.maxTotalBytes) return packageTooLarge(limits);
        manifest.files.push_back(std::move(entry));
    }
    return std::nullopt;
}

std::optional<Refusal> readHeader(const JsonValue& root, Manifest& manifest) {
    if (!root.isObject()) return invalid("", "must be an object");
    if (auto refusal = unknownKey(root, "",
                                  {"format", "kind", "exhibit_id", "version", "created", "files",
                                   "export_dir", "valid_until"}))
        return refusal;
    const JsonValue* format = root.find("format");
    if (!format || format->asInt64() != 1) return invalid("/format", "must be 1");
    const JsonValue* kind = root.find("kind");
    std::optional<PackageKind> parsedKind = kind ? kindFromName(kind->asString()) : std::nullopt;
    if (!parsedKind)
        return invalid("/kind", "must be \"content\", \"rollback\" or \"export-request\"");
    manifest.kind = *parsedKind;
    const JsonValue* id = root.find("exhibit_id");
    if (!id || !isValidExhibitId(id->asString()))
        return invalid("/exhibit_id", "must be an exhibit id (a-z, 0-9, '-', up to 64)");
    manifest.exhibitId = std::string(id->asString());
    const JsonValue* created = root.find("created");
    if (!created || !parseIsoTime(created->asString()))
        return invalid("/created", "must be an ISO date, e.g. 2026-11-27T10:00:00Z");
    manifest.created = std::string(created->asString());
    return std::nullopt;
}

// An export request's window: after `created`, at most kMaxExportValidDays long.
std::optional<Refusal> readValidUntil(const JsonValue* field, Manifest& manifest) {
    std::optional<ParsedTime> until = field ? parseIsoTime(field->asString()) : std::nullopt;
    if (!until)
        return invalid("/valid_until",
                       "an export request says until when it is valid, e.g. "
                       "2026-12-04T10:00:00Z (kiosk-content pack writes it)");
    Millis created = parseIsoTime(manifest.created)->utcMs;
    if (until->utcMs <= created || until->utcMs - created > kMaxExportValidDays * 86'400'000)
        return invalid("/valid_until", "must be after \"created\" and at most " +
                                           std::to_string(kMaxExportValidDays) + " days later");
    manifest.validUntil = std::string(field->asString());
    return std::nullopt;
}

std::optional<Refusal> readVersionAndExport(const JsonValue& root, Manifest& manifest) {
    const JsonValue* version = root.find("version");
    bool needsVersion = manifest.kind != PackageKind::ExportRequest;
    std::optional<std::int64_t> number = version ? version->asInt64() : std::nullopt;
    if ((version || needsVersion) && (!number || *number < 1))
        return invalid("/version", "must be a whole number from 1");
    manifest.version = number.value_or(0);
    const JsonValue* exportDir = root.find("export_dir");
    if (manifest.kind != PackageKind::ExportRequest) {
        if (exportDir) return invalid("/export_dir", "only export requests have one");
        if (root.find("valid_until"))
            return invalid("/valid_until", "only export requests have one");
        return std::nullopt;
    }
    if (auto refusal = readValidUntil(root.find("valid_until"), manifest)) return refusal;
    if (!exportDir || !exportDir->isString())
        return invalid("/export_dir", "an export request names the folder to write to");
    manifest.exportDir = std::string(exportDir->asString());
    if (auto reason = unsafePathReason(manifest.exportDir))
        return refuse(RefusalCode::UnsafePath, "export_dir has " + *reason);
    return std::nullopt;
}

std::optional<Refusal> checkKindAndFiles(const Manifest& manifest) {
    if (manifest.kind == PackageKind::Content && manifest.files.empty())
        return invalid("/files", "a content package lists its files");
    if (manifest.kind == PackageKind::ExportRequest && !manifest.files.empty())
        return invalid("/files", "an export request carries no files");
    std::vector<std::string> paths;
    for (const ManifestEntry& entry : manifest.files) paths.push_back(entry.path);
    if (auto clash = findCaseClash(paths))
        return refuse(RefusalCode::NameClash,
                      "manifest.json lists " + *clash + ", the same file on a USB stick");
    return std::nullopt;
}

}  // namespace

std::string_view kindName(PackageKind kind) {
    switch (kind) {
        case PackageKind::Content:
            return "content";
        case PackageKind::Rollback:
            return "rollback";
        case PackageKind::ExportRequest:
            return "export-request";
    }
    return "content";
}

std::uint64_t Manifest::totalBytes() const {
    std::uint64_t total = 0;
    for (const ManifestEntry& entry : files) total += entry.size;
    return total;
}

Refusal tooManyFiles(std::size_t count, const ManifestLimits& limits) {
    return refuse(RefusalCode::TooLarge, "the package has " + std::to_string(count) +
                                             " files; a package may hold at most " +
                                             std::to_string(limits.maxEntries));
}

Refusal fileTooLarge(const std::string& path, std::uint64_t bytes, const ManifestLimits& limits) {
    return refuse(RefusalCode::TooLarge,
                  shortQuote(path) + " is " + content::describeSize(std::size_t(bytes)) +
                      "; a file may be at most " +
                      content::describeSize(std::size_t(limits.maxFileBytes)));
}

Refusal packageTooLarge(const ManifestLimits& limits) {
    return refuse(RefusalCode::TooLarge,
                  "the files add up to more than " +
                      content::describeSize(std::size_t(limits.maxTotalBytes)));
}

Refusal manifestTooLarge(std::size_t bytes, const ManifestLimits& limits) {
    return refuse(RefusalCode::TooLarge, "manifest.json is " + content::describeSize(bytes) +
                                             "; at most " +
                                             content::describeSize(limits.maxManifestBytes));
}

bool isValidExhibitId(std::string_view id) {
    if (id.empty() || id.size() > 64 || id[0] < 'a' || id[0] > 'z') return false;
    for (char c : id)
        if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-')) return false;
    return true;
}

ManifestParse parseManifest(std::string_view text, const ManifestLimits& limits) {
    if (text.size() > limits.maxManifestBytes)
        return {std::nullopt, manifestTooLarge(text.size(), limits)};
    // Every list item takes at least two bytes, so the size limit bounds the lists already; the
    // list limit stays out of the way, so that too many files get the words pack uses too.
    std::size_t maxItems = std::max(limits.maxEntries + 1, limits.maxManifestBytes / 2);
    content::JsonLimits jsonLimits{limits.maxManifestBytes, 4, 4096, maxItems};
    // The signature covers the bytes as they are; the JSON is read as every text file is.
    content::JsonParseResult json = content::parseBoundedJson(normaliseText(text), jsonLimits);
    if (!json.ok)
        return {std::nullopt,
                refuse(RefusalCode::ManifestUnreadable,
                       "manifest.json is not readable JSON at byte " +
                           std::to_string(json.errorOffset) + ": " + json.errorMessage)};
    Manifest manifest;
    const JsonValue& root = json.value();
    std::optional<Refusal> refusal = readHeader(root, manifest);
    if (!refusal) refusal = readVersionAndExport(root, manifest);
    if (!refusal) refusal = readFiles(root.find("files"), limits, manifest);
    if (!refusal) refusal = checkKindAndFiles(manifest);
    if (refusal) return {std::nullopt, std::move(*refusal)};
    return {std::move(manifest), {}};
}

std::string formatManifest(const Manifest& manifest) {
    auto quoted = [](std::string_view s) { return nlohmann::json(std::string(s)).dump(); };
    std::string out = "{\n  \"format\": 1,\n  \"kind\": " + quoted(kindName(manifest.kind)) +
                      ",\n  \"exhibit_id\": " + quoted(manifest.exhibitId) + ",\n";
    if (manifest.version > 0) out += "  \"version\": " + std::to_string(manifest.version) + ",\n";
    out += "  \"created\": " + quoted(manifest.created) + ",\n";
    if (manifest.kind == PackageKind::ExportRequest)
        out += "  \"export_dir\": " + quoted(manifest.exportDir) +
               ",\n  \"valid_until\": " + quoted(manifest.validUntil) + ",\n";
    out += "  \"files\": [";
    for (std::size_t i = 0; i < manifest.files.size(); ++i) {
        const ManifestEntry& entry = manifest.files[i];
        out += (i ? ",\n    " : "\n    ") + std::string("{\"path\": ") + quoted(entry.path) +
               ", \"size\": " + std::to_string(entry.size) + ", \"sha256\": \"" +
               toHex(entry.sha256) + "\"}";
    }
    out += manifest.files.empty() ? "]\n}\n" : "\n  ]\n}\n";
    return out;
}

}  // namespace kiosk::update
