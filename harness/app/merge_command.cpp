#include "commands.h"

#include "json_report.h"
#include "report_files.h"

#include <QFile>

#include <cstdio>
#include <map>

namespace graft::harness::app {

int mergeCommand(const CliOptions& o)
{
    RunInfo info;
    info.complete = true;
    info.failOn = o.failOn;
    std::vector<std::string> harnessErrors;
    std::map<std::string, std::size_t> index;
    std::vector<CaseResult> cases;
    bool first = true;
    for (const QString& path : o.mergeInputs) {
        QFile file(path);
        std::string error;
        std::optional<RunReport> shard;
        if (file.open(QIODevice::ReadOnly))
            shard = JsonReport::read(file.readAll().toStdString(), &error);
        else
            error = file.errorString().toStdString();
        if (!shard) {
            std::fprintf(stderr, "harness merge: %s: %s\n", qPrintable(path), error.c_str());
            return kExitHarnessError;
        }
        const RunInfo& r = shard->run;
        if (first) {
            info = r;
            info.shard.clear();
            info.selected = 0;
            info.durationMs = 0;
            info.failOn = o.failOn;
            first = false;
        }
        info.started = std::min(info.started, r.started);
        info.finished = std::max(info.finished, r.finished);
        info.durationMs += r.durationMs;
        info.selected += r.selected;
        info.complete = info.complete && r.complete;
        if (!r.complete)
            info.stopReason = r.stopReason;
        info.shard += (info.shard.empty() ? "" : ",") + r.shard;
        for (std::string& e : shard->harnessErrors)
            harnessErrors.push_back(std::move(e));
        for (CaseResult& c : shard->cases) {
            // A case in two shards keeps its last result.
            if (auto it = index.find(c.id); it != index.end()) {
                cases[it->second] = std::move(c);
            } else {
                index[c.id] = cases.size();
                cases.push_back(std::move(c));
            }
        }
    }
    std::optional<Baseline> baseline;
    if (!o.baseline.isEmpty()) {
        std::string error;
        baseline = Baseline::load(o.baseline, &error);
        if (!baseline) {
            std::fprintf(stderr, "harness merge: %s\n", error.c_str());
            return kExitHarnessError;
        }
        info.baselineFile = o.baseline.toStdString();
    }
    const RunReport report = ReportBuilder::build(info, std::move(cases), baseline ? &*baseline : nullptr, QDate::currentDate(),
                                                  harnessErrors);
    std::string error;
    if (!ReportFiles::writeAll(report, o.reportDir, &error)) {
        std::fprintf(stderr, "harness merge: %s\n", error.c_str());
        return report.exitStatus | kExitHarnessError;
    }
    std::printf("harness merge: %zu reports, %zu cases, %zu gating; exit status %d; reports in %s\n",
                static_cast<std::size_t>(o.mergeInputs.size()), report.cases.size(), report.gating, report.exitStatus,
                qPrintable(o.reportDir));
    return report.exitStatus;
}

} // namespace graft::harness::app
