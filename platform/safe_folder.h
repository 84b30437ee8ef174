#pragma once
// Writing into a folder the exhibit does not fully control (a USB stick) or must keep to (its
// data folder) without ever following a symbolic link out of it. The folder is opened once as
// a directory descriptor; everything below it is reached one component at a time with
// openat(O_NOFOLLOW), never through a path the kernel resolves. New files are created with
// O_CREAT|O_EXCL|O_NOFOLLOW and put in place with renameat() under that descriptor, so a link
// planted at any step (the folder, a sub-folder, the file name) is refused, not written
// through. See issue 16, item 1: an export request once wrote into the installed content.
#include <cstddef>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

namespace kiosk::platform {

class SafeFolder {
  public:
    SafeFolder() = default;
    ~SafeFolder();
    SafeFolder(SafeFolder&& other) noexcept;
    SafeFolder& operator=(SafeFolder&& other) noexcept;
    SafeFolder(const SafeFolder&) = delete;
    SafeFolder& operator=(const SafeFolder&) = delete;

    // Opens `path`, whose last component must be a real folder (not a link). The path up to
    // it is the caller's to trust (the configured data folder, the mount root's stick).
    // With `create`, a missing last component is made (mode 0755). On failure the result is
    // closed and `error` says which folder and why.
    static SafeFolder open(const std::filesystem::path& path, bool create, std::string& error);

    // Opens the folder a setting names (--data-dir), creating it and its parents when missing.
    // Links in that path are followed: they are the administrator's choice. Below it, only
    // openBelow() is used.
    static SafeFolder openConfigured(const std::filesystem::path& path, std::string& error);

    // Opens `relative` ("usage" or "pkg/usage-export": '/'-separated, no "", "." or ".."
    // parts) below this folder, one component at a time, refusing a link, a non-folder or a
    // step onto another file system (a different st_dev). With `create`, missing folders are
    // made (0755).
    SafeFolder openBelow(std::string_view relative, bool create, std::string& error) const;

    bool isOpen() const { return fd_ >= 0; }
    int fd() const { return fd_; }
    const std::filesystem::path& path() const { return path_; }  // for messages only

    // Puts `bytes` in `name` (one component) atomically: a new temporary file (O_EXCL,
    // O_NOFOLLOW, `mode`), fsynced, renamed over `name` with renameat(), then the folder
    // fsynced. Whatever `name` was (a file, a link) is replaced, never followed; a folder
    // there is an error.
    bool replaceFile(std::string_view name, std::string_view bytes, std::string& error,
                     unsigned mode = 0644) const;

    // Opens `name` for appending, created (0644) when missing; a link or anything but a
    // plain file there is refused. Returns the descriptor (the caller closes it) or -1.
    int openForAppend(std::string_view name, std::string& error) const;

    // Reads `name` whole if it is a plain file of at most maxBytes. Nothing when it is
    // missing (error stays empty) or refused (error says why: a link, too big, unreadable).
    std::optional<std::string> readFile(std::string_view name, std::size_t maxBytes,
                                        std::string& error) const;

    // renameat() within this folder; a missing `from` is not an error.
    bool renameIfPresent(std::string_view from, std::string_view to, std::string& error) const;
    // Makes new names and renames in this folder survive a power cut.
    bool sync(std::string& error) const;

  private:
    SafeFolder(int fd, std::filesystem::path path) : fd_(fd), path_(std::move(path)) {}
    void close();

    int fd_ = -1;
    std::filesystem::path path_;
};

// Why `name` cannot be one component below a SafeFolder, or nothing when it can.
std::optional<std::string> unsafeComponentReason(std::string_view name);

}  // namespace kiosk::platform
