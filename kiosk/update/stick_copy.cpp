#include "kiosk/update/stick_copy.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <vector>

#include "platform/fs_atomic.h"

namespace kiosk::update {
namespace {

constexpr std::size_t kChunkBytes = 64 * 1024;
constexpr std::string_view kPulledOut = " (was the stick pulled out?)";

// Closes the descriptor on every path out.
struct Fd {
    int fd = -1;
    ~Fd() {
        if (fd >= 0) ::close(fd);
    }
};

Refusal openPlainFile(const std::filesystem::path& path, const std::string& name, Fd& file,
                      struct stat& st) {
    // O_NONBLOCK: a pipe put in a file's place must not hang the kiosk.
    file.fd = ::open(path.c_str(), O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC);
    if (file.fd < 0 && errno == ENOENT)
        return refuse(RefusalCode::MissingFile,
                      name + " is not on the stick" + std::string(kPulledOut));
    if (file.fd < 0 && errno == ELOOP)
        return refuse(RefusalCode::SymlinkOnStick, name + " is a symbolic link");
    if (file.fd < 0 || ::fstat(file.fd, &st) != 0)
        return refuse(
            RefusalCode::StickReadError,
            "could not open " + name + ": " + std::strerror(errno) + std::string(kPulledOut));
    if (!S_ISREG(st.st_mode))
        return refuse(RefusalCode::SymlinkOnStick, name + " is not a plain file");
    return {};
}

// One read(); -1 with errno set on failure, including a failure the test hook injects.
ssize_t readChunk(int fd, char* buffer, std::size_t size, const std::string& name,
                  std::uint64_t offset, const CopyHooks& hooks) {
    if (hooks.beforeRead && !hooks.beforeRead(name, offset)) {
        errno = EIO;
        return -1;
    }
    ssize_t n;
    do n = ::read(fd, buffer, size);
    while (n < 0 && errno == EINTR);
    return n;
}

Refusal readError(const std::string& name) {
    return refuse(RefusalCode::StickReadError, "could not read " + name + " from the stick: " +
                                                   std::strerror(errno) + std::string(kPulledOut));
}

Refusal sizeChanged(const std::string& name, std::string_view how) {
    return refuse(RefusalCode::StickReadError,
                  name + " " + std::string(how) + " while it was copied" + std::string(kPulledOut));
}

Refusal localError(const std::filesystem::path& target, std::error_code ec) {
    return localWriteError("could not write " + target.string(), ec);
}

}  // namespace

SmallFile readSmallFile(const std::filesystem::path& path, std::size_t maxBytes) {
    SmallFile result;
    std::string name = path.filename().string();
    Fd file;
    struct stat st {};
    if ((result.refusal = openPlainFile(path, name, file, st)).refused()) return result;
    if (std::uint64_t(st.st_size) > maxBytes) {
        result.refusal = refuse(RefusalCode::TooLarge,
                                name + " is bigger than " + std::to_string(maxBytes) + " bytes");
        return result;
    }
    std::vector<char> buffer(maxBytes + 1);
    std::size_t total = 0;
    while (total <= maxBytes) {
        ssize_t n =
            readChunk(file.fd, buffer.data() + total, buffer.size() - total, name, total, {});
        if (n < 0) {
            result.refusal = readError(name);
            return result;
        }
        if (n == 0) break;
        total += std::size_t(n);
    }
    if (total > maxBytes) result.refusal = sizeChanged(name, "grew");
    result.bytes.assign(buffer.data(), total);
    return result;
}

Refusal copyFromStick(const std::filesystem::path& packageDir, const std::string& name,
                      std::uint64_t size, const std::filesystem::path& target,
                      const CopyHooks& hooks) {
    Fd file;
    struct stat st {};
    if (Refusal refusal = openPlainFile(packageDir / name, name, file, st); refusal.refused())
        return refusal;
    if (std::uint64_t(st.st_size) != size)
        return refuse(RefusalCode::SizeMismatch, name + " is " + std::to_string(st.st_size) +
                                                     " bytes; manifest.json says " +
                                                     std::to_string(size));
    platform::NewFile out;
    if (std::error_code ec = out.create(target)) return localError(target, ec);
    std::vector<char> buffer(kChunkBytes);
    std::uint64_t copied = 0;
    while (copied < size) {
        std::size_t want = std::size_t(std::min<std::uint64_t>(buffer.size(), size - copied));
        ssize_t n = readChunk(file.fd, buffer.data(), want, name, copied, hooks);
        if (n < 0) return readError(name);
        if (n == 0) return sizeChanged(name, "got shorter");
        if (std::error_code ec = out.write(buffer.data(), std::size_t(n)))
            return localError(target, ec);
        copied += std::uint64_t(n);
    }
    ssize_t extra = readChunk(file.fd, buffer.data(), 1, name, copied, hooks);
    if (extra < 0) return readError(name);
    if (extra > 0) return sizeChanged(name, "grew");
    if (std::error_code ec = out.close()) return localError(target, ec);
    return {};
}

}  // namespace kiosk::update
