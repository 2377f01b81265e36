// The `harness` command line: shadow runs and report merging (see `harness --help`).
#include "cli_options.h"
#include "commands.h"

#include <QCoreApplication>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("harness"));
    int exitNow = -1;
    const std::optional<graft::harness::app::CliOptions> options =
        graft::harness::app::parseCommandLine(QCoreApplication::arguments(), &exitNow);
    if (!options)
        return exitNow >= 0 ? exitNow : graft::harness::kExitUsage;
    return options->merge ? graft::harness::app::mergeCommand(*options) : graft::harness::app::runCommand(*options);
}
