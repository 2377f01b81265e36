#include "fake_path.h"
#include "html_report.h"
#include "json_report.h"
#include "junit_report.h"
#include "markdown_report.h"
#include "report_files.h"
#include "schema_validator.h"
#include "shadow_runner.h"
#include "test_env.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace graft::harness;
using namespace graft::harness::test;

namespace {

const QDate kToday(2025, 6, 1);

/// A report over cases of several outcomes (including control characters and a crash).
RunReport sampleReport()
{
    FakePath legacy;
    FakePath native;
    std::vector<Case> cases;
    const auto add = [&](const std::string& id, const std::string& tag, SideReport l, SideReport n) {
        legacy.script(id, {std::move(l)});
        native.script(id, {std::move(n)});
        Case c;
        c.id = id;
        c.query = "{ x }";
        c.tags = {tag};
        cases.push_back(c);
    };
    const std::string sql = bq("SELECT `data`::text FROM `public`.`v_user` WHERE (`data`->>'n' LIKE $1::text)");
    add("same", "ops", report(R"({"data":{"users":[]}})", {sql}, {{{"text", "a"}}}), report(R"({"data":{"users":[]}})", {sql}, {{{"text", "a"}}}));
    add("value", "ops", report("{\"data\":{\"s\":\"a\\u0001<b>\"}}"), report(R"({"data":{"s":"b & c"}})"));
    add("param", "params", report("{}", {sql}, {{{"text", "a"}}}), report("{}", {sql}, {{{"text", "b"}}}));
    add("accepted", "params", report("{}", {sql}, {{{"text", "x"}}}), report("{}", {sql}, {{{"text", "y"}}}));
    native.crashOn("crash");
    Case crash;
    crash.id = "crash";
    cases.push_back(crash);
    RunnerOptions options;
    options.repeat = 2;
    ShadowRunner runner(legacy, &native, &native, options);
    std::vector<CaseResult> results;
    runner.run(cases, [&](const CaseResult& r) { results.push_back(r); });
    std::string error;
    std::optional<Baseline> baseline = Baseline::parse(R"([{"case":"accepted","owner":"o","reason":"r","link":"l","expires":"2030-01-01"},
        {"signature":"never|**","owner":"o","reason":"stale"}])", &error);
    RunInfo info;
    info.started = "2025-06-01T00:00:00.000Z";
    info.legacy = "fake legacy";
    info.native = "fake native";
    info.corpus = {"c.jsonl"};
    info.selected = cases.size();
    info.repeat = 2;
    return ReportBuilder::build(info, std::move(results), &*baseline, kToday, {"corpus c.jsonl:9: invalid JSON"});
}

JsonValue parsedFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    const JsonParseResult r = parseJson(file.readAll().toStdString());
    if (!r.value)
        qFatal("%s is not JSON: %s", qPrintable(path), r.error.c_str());
    return *r.value;
}

} // namespace

class TstReports : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void jsonReportValidatesAgainstTheSchema();
    void schemaValidatorCatchesViolations();
    void jsonReportReadsBack();
    void junitParsesAndCarriesFailures();
    void htmlIsSelfContained();
    void markdownStaysUnderTheLimit();
    void writesAllFiles();
};

void TstReports::jsonReportValidatesAgainstTheSchema()
{
    const RunReport report = sampleReport();
    QCOMPARE(report.exitStatus, kExitDivergence | kExitHarnessError | kExitStaleBaseline);
    const SchemaValidator validator(parsedFile(graft::test::sourceDir() + QStringLiteral("/reports/report.schema.json")));
    const JsonParseResult written = parseJson(JsonReport::write(report));
    QVERIFY2(written.value, written.error.c_str());
    const std::vector<std::string> errors = validator.validate(*written.value);
    std::string all;
    for (const std::string& e : errors)
        all += e + "\n";
    QVERIFY2(errors.empty(), all.c_str());
    QCOMPARE(written.value->member("cases")->items.size(), std::size_t(5));
}

void TstReports::schemaValidatorCatchesViolations()
{
    const SchemaValidator validator(parsedFile(graft::test::sourceDir() + QStringLiteral("/reports/report.schema.json")));
    JsonValue broken = *parseJson(JsonReport::write(sampleReport())).value;
    for (auto& [key, value] : broken.members) {
        if (key == "version")
            value.text = "2";
        if (key == "summary")
            value.members.emplace_back("surprise", JsonValue{});
    }
    QCOMPARE(validator.validate(broken).size(), std::size_t(2));
}

void TstReports::jsonReportReadsBack()
{
    const RunReport report = sampleReport();
    std::string error;
    const std::optional<RunReport> back = JsonReport::read(JsonReport::write(report), &error);
    QVERIFY2(back, error.c_str());
    QCOMPARE(back->cases.size(), report.cases.size());
    QCOMPARE(back->run.legacy, std::string("fake legacy"));
    QCOMPARE(back->harnessErrors.size(), std::size_t(1));
    for (std::size_t i = 0; i < report.cases.size(); ++i) {
        QCOMPARE(back->cases[i].id, report.cases[i].id);
        QCOMPARE(back->cases[i].outcome, report.cases[i].outcome);
        QCOMPARE(back->cases[i].signature, report.cases[i].signature);
        QCOMPARE(back->cases[i].differences.size(), report.cases[i].differences.size());
        QCOMPARE(back->cases[i].legacy.runs.size(), report.cases[i].legacy.runs.size());
        QCOMPARE(back->cases[i].gating, report.cases[i].gating);
        QCOMPARE(caseResultToJson(back->cases[i]), caseResultToJson(report.cases[i]));
    }
    // Rebuilt (as `harness merge` does without a baseline), the verdict is the same.
    const RunReport rebuilt = ReportBuilder::build(back->run, back->cases, nullptr, kToday, back->harnessErrors);
    QCOMPARE(rebuilt.gating, report.gating);
}

void TstReports::junitParsesAndCarriesFailures()
{
    const RunReport report = sampleReport();
    QXmlStreamReader xml(JunitReport::write(report));
    int suites = 0;
    int cases = 0;
    int failures = 0;
    int errors = 0;
    QString failureText;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == u"testsuite")
            ++suites;
        else if (xml.name() == u"testcase")
            ++cases;
        else if (xml.name() == u"failure") {
            ++failures;
            failureText += xml.readElementText();
        } else if (xml.name() == u"error")
            ++errors;
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QCOMPARE(suites, 3);  // ops, params, untagged
    QCOMPARE(cases, 5);
    QCOMPARE(failures, 2);  // value, param (accepted is not a failure)
    QCOMPARE(errors, 1);    // the crash
    QVERIFY(failureText.contains(QStringLiteral("value at /data/s")));
    QVERIFY(failureText.contains(QStringLiteral("params at /params/0/0/text")));
}

void TstReports::htmlIsSelfContained()
{
    const std::string html = HtmlReport::write(sampleReport());
    QVERIFY(html.find("<svg") != std::string::npos);
    QVERIFY(html.find("<script") == std::string::npos);
    QVERIFY(html.find("<link") == std::string::npos);
    QVERIFY(html.find("src=") == std::string::npos);
    QVERIFY(html.find("b &amp; c") != std::string::npos);  // escaped
    QVERIFY(html.find("&lt;b&gt;") != std::string::npos);  // response text escaped, not markup
    QVERIFY(html.find("<mark>") != std::string::npos);  // side-by-side diff marks the difference
}

void TstReports::markdownStaysUnderTheLimit()
{
    RunReport report = sampleReport();
    for (int i = 0; i < 100000; ++i) {
        Cluster c;
        c.signature = {"response-divergence", "/data/x" + std::to_string(i), "x", ""};
        c.count = 1;
        c.examples = {"case." + std::to_string(i)};
        report.clusters.push_back(c);
    }
    const std::string md = MarkdownReport::write(report);
    QVERIFY(md.size() < 1024 * 1024);
    QVERIFY(md.find("Truncated") != std::string::npos);
    QVERIFY(md.find("| param-divergence |") != std::string::npos || md.find("param-divergence") != std::string::npos);
}

void TstReports::writesAllFiles()
{
    QTemporaryDir dir;
    std::string error;
    QVERIFY2(ReportFiles::writeAll(sampleReport(), dir.path(), &error), error.c_str());
    for (const char* name : {"report.json", "junit.xml", "report.html", "summary.md"})
        QVERIFY(QFile::exists(dir.filePath(QString::fromLatin1(name))));
}

QTEST_APPLESS_MAIN(TstReports)
#include "tst_reports.moc"
