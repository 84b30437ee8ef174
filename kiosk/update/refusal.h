#pragma once
// Why an update was refused. Each code has a stable name (for the history log and the staff
// guide) and comes with a sentence for staff that names the file or key involved.
#include <string>
#include <string_view>
#include <system_error>

#include "kiosk/core/utf8.h"

namespace kiosk::update {

enum class RefusalCode {
    None,
    NoPackage,           // nothing that looks like a package (no manifest.json)
    SeveralPackages,     // more than one package on the stick
    NotSigned,           // manifest.json.minisig is missing
    MalformedSignature,  // the .minisig file is not in minisign's format
    UnknownKey,          // signed with a key this kiosk does not trust
    BadSignature,        // the manifest was changed after signing, or the signature is damaged
    BadTrustedComment,   // the trusted comment was changed after signing
    ManifestUnreadable,  // manifest.json is not valid JSON within the limits
    ManifestInvalid,     // it parses but a field is missing or wrong
    TooLarge,            // a limit on entries, file size or total size
    WrongExhibit,        // made for another exhibit id
    Expired,             // an export request past its valid_until, by the kiosk's clock
    NotNewer,            // version not newer than the one shown, and not a rollback
    UnsafePath,          // "..", an absolute path, a backslash, a name FAT cannot hold
    NameClash,           // two names that are the same on FAT (case-insensitive)
    SymlinkOnStick,      // a symbolic link (or device, pipe) in the package folder
    UnlistedFile,        // a file in the package folder that the manifest does not list
    MissingFile,         // a listed file is not on the stick
    SizeMismatch,        // a file's size differs from the manifest
    HashMismatch,        // a file's SHA-256 differs from the manifest
    StickReadError,      // reading the stick failed or a file changed: stick pulled out?
    InvalidContent,      // the content loader found errors
    VersionMismatch,     // manifest version differs from exhibit.json's version
    NotEnoughSpace,      // the kiosk's data partition is too full
    VersionNotKept,      // a rollback request names a version the kiosk does not have
    NothingToRollBack,   // no previous version kept
    AlreadyCurrent,      // the package is the content already shown
    LocalError,          // the kiosk could not write its own data folder
};

// "bad-signature", ...: stable, for logs and the staff guide.
std::string_view refusalName(RefusalCode code);

struct Refusal {
    RefusalCode code = RefusalCode::None;
    std::string reason;  // for staff: what was wrong, naming the file, key or version
    bool refused() const { return code != RefusalCode::None; }
};

// The reason quotes names from the stick, which may hold any bytes: it is made valid UTF-8
// here, once, before it reaches a log, a banner, the history or the state dump.
inline Refusal refuse(RefusalCode code, std::string reason) {
    return {code, toValidUtf8(reason)};
}

// A write to the kiosk's own data folder failed: "not-enough-space" when the card is full
// (ENOSPC, EDQUOT), as the staff guide says, else "local-error". `what` names the write.
Refusal localWriteError(const std::string& what, std::error_code ec);

}  // namespace kiosk::update
