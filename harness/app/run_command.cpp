#include "commands.h"

#include "corpus_reader.h"
#include "json_report.h"
#include "legacy_path.h"
#include "native_path.h"
#include "progress_display.h"
#include "report_files.h"
#include "shadow_runner.h"
#include "throwaway_database.h"

#include <QDateTime>
#include <QDir>
#include <QFile>

#include <atomic>
#include <csignal>
#include <cstdio>
#include <memory>
#include <mutex>
#include <set>
#include <unistd.h>

namespace graft::harness::app {

namespace {

std::atomic<ShadowRunner*> g_runner{nullptr};  // for the SIGINT/SIGTERM handler only

extern "C" void onSignal(int)
{
    if (ShadowRunner* runner = g_runner.load())
        runner->requestStop();
}

std::string isoNow()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs).toStdString();
}

/// Results already in results.jsonl (a torn last line from a crash is ignored).
std::vector<CaseResult> readResults(const QString& path)
{
    std::vector<CaseResult> results;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return results;
    while (!file.atEnd()) {
        const QByteArray line = file.readLine().trimmed();
        std::string error;
        if (std::optional<CaseResult> r = caseResultFromJson(line.toStdString(), &error))
            results.push_back(std::move(*r));
    }
    return results;
}

void printSide(const char* name, const SideResult& side)
{
    std::printf("== %s: %s%s%s\n", name, runStatusName(side.status), side.detail.empty() ? "" : " — ", side.detail.c_str());
    for (std::size_t i = 0; i < side.report.sql.size(); ++i) {
        std::printf("sql %zu: %s\n", i, side.report.sql[i].c_str());
        if (i < side.report.params.size())
            for (const Param& p : side.report.params[i])
                std::printf("  param %s: %s\n", p.type.c_str(), p.text.c_str());
    }
    std::printf("response: %s\nerrors: %s\ncache: %s\n", side.report.response.value_or("(none)").c_str(),
                side.report.errors.c_str(), cacheStatusName(side.report.cache));
    if (!side.runs.empty()) {
        const RunTiming& t = side.runs.front();
        std::printf("timings µs: end-to-end %lld, parse %lld, validate %lld, plan %lld, execute %lld, respond %lld\n",
                    static_cast<long long>(t.endToEnd), static_cast<long long>(t.stages.parse),
                    static_cast<long long>(t.stages.validate), static_cast<long long>(t.stages.plan),
                    static_cast<long long>(t.stages.execute), static_cast<long long>(t.stages.respond));
    }
}

void printCase(const CaseResult& r)
{
    std::printf("case %s: %s\nsignature: %s\n", r.id.c_str(), caseOutcomeName(r.outcome), r.signature.key().c_str());
    printSide("legacy", r.legacy);
    if (r.native)
        printSide("native", *r.native);
    for (const Difference& d : r.differences)
        std::printf("difference %s at %s%s\n  legacy: %s\n  native: %s\n", diffKindName(d.kind), d.pointer.c_str(),
                    d.noise ? " (noise)" : "", d.legacy.c_str(), d.native.c_str());
}

/// The engines' warnings and errors on stderr, each distinct message once (a broken DSN would
/// otherwise repeat for every case).
graft::LogSink engineLog()
{
    auto seen = std::make_shared<std::pair<std::mutex, std::set<std::string>>>();
    return [seen](graft::LogLevel level, std::string_view message) {
        if (level != graft::LogLevel::Warning && level != graft::LogLevel::Error)
            return;
        std::lock_guard lock(seen->first);
        if (seen->second.emplace(message).second)
            std::fprintf(stderr, "harness: native engine: %.*s\n", static_cast<int>(message.size()), message.data());
    };
}

} // namespace

int runCommand(const CliOptions& o)
{
    std::vector<std::string> harnessErrors;
    const Corpus corpus = CorpusReader::read(o.corpus, o.selection);
    for (const CorpusProblem& p : corpus.problems)
        harnessErrors.push_back("corpus " + p.source + (p.line ? ":" + std::to_string(p.line) : std::string()) + ": " + p.message);
    for (const std::string& e : harnessErrors)
        std::fprintf(stderr, "harness: %s\n", e.c_str());
    if (o.singleCase && corpus.cases.empty()) {
        std::fprintf(stderr, "harness: no case \"%s\" in the corpus\n", o.singleCase->c_str());
        return kExitHarnessError;
    }
    std::optional<Baseline> baseline;
    if (!o.baseline.isEmpty()) {
        std::string error;
        baseline = Baseline::load(o.baseline, &error);
        if (!baseline) {
            std::fprintf(stderr, "harness: %s\n", error.c_str());
            return kExitHarnessError;
        }
    }
    if (!QDir().mkpath(o.reportDir)) {
        std::fprintf(stderr, "harness: cannot create %s\n", qPrintable(o.reportDir));
        return kExitHarnessError;
    }
    const QString resultsPath = QDir(o.reportDir).filePath(QStringLiteral("results.jsonl"));
    std::vector<CaseResult> results = o.resume && !o.singleCase ? readResults(resultsPath) : std::vector<CaseResult>{};
    std::set<std::string> done;
    for (const CaseResult& r : results)
        done.insert(r.id);
    std::vector<Case> todo;
    for (const Case& c : corpus.cases) {
        if (!done.count(c.id))
            todo.push_back(c);
    }
    if (o.resume)
        std::fprintf(stderr, "harness: resuming: %zu cases already done, %zu to run\n", results.size(), todo.size());

    ThrowawayDatabase database;
    QString dsn;
    if (o.dsn) {
        dsn = *o.dsn;
    } else {
        std::fprintf(stderr, "harness: starting a throwaway PostgreSQL with the demo database…\n");
        std::string error;
        if (!database.start(o.sourceDir, &error)) {
            std::fprintf(stderr, "harness: %s\n", error.c_str());
            return kExitHarnessError;
        }
        dsn = database.dsn();
    }
    LegacyConfig legacyConfig;
    legacyConfig.schemaPath = o.schema;
    legacyConfig.dsn = dsn;
    legacyConfig.configJson = o.configJson;
    legacyConfig.entryPoint = o.legacyEntryPoint;
    const QString pythonPath = qEnvironmentVariableIsSet("GRAFT_PYTHONPATH") ? qEnvironmentVariable("GRAFT_PYTHONPATH")
                                                                              : QString::fromUtf8(GRAFT_DEFAULT_PYTHONPATH);
    legacyConfig.pythonPath = pythonPath.split(u':', Qt::SkipEmptyParts);
    std::string error;
    std::unique_ptr<LegacyPath> legacy = LegacyPath::create(legacyConfig, &error);
    if (!legacy) {
        std::fprintf(stderr, "harness: %s\n", error.c_str());
        return kExitHarnessError;
    }

    std::unique_ptr<NativePath> native;
    if (!o.legacyOnly) {
        NativeConfig nativeConfig;
        nativeConfig.schemaPath = o.schema.toStdString();
        nativeConfig.dsn = dsn.toStdString();
        nativeConfig.configJson = o.configJson;
        nativeConfig.workers = o.jobs;
        nativeConfig.log = engineLog();
        native = NativePath::create(nativeConfig, &error);
        if (!native) {
            std::fprintf(stderr, "harness: %s\n", error.c_str());
            return kExitHarnessError;
        }
    }

    QFile resultsFile(resultsPath);
    if (!resultsFile.open(o.resume && !o.singleCase ? QIODevice::Append : QIODevice::WriteOnly | QIODevice::Truncate)) {
        std::fprintf(stderr, "harness: cannot write %s\n", qPrintable(resultsPath));
        return kExitHarnessError;
    }
    RunnerOptions runnerOptions;
    runnerOptions.repeat = o.repeat;
    runnerOptions.jobs = o.jobs;
    runnerOptions.timeout = o.timeout;
    runnerOptions.maxTime = o.maxTime;
    RunInfo info;
    info.started = isoNow();
    const auto started = std::chrono::steady_clock::now();
    ShadowRunner runner(*legacy, native.get(), native.get(), runnerOptions);
    g_runner = &runner;
    std::signal(SIGINT, onSignal);
    std::signal(SIGTERM, onSignal);
    ProgressDisplay progress(todo.size(), isatty(STDERR_FILENO) != 0);
    const RunSummary summary = runner.run(todo, [&](const CaseResult& r) {
        // Appended and flushed as it is produced: a crash loses at most the case in progress.
        resultsFile.write(QByteArray::fromStdString(caseResultToJson(r) + "\n"));
        resultsFile.flush();
        progress.advance(r.outcome);
        if (o.singleCase)
            printCase(r);
        results.push_back(r);
    });
    progress.finish();
    g_runner = nullptr;
    std::signal(SIGINT, SIG_DFL);
    std::signal(SIGTERM, SIG_DFL);
    resultsFile.close();

    info.finished = isoNow();
    info.durationMs = std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - started).count();
    info.legacy = legacy->name();
    if (native)
        info.native = native->name();
    for (const QString& c : o.corpus)
        info.corpus.push_back(c.toStdString());
    info.schema = o.schema.toStdString();
    info.shard = o.shardText;
    info.sample = o.selection.sample;
    info.repeat = o.repeat;
    info.jobs = o.jobs;
    info.legacyOnly = o.legacyOnly;
    info.complete = summary.complete;
    info.stopReason = summary.stopReason;
    info.selected = corpus.cases.size();
    info.failOn = o.failOn;
    info.baselineFile = o.baseline.toStdString();
    const RunReport report = ReportBuilder::build(info, std::move(results), baseline ? &*baseline : nullptr,
                                                  QDate::currentDate(), harnessErrors);
    if (!ReportFiles::writeAll(report, o.reportDir, &error)) {
        std::fprintf(stderr, "harness: %s\n", error.c_str());
        return report.exitStatus | kExitHarnessError;
    }
    const StageLatency& l = report.latency.legacyCold;
    std::printf("harness: %zu/%zu cases%s; legacy end-to-end p50 %.2f ms, p90 %.2f ms, p99 %.2f ms; ", report.cases.size(),
                report.run.selected, report.run.complete ? "" : " (incomplete)", l.endToEnd.p50 / 1000, l.endToEnd.p90 / 1000,
                l.endToEnd.p99 / 1000);
    if (native) {
        const StageLatency& n = report.latency.nativeCold;
        std::printf("native p50 %.2f ms, p90 %.2f ms, p99 %.2f ms; %zu gating divergences; ", n.endToEnd.p50 / 1000,
                    n.endToEnd.p90 / 1000, n.endToEnd.p99 / 1000, report.gating);
    } else {
        std::printf("%zu crashes/timeouts; ", report.gating);
    }
    std::printf("exit status %d; reports in %s\n", report.exitStatus, qPrintable(o.reportDir));
    return report.exitStatus;
}

} // namespace graft::harness::app
