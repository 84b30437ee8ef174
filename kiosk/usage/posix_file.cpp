#include "kiosk/usage/posix_file.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <utility>

namespace kiosk::usage {
namespace {

std::string describeErrno(std::string_view what, const std::filesystem::path& path) {
    return std::string(what) + " " + path.string() + ": " + std::strerror(errno);
}

}  // namespace

AppendFile::AppendFile(AppendFile&& other) noexcept
    : fd_(std::exchange(other.fd_, -1)), size_(other.size_) {}

AppendFile& AppendFile::operator=(AppendFile&& other) noexcept {
    if (this != &other) {
        close();
        fd_ = std::exchange(other.fd_, -1);
        size_ = other.size_;
    }
    return *this;
}

AppendFile::~AppendFile() {
    close();
}

bool AppendFile::open(const platform::SafeFolder& folder, std::string_view name,
                      std::string& error) {
    close();
    fd_ = folder.openForAppend(name, error);
    if (fd_ < 0) return false;
    std::filesystem::path path = folder.path() / std::string(name);
    struct stat info {};
    if (::fstat(fd_, &info) != 0) {
        error = describeErrno("cannot stat", path);
        close();
        return false;
    }
    size_ = std::uint64_t(info.st_size);
    return true;
}

bool AppendFile::endsWithNewline() const {
    if (fd_ < 0 || size_ == 0) return true;
    char last = 0;
    return ::pread(fd_, &last, 1, off_t(size_ - 1)) == 1 && last == '\n';
}

bool AppendFile::append(std::string_view bytes, std::string& error) {
    while (!bytes.empty()) {
        ssize_t written = ::write(fd_, bytes.data(), bytes.size());
        if (written < 0 && errno == EINTR) continue;
        if (written <= 0) {
            error = std::string("cannot write the usage log: ") +
                    (written < 0 ? std::strerror(errno) : "nothing written");
            return false;
        }
        size_ += std::uint64_t(written);
        bytes.remove_prefix(std::size_t(written));
    }
    return true;
}

bool AppendFile::dataSync(std::string& error) {
    if (fd_ >= 0 && ::fdatasync(fd_) != 0) {
        error = std::string("cannot sync the usage log: ") + std::strerror(errno);
        return false;
    }
    return true;
}

void AppendFile::close() {
    if (fd_ >= 0) ::close(fd_);
    fd_ = -1;
    size_ = 0;
}

}  // namespace kiosk::usage
