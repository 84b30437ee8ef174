// kiosk-content: the content editors' and staff's command-line tool.
#include <array>
#include <iostream>
#include <string_view>
#include <vector>

#include "kiosk/tools/cli.h"

namespace kiosk::tools {
namespace {

// Every subcommand, in the order the help lists them.
const std::array<const Command*, 7> kCommands = {
    &kValidateCommand, &kImportCommand, &kStringsCommand,    &kShotsCommand,
    &kPackCommand,     &kVerifyCommand, &kUsageReportCommand};

const Command* findCommand(std::string_view name) {
    for (const Command* command : kCommands)
        if (command->name == name) return command;
    return nullptr;
}

void printHelp(std::ostream& out) {
    out << "kiosk-content: check and prepare content for the Mediation Map exhibit\n\n"
           "Usage:\n";
    for (const Command* command : kCommands) out << "  kiosk-content " << command->synopsis << '\n';
    out << "  kiosk-content help [COMMAND]\n"
           "  kiosk-content --help\n\nCommands:\n";
    for (const Command* command : kCommands)
        out << "  " << command->name << std::string(14 - command->name.size(), ' ')
            << command->summary << '\n';
    out << "  help          show this help, or a command's options\n\n";
    for (const Command* command : kCommands) printCommandHelp(*command, out);
    out << "The content format is described in docs/content-format.md.\n";
}

int runHelp(std::span<const std::string_view> args, CommandIo& io) {
    if (args.empty()) {
        printHelp(io.out);
        return kExitOk;
    }
    if (const Command* command = findCommand(args[0])) {
        printCommandHelp(*command, io.out);
        return kExitOk;
    }
    io.err << "kiosk-content: there is no command \"" << args[0]
           << "\"; run kiosk-content --help for the list\n";
    return kExitUsage;
}

int run(std::span<const std::string_view> args, CommandIo& io) {
    if (args.empty()) {
        io.err << "kiosk-content: which command? run kiosk-content --help for the list\n";
        return kExitUsage;
    }
    std::string_view name = args[0];
    if (name == "--help" || name == "-h" || name == "help") return runHelp(args.subspan(1), io);
    if (const Command* command = findCommand(name)) return command->run(args.subspan(1), io);
    io.err << "kiosk-content: unknown command \"" << name
           << "\"; run kiosk-content --help for the list\n";
    return kExitUsage;
}

}  // namespace

int usageError(const Command& command, std::string_view message, CommandIo& io) {
    io.err << "kiosk-content " << command.name << ": " << message << "\n"
           << "usage: kiosk-content " << command.synopsis << "\n"
           << "run kiosk-content help " << command.name << " for the options\n";
    return kExitUsage;
}

void printCommandHelp(const Command& command, std::ostream& out) {
    out << "kiosk-content " << command.synopsis << "\n  " << command.summary << "\n\n"
        << command.details << '\n';
}

}  // namespace kiosk::tools

int main(int argc, char** argv) {
    std::vector<std::string_view> args(argv + 1, argv + argc);
    kiosk::tools::CommandIo io{std::cout, std::cerr};
    return kiosk::tools::run(args, io);
}
