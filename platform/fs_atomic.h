#pragma once
// Durable, atomic file-system steps for the content update: every write is followed by fsync
// of the file and of the directory that names it, and a switch is one rename(). Each call that
// changes the disk reports itself to an observer first, so the crash test can stop the process
// between any two of them.
#include <cstddef>
#include <filesystem>
#include <string_view>
#include <system_error>

namespace kiosk::platform {

// Called before every disk-changing step (mkdir, create, write, fsync, rename, symlink,
// unlink). `operation` is a short fixed name, e.g. "rename".
using FsOperationObserver = void (*)(const char* operation, const std::filesystem::path& path);
void setFsOperationObserver(FsOperationObserver observer);

std::error_code fsyncFile(const std::filesystem::path& path);
std::error_code fsyncDirectory(const std::filesystem::path& dir);
// fsync of every file and directory under root (root included), children before parents.
std::error_code fsyncTree(const std::filesystem::path& root);

std::error_code makeDirectory(const std::filesystem::path& dir);  // existing is fine
std::error_code renamePath(const std::filesystem::path& from, const std::filesystem::path& to);
std::error_code createSymlink(const std::filesystem::path& target,
                              const std::filesystem::path& link);
std::error_code removePath(const std::filesystem::path& path);  // file, link or empty dir
std::error_code removeTree(const std::filesystem::path& root);  // absent is fine

// Writes bytes to a temporary sibling, fsyncs it, renames it over `path`, fsyncs the directory.
std::error_code writeFileAtomically(const std::filesystem::path& path, std::string_view bytes);
// Appends and fsyncs (creating the file and fsyncing its directory when new).
std::error_code appendDurably(const std::filesystem::path& path, std::string_view bytes);

// A new file written in pieces: created exclusively (never through a symlink), then synced.
class NewFile {
  public:
    NewFile() = default;
    ~NewFile();
    NewFile(const NewFile&) = delete;
    NewFile& operator=(const NewFile&) = delete;

    std::error_code create(const std::filesystem::path& path);
    std::error_code write(const void* data, std::size_t size);
    std::error_code syncAndClose();
    std::error_code close();  // without fsync, for files fsynced later as a tree

  private:
    int fd_ = -1;
    std::filesystem::path path_;
};

}  // namespace kiosk::platform
