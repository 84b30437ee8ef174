#pragma once
// The few POSIX file calls the usage log needs for durability (write, fdatasync, fsync of a
// directory after renames), kept in one place.
#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>

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

    // Creates the file if needed (mode 0644). On failure returns false and sets `error`.
    bool open(const std::filesystem::path& path, std::string& error);
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

// rename(2): replaces `to` atomically. Missing `from` is not an error.
bool renameIfPresent(const std::filesystem::path& from, const std::filesystem::path& to,
                     std::string& error);
// Makes renames and new files in `directory` survive a power cut.
bool syncDirectory(const std::filesystem::path& directory, std::string& error);

}  // namespace kiosk::usage
