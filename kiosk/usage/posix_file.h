#pragma once
// The few POSIX file calls the usage log needs for durability (write, fdatasync), kept in one
// place. The file is opened under a SafeFolder, so a link in its place is refused.
#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>

#include "platform/safe_folder.h"

namespace kiosk::usage {

// A file opened for appending, closed when destroyed.
class AppendFile {
  public:
    AppendFile() = default;
    AppendFile(const AppendFile&) = delete;
    AppendFile& operator=(const AppendFile&) = delete;
    AppendFile(AppendFile&& other) noexcept;
    AppendFile& operator=(AppendFile&& other) noexcept;
    ~AppendFile();

    // Opens `name` in `folder` for appending, created if needed (mode 0644); a link or
    // anything but a plain file there is refused. On failure returns false and sets `error`.
    bool open(const platform::SafeFolder& folder, std::string_view name, std::string& error);
    bool isOpen() const { return fd_ >= 0; }
    std::uint64_t size() const { return size_; }
    bool endsWithNewline() const;  // true for an empty file

    // Writes all of `bytes` with write(2), retrying short writes. The kernel has the data when
    // this returns true; only dataSync() makes it survive a power cut.
    bool append(std::string_view bytes, std::string& error);
    bool dataSync(std::string& error);
    void close();

  private:
    int fd_ = -1;
    std::uint64_t size_ = 0;
};

}  // namespace kiosk::usage
