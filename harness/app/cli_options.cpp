#include "cli_options.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

#include <cstdio>

#ifndef GRAFT_SOURCE_DIR
#define GRAFT_SOURCE_DIR ""
#endif

namespace graft::harness::app {

namespace {

const char* const kDescription = R"(Shadow-runs a GraphQL corpus through the legacy Python path and the native engine and
compares them layer by layer (CONTRACT §10): SQL, parameters, errors, response.

  harness [options]                      run the corpus
  harness merge [options] REPORT.json…   combine shard reports into one report

Without --dsn a throwaway PostgreSQL is started (pgtmp beside this executable), loaded with the demo
database (corpus/demo/demo_db.py) and stopped at the end.

Both sides get the same schema file, database and --config. The native side runs --jobs requests
at a time; each case it answers is also replayed with its plan cache cold, warm and off (§9).
--legacy-only runs and reports the legacy side alone (its latency, errors and crashes), e.g. for
baselining legacy latency.

Reports (in --report-dir): results.jsonl (appended as cases finish; --resume continues from it),
report.json (reports/report.schema.json), junit.xml, report.html, summary.md.

Exit status, a bitmask: 0 clean; 1 divergences that gate; 2 harness error; 4 incomplete run;
8 stale or expired baseline entries; 64 usage error.)";

void usage(const QString& message)
{
    std::fprintf(stderr, "harness: %s\nTry 'harness --help'.\n", qPrintable(message));
}

} // namespace

std::optional<CliOptions> parseCommandLine(const QStringList& arguments, int* exitNow)
{
    *exitNow = -1;
    QCommandLineParser p;
    p.setApplicationDescription(QString::fromUtf8(kDescription));
    p.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, QStringLiteral("Show this help."));
    const QCommandLineOption corpus(QStringLiteral("corpus"), QStringLiteral("A corpus file, or a directory of *.jsonl files (repeatable). Default: <source>/corpus/cases."), QStringLiteral("FILE|DIR"));
    const QCommandLineOption schema(QStringLiteral("schema"), QStringLiteral("The SDL file. Default: <source>/corpus/schema/demo.graphql."), QStringLiteral("FILE"));
    const QCommandLineOption dsn(QStringLiteral("dsn"), QStringLiteral("libpq DSN of the database both sides query. Default: a throwaway server with the demo data."), QStringLiteral("DSN"));
    const QCommandLineOption legacy(QStringLiteral("legacy"), QStringLiteral("The legacy path's adapter factory. Default: graft_legacy:create."), QStringLiteral("module:callable"));
    const QCommandLineOption legacyOnly(QStringLiteral("legacy-only"), QStringLiteral("Run and report the legacy side alone (no comparison)."));
    const QCommandLineOption jobs(QStringLiteral("jobs"), QStringLiteral("Native-side worker threads (the legacy side always runs on one). Default: 1."), QStringLiteral("N"));
    const QCommandLineOption shard(QStringLiteral("shard"), QStringLiteral("Run shard i of n (1-based, stable by case id hash)."), QStringLiteral("i/n"));
    const QCommandLineOption sample(QStringLiteral("sample"), QStringLiteral("Run a stable sample: a fraction (0.1) or percentage (10%) of the cases."), QStringLiteral("P"));
    const QCommandLineOption caseId(QStringLiteral("case"), QStringLiteral("Re-run one case, printing both sides' SQL, params and responses."), QStringLiteral("ID"));
    const QCommandLineOption tags(QStringLiteral("tags"), QStringLiteral("Only cases with one of these tags (comma-separated)."), QStringLiteral("T1,T2"));
    const QCommandLineOption baseline(QStringLiteral("baseline"), QStringLiteral("Accepted divergences (JSON; # and // comment lines allowed)."), QStringLiteral("FILE"));
    const QCommandLineOption reportDir(QStringLiteral("report-dir"), QStringLiteral("Where reports go. Default: ./runs/harness (git-ignored at the repository root)."), QStringLiteral("DIR"));
    const QCommandLineOption repeat(QStringLiteral("repeat"), QStringLiteral("Executions per side per case (first = cold, rest = warm). Default: 1."), QStringLiteral("N"));
    const QCommandLineOption timeout(QStringLiteral("timeout-ms"), QStringLiteral("Per execution; a side that takes longer times out. Default: none."), QStringLiteral("MS"));
    const QCommandLineOption maxTime(QStringLiteral("max-time"), QStringLiteral("Stop after this many seconds (the run is then incomplete). Default: none."), QStringLiteral("S"));
    const QCommandLineOption failOn(QStringLiteral("fail-on"), QStringLiteral("Which divergences gate: new (not in the baseline; default) or any."), QStringLiteral("new|any"));
    const QCommandLineOption resume(QStringLiteral("resume"), QStringLiteral("Keep the results already in <report-dir>/results.jsonl and skip those cases."));
    const QCommandLineOption config(QStringLiteral("config"), QStringLiteral("The §2.1 configuration as a JSON object. Default: {}."), QStringLiteral("JSON"));
    const QCommandLineOption sourceDir(QStringLiteral("source-dir"), QStringLiteral("The Graft source tree (corpus/, demo loader). Default: the one this was built from."), QStringLiteral("DIR"));
    p.addOptions({help, corpus, schema, dsn, legacy, legacyOnly, jobs, shard, sample, caseId, tags, baseline, reportDir, repeat,
                  timeout, maxTime, failOn, resume, config, sourceDir});
    p.addPositionalArgument(QStringLiteral("merge"), QStringLiteral("Merge shard reports: harness merge [--report-dir DIR] [--baseline F] [--fail-on new|any] REPORT.json…"), QStringLiteral("[merge REPORT.json…]"));
    if (!p.parse(arguments)) {
        usage(p.errorText());
        return std::nullopt;
    }
    if (p.isSet(help)) {
        std::fputs(qPrintable(p.helpText()), stdout);
        *exitNow = 0;
        return std::nullopt;
    }
    CliOptions o;
    const QStringList positional = p.positionalArguments();
    if (!positional.isEmpty()) {
        if (positional.front() != QStringLiteral("merge")) {
            usage(QStringLiteral("unexpected argument '%1'").arg(positional.front()));
            return std::nullopt;
        }
        o.merge = true;
        o.mergeInputs = positional.mid(1);
        if (o.mergeInputs.isEmpty()) {
            usage(QStringLiteral("merge needs at least one report.json"));
            return std::nullopt;
        }
    }
    o.sourceDir = p.isSet(sourceDir) ? p.value(sourceDir)
                  : qEnvironmentVariableIsSet("GRAFT_SOURCE_DIR") ? qEnvironmentVariable("GRAFT_SOURCE_DIR")
                                                                  : QString::fromUtf8(GRAFT_SOURCE_DIR);
    o.corpus = p.values(corpus);
    if (o.corpus.isEmpty() && !o.merge)
        o.corpus << QDir(o.sourceDir).filePath(QStringLiteral("corpus/cases"));
    o.schema = p.isSet(schema) ? p.value(schema) : QDir(o.sourceDir).filePath(QStringLiteral("corpus/schema/demo.graphql"));
    if (p.isSet(dsn))
        o.dsn = p.value(dsn);
    if (p.isSet(legacy))
        o.legacyEntryPoint = p.value(legacy).toStdString();
    o.legacyOnly = p.isSet(legacyOnly);
    o.resume = p.isSet(resume);
    o.baseline = p.value(baseline);
    o.reportDir = p.isSet(reportDir) ? p.value(reportDir) : QStringLiteral("runs/harness");
    if (p.isSet(config))
        o.configJson = p.value(config).toStdString();
    const auto positiveInt = [&](const QCommandLineOption& option, int fallback, int* out) {
        if (!p.isSet(option)) {
            *out = fallback;
            return true;
        }
        bool ok = false;
        *out = p.value(option).toInt(&ok);
        if (!ok || *out < 1) {
            usage(QStringLiteral("--%1 needs a positive integer").arg(option.names().front()));
            return false;
        }
        return true;
    };
    int timeoutMs = 0;
    int maxSeconds = 0;
    if (!positiveInt(jobs, 1, &o.jobs) || !positiveInt(repeat, 1, &o.repeat) || !positiveInt(timeout, 0, &timeoutMs)
        || !positiveInt(maxTime, 0, &maxSeconds))
        return std::nullopt;
    o.timeout = std::chrono::milliseconds(timeoutMs);
    o.maxTime = std::chrono::seconds(maxSeconds);
    if (p.isSet(failOn)) {
        const QString v = p.value(failOn);
        if (v != QStringLiteral("new") && v != QStringLiteral("any")) {
            usage(QStringLiteral("--fail-on takes new or any"));
            return std::nullopt;
        }
        o.failOn = v == QStringLiteral("any") ? FailOn::Any : FailOn::New;
    }
    if (p.isSet(shard)) {
        const QRegularExpressionMatch m = QRegularExpression(QStringLiteral("^(\\d+)/(\\d+)$")).match(p.value(shard));
        const int i = m.hasMatch() ? m.captured(1).toInt() : 0;
        const int n = m.hasMatch() ? m.captured(2).toInt() : 0;
        if (n < 1 || i < 1 || i > n) {
            usage(QStringLiteral("--shard takes i/n with 1 <= i <= n"));
            return std::nullopt;
        }
        o.selection.shardIndex = i;
        o.selection.shardCount = n;
        o.shardText = p.value(shard).toStdString();
    }
    if (p.isSet(sample)) {
        QString v = p.value(sample);
        const bool percent = v.endsWith(u'%');
        if (percent)
            v.chop(1);
        bool ok = false;
        double fraction = v.toDouble(&ok);
        fraction = percent ? fraction / 100.0 : fraction;
        if (!ok || fraction <= 0 || fraction > 1) {
            usage(QStringLiteral("--sample takes a fraction in (0, 1] or a percentage"));
            return std::nullopt;
        }
        o.selection.sample = fraction;
    }
    if (p.isSet(tags)) {
        for (const QString& t : p.value(tags).split(u',', Qt::SkipEmptyParts))
            o.selection.tags.push_back(t.trimmed().toStdString());
    }
    if (p.isSet(caseId)) {
        o.singleCase = p.value(caseId).toStdString();
        o.selection.caseIds = {*o.singleCase};
    }
    return o;
}

} // namespace graft::harness::app
