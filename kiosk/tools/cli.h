#pragma once
// kiosk-content's subcommands. Each lives in its own file and is listed in the table in
// kiosk_content_main.cpp; adding one (pack, verify, usage-report) means adding a row.
#include <ostream>
#include <span>
#include <string_view>

namespace kiosk::tools {

enum ExitCode : int { kExitOk = 0, kExitProblems = 1, kExitUsage = 2 };

struct CommandIo {
    std::ostream& out;  // results: problems and the summary
    std::ostream& err;  // usage mistakes
};

struct Command {
    std::string_view name;
    std::string_view synopsis;  // "validate DIR [--quiet] [--no-images]"
    std::string_view summary;   // one line for the command list
    std::string_view details;   // what it does and every option, for `help COMMAND`
    int (*run)(std::span<const std::string_view> args, CommandIo& io);
};

// Prints "kiosk-content: <message>" and a pointer to the help, returns kExitUsage.
int usageError(const Command& command, std::string_view message, CommandIo& io);
void printCommandHelp(const Command& command, std::ostream& out);

extern const Command kValidateCommand;
extern const Command kPackCommand;
extern const Command kVerifyCommand;
extern const Command kUsageReportCommand;
extern const Command kStringsCommand;
extern const Command kImportCommand;
extern const Command kShotsCommand;

}  // namespace kiosk::tools
