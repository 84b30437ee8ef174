#include "platform/safe_folder.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <cstdint>
#include <cstring>
#include <utility>

namespace kiosk::platform {
namespace fs = std::filesystem;
namespace {

constexpr int kDirFlags = O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC;

std::string quoted(const fs::path& path) {
    return "\"" + path.string() + "\"";
}

// Why opening `name` under `dirFd` failed with `err`, looked at without following it.
std::string whyNot(int dirFd, const char* name, const fs::path& shown, int err, bool wantFolder) {
    struct stat st {};
    if (::fstatat(dirFd, name, &st, AT_SYMLINK_NOFOLLOW) == 0) {
        if (S_ISLNK(st.st_mode))
            return quoted(shown) + " is a symbolic link; the exhibit never writes through one";
        if (wantFolder && !S_ISDIR(st.st_mode)) return quoted(shown) + " is not a folder";
        if (!wantFolder && !S_ISREG(st.st_mode)) return quoted(shown) + " is not a plain file";
    }
    return "cannot open " + quoted(shown) + ": " + std::strerror(err);
}

// openat() a folder, making it first when asked; -1 with `error` set on failure.
int openFolderAt(int dirFd, const char* name, bool create, const fs::path& shown,
                 std::string& error) {
    int fd = ::openat(dirFd, name, kDirFlags);
    if (fd < 0 && errno == ENOENT && create) {
        if (::mkdirat(dirFd, name, 0755) != 0 && errno != EEXIST) {
            error = "cannot create " + quoted(shown) + ": " + std::strerror(errno);
            return -1;
        }
        fd = ::openat(dirFd, name, kDirFlags);
    }
    if (fd < 0) error = whyNot(dirFd, name, shown, errno, true);
    return fd;
}

bool writeAll(int fd, std::string_view bytes) {
    while (!bytes.empty()) {
        ssize_t n = ::write(fd, bytes.data(), bytes.size());
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) return false;
        bytes.remove_prefix(std::size_t(n));
    }
    return true;
}

std::atomic<unsigned> tempCounter{0};

}  // namespace

std::optional<std::string> unsafeComponentReason(std::string_view name) {
    if (name.empty()) return "an empty name";
    if (name == "." || name == "..") return "\"" + std::string(name) + "\"";
    if (name.find('/') != std::string_view::npos) return "a '/' in a name";
    if (name.find('\0') != std::string_view::npos) return "a NUL byte in a name";
    return std::nullopt;
}

SafeFolder::~SafeFolder() {
    close();
}

SafeFolder::SafeFolder(SafeFolder&& other) noexcept
    : fd_(std::exchange(other.fd_, -1)), path_(std::move(other.path_)) {}

SafeFolder& SafeFolder::operator=(SafeFolder&& other) noexcept {
    if (this != &other) {
        close();
        fd_ = std::exchange(other.fd_, -1);
        path_ = std::move(other.path_);
    }
    return *this;
}

void SafeFolder::close() {
    if (fd_ >= 0) ::close(fd_);
    fd_ = -1;
}

SafeFolder SafeFolder::open(const fs::path& path, bool create, std::string& error) {
    fs::path parent = path.parent_path();
    fs::path last = path.filename();
    if (last.empty() || last == "." || last == "..") {  // "/data/" or "..": open as given
        int fd = ::open(path.c_str(), kDirFlags);
        if (fd < 0) error = "cannot open " + quoted(path) + ": " + std::strerror(errno);
        return fd < 0 ? SafeFolder() : SafeFolder(fd, path);
    }
    int parentFd =
        ::open(parent.empty() ? "." : parent.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (parentFd < 0) {
        error = "cannot open " + quoted(parent) + ": " + std::strerror(errno);
        return {};
    }
    int fd = openFolderAt(parentFd, last.c_str(), create, path, error);
    ::close(parentFd);
    return fd < 0 ? SafeFolder() : SafeFolder(fd, path);
}

SafeFolder SafeFolder::openConfigured(const fs::path& path, std::string& error) {
    std::error_code ec;
    fs::create_directories(path, ec);
    int fd = ::open(path.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0) {
        error = "cannot open " + quoted(path) + ": " + std::strerror(errno);
        return {};
    }
    return SafeFolder(fd, path);
}

SafeFolder SafeFolder::openBelow(std::string_view relative, bool create, std::string& error) const {
    struct stat base {};
    if (fd_ < 0 || ::fstat(fd_, &base) != 0) {
        error = "cannot use " + quoted(path_) + ": not open";
        return {};
    }
    SafeFolder current(::dup(fd_), path_);
    if (current.fd_ < 0) {
        error = "cannot use " + quoted(path_) + ": " + std::strerror(errno);
        return {};
    }
    while (!relative.empty()) {
        std::size_t slash = relative.find('/');
        std::string name(relative.substr(0, slash));
        relative =
            slash == std::string_view::npos ? std::string_view() : relative.substr(slash + 1);
        fs::path shown = current.path_ / name;
        if (auto reason = unsafeComponentReason(name)) {
            error = quoted(path_) + ": a folder below it cannot have " + *reason;
            return {};
        }
        int fd = openFolderAt(current.fd_, name.c_str(), create, shown, error);
        if (fd < 0) return {};
        SafeFolder next(fd, shown);
        struct stat st {};
        if (::fstat(fd, &st) != 0 || st.st_dev != base.st_dev) {
            error = quoted(shown) + " is on another file system than " + quoted(path_);
            return {};
        }
        current = std::move(next);
    }
    return current;
}

bool SafeFolder::replaceFile(std::string_view name, std::string_view bytes, std::string& error,
                             unsigned mode) const {
    std::string target(name);
    fs::path shown = path_ / target;
    if (auto reason = unsafeComponentReason(target)) {
        error = "cannot write " + quoted(shown) + ": it has " + *reason;
        return false;
    }
    std::string temp = "." + target + ".tmp-" + std::to_string(::getpid()) + "-" +
                       std::to_string(tempCounter.fetch_add(1));
    int fd =
        ::openat(fd_, temp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, mode);
    if (fd < 0 && errno == EEXIST) {  // left by a process with our pid, before a power cut
        ::unlinkat(fd_, temp.c_str(), 0);
        fd =
            ::openat(fd_, temp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, mode);
    }
    if (fd < 0) {
        error = "cannot create a file in " + quoted(path_) + ": " + std::strerror(errno);
        return false;
    }
    bool ok = writeAll(fd, bytes) && ::fsync(fd) == 0;
    int err = errno;
    if (::close(fd) != 0 && ok) {
        ok = false;
        err = errno;
    }
    if (ok && ::renameat(fd_, temp.c_str(), fd_, target.c_str()) != 0) {
        err = errno;
        ok = false;
        error = (err == EISDIR || err == ENOTEMPTY || err == EEXIST)
                    ? quoted(shown) + " is a folder"
                    : "cannot write " + quoted(shown) + ": " + std::strerror(err);
    } else if (!ok) {
        error = "cannot write " + quoted(shown) + ": " + std::strerror(err);
    }
    if (!ok) {
        ::unlinkat(fd_, temp.c_str(), 0);
        return false;
    }
    return sync(error);
}

int SafeFolder::openForAppend(std::string_view name, std::string& error) const {
    std::string file(name);
    fs::path shown = path_ / file;
    if (auto reason = unsafeComponentReason(file)) {
        error = "cannot open " + quoted(shown) + ": it has " + *reason;
        return -1;
    }
    // O_NONBLOCK: a pipe put in the file's place fails at once instead of hanging the exhibit.
    int fd = ::openat(fd_, file.c_str(),
                      O_WRONLY | O_APPEND | O_CREAT | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC, 0644);
    if (fd < 0) {
        error = whyNot(fd_, file.c_str(), shown, errno, false);
        return -1;
    }
    struct stat st {};
    if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        ::close(fd);
        error = quoted(shown) + " is not a plain file";
        return -1;
    }
    ::fcntl(fd, F_SETFL, O_WRONLY | O_APPEND);
    return fd;
}

std::optional<std::string> SafeFolder::readFile(std::string_view name, std::size_t maxBytes,
                                                std::string& error) const {
    std::string file(name);
    fs::path shown = path_ / file;
    if (auto reason = unsafeComponentReason(file)) {
        error = "cannot read " + quoted(shown) + ": it has " + *reason;
        return std::nullopt;
    }
    int fd = ::openat(fd_, file.c_str(), O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0) {
        if (errno != ENOENT) error = whyNot(fd_, file.c_str(), shown, errno, false);
        return std::nullopt;
    }
    struct stat st {};
    std::string bytes;
    if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode))
        error = quoted(shown) + " is not a plain file";
    else if (std::uint64_t(st.st_size) > maxBytes)
        error = quoted(shown) + " is larger than " + std::to_string(maxBytes) + " bytes";
    else {
        bytes.resize(maxBytes + 1);
        std::size_t total = 0;
        for (;;) {
            ssize_t n = ::read(fd, bytes.data() + total, bytes.size() - total);
            if (n < 0 && errno == EINTR) continue;
            if (n < 0) error = "cannot read " + quoted(shown) + ": " + std::strerror(errno);
            if (n <= 0 || (total += std::size_t(n)) >= bytes.size()) break;
        }
        if (error.empty() && total > maxBytes)
            error = quoted(shown) + " is larger than " + std::to_string(maxBytes) + " bytes";
        bytes.resize(total);
    }
    ::close(fd);
    if (!error.empty()) return std::nullopt;
    return bytes;
}

bool SafeFolder::renameIfPresent(std::string_view from, std::string_view to,
                                 std::string& error) const {
    std::string a(from), b(to);
    if (::renameat(fd_, a.c_str(), fd_, b.c_str()) == 0 || errno == ENOENT) return true;
    error = "cannot rename " + quoted(path_ / a) + ": " + std::strerror(errno);
    return false;
}

bool SafeFolder::sync(std::string& error) const {
    if (::fsync(fd_) == 0) return true;
    error = "cannot sync " + quoted(path_) + ": " + std::strerror(errno);
    return false;
}

}  // namespace kiosk::platform
