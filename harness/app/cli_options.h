#pragma once

#include "corpus_reader.h"
#include "run_report.h"

#include <QString>
#include <QStringList>

#include <chrono>
#include <optional>
#include <string>

namespace graft::harness::app {

/// Everything the `harness` command line says, validated.
struct CliOptions {
    bool merge = false;
    QStringList mergeInputs;
    QStringList corpus;
    QString schema;
    std::optional<QString> dsn;
    std::string legacyEntryPoint = "graft_legacy:create";
    bool legacyOnly = false;
    int jobs = 1;
    CaseSelection selection;
    std::string shardText;
    std::optional<std::string> singleCase;  ///< --case: re-run one, printing both sides
    QString baseline;
    QString reportDir;
    int repeat = 1;
    std::chrono::milliseconds timeout{0};
    std::chrono::milliseconds maxTime{0};
    FailOn failOn = FailOn::New;
    bool resume = false;
    QString sourceDir;  ///< the source tree (corpus/, the demo loader)
    std::string configJson = "{}";
};

/// Parses argv; on a usage error returns nullopt after printing to stderr (exit 64); --help and
/// --version print and set `exitNow` to 0.
std::optional<CliOptions> parseCommandLine(const QStringList& arguments, int* exitNow);

} // namespace graft::harness::app
