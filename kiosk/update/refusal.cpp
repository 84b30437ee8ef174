#include "kiosk/update/refusal.h"

#include <cerrno>

namespace kiosk::update {

Refusal localWriteError(const std::string& what, std::error_code ec) {
    bool posix =
        ec.category() == std::generic_category() || ec.category() == std::system_category();
    bool full = posix && (ec.value() == ENOSPC || ec.value() == EDQUOT);
    if (full)
        return refuse(RefusalCode::NotEnoughSpace,
                      what + ": the kiosk's memory card is full (" + ec.message() + ")");
    return refuse(RefusalCode::LocalError, what + ": " + ec.message());
}

std::string_view refusalName(RefusalCode code) {
    switch (code) {
        case RefusalCode::None:
            return "none";
        case RefusalCode::NoPackage:
            return "no-package";
        case RefusalCode::SeveralPackages:
            return "several-packages";
        case RefusalCode::NotSigned:
            return "not-signed";
        case RefusalCode::MalformedSignature:
            return "malformed-signature";
        case RefusalCode::UnknownKey:
            return "unknown-key";
        case RefusalCode::BadSignature:
            return "bad-signature";
        case RefusalCode::BadTrustedComment:
            return "bad-trusted-comment";
        case RefusalCode::ManifestUnreadable:
            return "manifest-unreadable";
        case RefusalCode::ManifestInvalid:
            return "manifest-invalid";
        case RefusalCode::TooLarge:
            return "too-large";
        case RefusalCode::WrongExhibit:
            return "wrong-exhibit";
        case RefusalCode::Expired:
            return "expired";
        case RefusalCode::NotNewer:
            return "not-newer";
        case RefusalCode::UnsafePath:
            return "unsafe-path";
        case RefusalCode::NameClash:
            return "name-clash";
        case RefusalCode::SymlinkOnStick:
            return "symlink-on-stick";
        case RefusalCode::UnlistedFile:
            return "unlisted-file";
        case RefusalCode::MissingFile:
            return "missing-file";
        case RefusalCode::SizeMismatch:
            return "size-mismatch";
        case RefusalCode::HashMismatch:
            return "hash-mismatch";
        case RefusalCode::StickReadError:
            return "stick-read-error";
        case RefusalCode::InvalidContent:
            return "invalid-content";
        case RefusalCode::VersionMismatch:
            return "version-mismatch";
        case RefusalCode::NotEnoughSpace:
            return "not-enough-space";
        case RefusalCode::VersionNotKept:
            return "version-not-kept";
        case RefusalCode::NothingToRollBack:
            return "nothing-to-roll-back";
        case RefusalCode::AlreadyCurrent:
            return "already-current";
        case RefusalCode::LocalError:
            return "local-error";
    }
    return "unknown";
}

}  // namespace kiosk::update
