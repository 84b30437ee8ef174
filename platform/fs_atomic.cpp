#include "platform/fs_atomic.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <string>

namespace kiosk::platform {
namespace fs = std::filesystem;
namespace {

FsOperationObserver gObserver = nullptr;

void notify(const char* operation, const fs::path& path) {
    if (gObserver) gObserver(operation, path);
}

std::error_code lastError() {
    return {errno, std::generic_category()};
}

// Opens for fsync only; directories need O_RDONLY|O_DIRECTORY.
std::error_code fsyncOpened(const fs::path& path, int flags) {
    notify("fsync", path);
    int fd = ::open(path.c_str(), flags | O_CLOEXEC | O_NOFOLLOW);
    if (fd < 0) return lastError();
    std::error_code result;
    if (::fsync(fd) != 0) result = lastError();
    ::close(fd);
    return result;
}

fs::path parentOf(const fs::path& path) {
    fs::path parent = path.parent_path();
    return parent.empty() ? fs::path(".") : parent;
}

}  // namespace

void setFsOperationObserver(FsOperationObserver observer) {
    gObserver = observer;
}

std::error_code fsyncFile(const fs::path& path) {
    return fsyncOpened(path, O_RDONLY);
}

std::error_code fsyncDirectory(const fs::path& dir) {
    return fsyncOpened(dir, O_RDONLY | O_DIRECTORY);
}

std::error_code fsyncTree(const fs::path& root) {
    std::error_code ec;
    for (fs::directory_iterator it(root, ec), end; !ec && it != end; it.increment(ec)) {
        fs::file_status status = it->symlink_status(ec);
        if (ec) return ec;
        if (fs::is_directory(status))
            ec = fsyncTree(it->path());
        else if (fs::is_regular_file(status))
            ec = fsyncFile(it->path());
        if (ec) return ec;
    }
    if (ec) return ec;
    return fsyncDirectory(root);
}

std::error_code makeDirectory(const fs::path& dir) {
    notify("mkdir", dir);
    if (::mkdir(dir.c_str(), 0755) == 0 || errno == EEXIST) {
        struct stat st {};
        if (::lstat(dir.c_str(), &st) == 0 && S_ISDIR(st.st_mode)) return {};
        return std::make_error_code(std::errc::not_a_directory);
    }
    return lastError();
}

std::error_code renamePath(const fs::path& from, const fs::path& to) {
    notify("rename", to);
    if (::rename(from.c_str(), to.c_str()) != 0) return lastError();
    return {};
}

std::error_code createSymlink(const fs::path& target, const fs::path& link) {
    notify("symlink", link);
    if (::symlink(target.c_str(), link.c_str()) != 0) return lastError();
    return {};
}

std::error_code removePath(const fs::path& path) {
    notify("remove", path);
    if (::remove(path.c_str()) != 0 && errno != ENOENT) return lastError();
    return {};
}

std::error_code removeTree(const fs::path& root) {
    std::error_code ec;
    fs::file_status status = fs::symlink_status(root, ec);
    if (ec || !fs::exists(status)) return {};
    if (fs::is_directory(status)) {
        for (fs::directory_iterator it(root, ec), end; !ec && it != end; it.increment(ec))
            if (std::error_code child = removeTree(it->path())) return child;
        if (ec) return ec;
    }
    return removePath(root);
}

std::error_code writeFileAtomically(const fs::path& path, std::string_view bytes) {
    fs::path temp = path;
    temp += ".tmp-" + std::to_string(::getpid());
    NewFile file;
    std::error_code ec = removePath(temp);
    if (!ec) ec = file.create(temp);
    if (!ec) ec = file.write(bytes.data(), bytes.size());
    if (!ec) ec = file.syncAndClose();
    if (!ec) ec = renamePath(temp, path);
    if (!ec) ec = fsyncDirectory(parentOf(path));
    if (ec) removePath(temp);
    return ec;
}

std::error_code appendDurably(const fs::path& path, std::string_view bytes) {
    bool isNew = !fs::exists(fs::symlink_status(path));
    notify("append", path);
    int fd = ::open(path.c_str(), O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0644);
    if (fd < 0) return lastError();
    std::error_code ec;
    for (std::size_t done = 0; done < bytes.size() && !ec;) {
        ssize_t n = ::write(fd, bytes.data() + done, bytes.size() - done);
        if (n < 0 && errno != EINTR) ec = lastError();
        if (n > 0) done += std::size_t(n);
    }
    if (!ec && ::fsync(fd) != 0) ec = lastError();
    ::close(fd);
    if (!ec && isNew) ec = fsyncDirectory(parentOf(path));
    return ec;
}

NewFile::~NewFile() {
    if (fd_ >= 0) ::close(fd_);
}

std::error_code NewFile::create(const fs::path& path) {
    notify("create", path);
    path_ = path;
    fd_ = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0644);
    return fd_ < 0 ? lastError() : std::error_code();
}

std::error_code NewFile::write(const void* data, std::size_t size) {
    notify("write", path_);
    const char* bytes = static_cast<const char*>(data);
    for (std::size_t done = 0; done < size;) {
        ssize_t n = ::write(fd_, bytes + done, size - done);
        if (n < 0 && errno != EINTR) return lastError();
        if (n > 0) done += std::size_t(n);
    }
    return {};
}

std::error_code NewFile::syncAndClose() {
    notify("fsync", path_);
    std::error_code ec;
    if (::fsync(fd_) != 0) ec = lastError();
    if (::close(fd_) != 0 && !ec) ec = lastError();
    fd_ = -1;
    return ec;
}

std::error_code NewFile::close() {
    std::error_code ec;
    if (fd_ >= 0 && ::close(fd_) != 0) ec = lastError();
    fd_ = -1;
    return ec;
}

}  // namespace kiosk::platform
