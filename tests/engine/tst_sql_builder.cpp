// The SQL builder (CONTRACT §5): golden files for every operator, scalar kind, nesting, logic,
// ordering, pagination, tenancy and lookup (tests/engine/golden/), and the §11 worked examples as
// a separate hard-coded contract test. `tst_sql_builder --regenerate-golden` (or
// GRAFT_REGENERATE_GOLDEN=1) rewrites the expected lines of the golden files; review them as a diff.

#include "contract_examples.h"
#include "golden_file.h"
#include "sql_request.h"
#include "test_env.h"

#include "sql/plan_binder.h"
#include "sql/sql_builder.h"
#include "values/json_reader.h"

#include <QTest>

#include <fstream>
#include <map>
#include <memory>

using namespace graft;
using namespace graft::test;

namespace {

std::string sourcePath(const std::string &relative)
{
    return sourceDir().toStdString() + "/" + relative;
}

Schema loadSchema(const std::string &relative)
{
    auto schema = Schema::loadFile(sourcePath(relative));
    if (!schema)
        qFatal("cannot load %s: %s", relative.c_str(), schema.errors().front().message.c_str());
    return std::move(schema).value();
}

QString joined(const std::vector<std::string> &lines)
{
    QString text;
    for (const std::string &line : lines)
        text += QString::fromStdString(line) + QLatin1Char('\n');
    return text;
}

} // namespace

class TestSqlBuilder : public QObject {
    Q_OBJECT

private:
    std::map<std::string, std::unique_ptr<SqlRequestPlanner>> m_planners;

    const SqlRequestPlanner &planner(const std::string &schema)
    {
        auto &slot = m_planners[schema];
        if (!slot)
            slot = std::make_unique<SqlRequestPlanner>(loadSchema(schema));
        return *slot;
    }

private Q_SLOTS:
    void contextTextReadsAsItsJson_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<int>("maxNesting");
        const QByteArray uuid = "7E57A000-0000-4000-8000-00000000000a";
        QTest::addRow("plain") << QByteArray("{\"tenant\": \"" + uuid + "\"}") << 512;
        QTest::addRow("plain, every JSON space") << QByteArray(" \t{\n\"tenant\"\r:\"" + uuid + "\" }\n") << 512;
        QTest::addRow("plain, not a UUID") << QByteArray("{\"tenant\":\"acme\"}") << 512;
        QTest::addRow("plain, empty") << QByteArray("{\"tenant\":\"\"}") << 512;
        QTest::addRow("plain, limit 1") << QByteArray("{\"tenant\":\"" + uuid + "\"}") << 1;
        QTest::addRow("too deep for limit 0") << QByteArray("{\"tenant\":\"" + uuid + "\"}") << 0;
        QTest::addRow("escaped") << QByteArray("{\"tenant\":\"7e57a000-0000-4000-8000-00000000000\\u0061\"}") << 512;
        QTest::addRow("escaped name") << QByteArray("{\"tena\\u006et\":\"" + uuid + "\"}") << 512;
        QTest::addRow("duplicate") << QByteArray("{\"tenant\":\"" + uuid + "\",\"tenant\":\"" + uuid + "\"}") << 512;
        QTest::addRow("second member") << QByteArray("{\"tenant\":\"" + uuid + "\",\"x\":[1]}") << 512;
        QTest::addRow("trailing text") << QByteArray("{\"tenant\":\"" + uuid + "\"} x") << 512;
        QTest::addRow("unterminated") << QByteArray("{\"tenant\":\"" + uuid) << 512;
        QTest::addRow("unclosed") << QByteArray("{\"tenant\":\"" + uuid + "\"") << 512;
        QTest::addRow("control character") << QByteArray("{\"tenant\":\"a\tb\"}") << 512;
        QTest::addRow("non-ASCII") << QByteArray("{\"tenant\":\"\xc3\xa9\"}") << 512;
        QTest::addRow("invalid UTF-8") << QByteArray("{\"tenant\":\"\xff\"}") << 512;
        QTest::addRow("number") << QByteArray("{\"tenant\":7}") << 512;
        QTest::addRow("nested") << QByteArray("{\"tenant\":{\"id\":\"" + uuid + "\"}}") << 512;
        QTest::addRow("not an object") << QByteArray("[\"" + uuid + "\"]") << 512;
        QTest::addRow("other name") << QByteArray("{\"tenantx\":\"" + uuid + "\"}") << 512;
        QTest::addRow("empty text") << QByteArray() << 512;
    }

    // RequestContext::fromText() answers as reading the text whole (readJson, then fromJson), its
    // plain `{"tenant": "…"}` shortcut included.
    void contextTextReadsAsItsJson()
    {
        QFETCH(QByteArray, text);
        QFETCH(int, maxNesting);
        const std::string_view view(text.constData(), static_cast<std::size_t>(text.size()));
        const values::JsonReadResult read = values::readJson(view, maxNesting);
        const bool usable = read.status == values::JsonReadStatus::Ok && !read.tooDeep;
        const sql::RequestContext expected = sql::RequestContext::fromJson(usable ? &read.value : nullptr);
        QCOMPARE(sql::RequestContext::fromText(view, maxNesting).tenant, expected.tenant);
    }

    void contextWithoutTextHasNoTenant()
    {
        QVERIFY(!sql::RequestContext::fromText(std::nullopt, 512).tenant);
        QCOMPARE(sql::RequestContext::fromText(R"({"tenant":"7E57A000-0000-4000-8000-00000000000A"})", 512).tenant,
                 std::optional<std::string>("7e57a000-0000-4000-8000-00000000000a"));
    }

    void initTestCase()
    {
        QVERIFY2(!sourceDir().isEmpty(), "GRAFT_SOURCE_DIR is not set");
        if (!regenerateGolden())
            return;
        for (const std::string &path : goldenFiles(sourcePath("tests/engine/golden"))) {
            std::string error;
            GoldenFile file = GoldenFile::load(path, &error);
            QVERIFY2(error.empty(), error.c_str());
            for (GoldenCase &c : file.cases) {
                const PlannedRequest outcome = planner(file.schema).plan(
                    c.query, c.variables, c.context,
                    c.operationName.empty() ? std::nullopt : std::optional<std::string>(c.operationName));
                c.expected = outcomeLines(outcome);
            }
            std::ofstream(path, std::ios::binary) << file.render();
            qInfo("regenerated %s (%zu cases)", path.c_str(), file.cases.size());
        }
    }

    void contractExample_data()
    {
        QTest::addColumn<int>("index");
        const auto &examples = contractExamples();
        for (std::size_t i = 0; i < examples.size(); ++i)
            QTest::addRow("%s", examples[i].name.c_str()) << static_cast<int>(i);
    }

    // The §11 examples are the contract: exact statements, parameters and field errors.
    void contractExample()
    {
        QFETCH(int, index);
        const ContractExample &example = contractExamples()[static_cast<std::size_t>(index)];
        const PlannedRequest outcome =
            planner("tests/fixtures/contract/schema.graphql").plan(example.query, example.variables, example.context);
        QCOMPARE(joined(outcomeLines(outcome)), joined(example.expected));
    }

    void contractExampleThroughCache_data() { contractExample_data(); }

    // The §9 invariant on the examples: cold (miss) and warm (hit) give what the cache-off path gives.
    void contractExampleThroughCache()
    {
        QFETCH(int, index);
        const ContractExample &example = contractExamples()[static_cast<std::size_t>(index)];
        cache::PlanCache cache;
        const SqlRequestPlanner cached(loadSchema("tests/fixtures/contract/schema.graphql"), &cache);
        const PlannedRequest cold = cached.plan(example.query, example.variables, example.context);
        const PlannedRequest warm = cached.plan(example.query, example.variables, example.context);
        QVERIFY(!cold.cacheHit);
        QVERIFY(warm.cacheHit);
        QCOMPARE(joined(outcomeLines(cold)), joined(example.expected));
        QCOMPARE(joined(outcomeLines(warm)), joined(example.expected));
    }

    void golden_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("index");
        for (const std::string &path : goldenFiles(sourcePath("tests/engine/golden"))) {
            std::string error;
            const GoldenFile file = GoldenFile::load(path, &error);
            const std::string stem = path.substr(path.find_last_of('/') + 1);
            for (std::size_t i = 0; i < file.cases.size(); ++i)
                QTest::addRow("%s:%s", stem.c_str(), file.cases[i].name.c_str())
                    << QString::fromStdString(path) << static_cast<int>(i);
        }
    }

    // Every golden case plans to exactly its recorded statements, parameters and errors.
    void golden()
    {
        QFETCH(QString, path);
        QFETCH(int, index);
        std::string error;
        const GoldenFile file = GoldenFile::load(path.toStdString(), &error);
        QVERIFY2(error.empty(), error.c_str());
        const GoldenCase &c = file.cases[static_cast<std::size_t>(index)];
        const PlannedRequest outcome = planner(file.schema).plan(
            c.query, c.variables, c.context,
            c.operationName.empty() ? std::nullopt : std::optional<std::string>(c.operationName));
        QVERIFY2(!c.expected.empty(), "no expected lines: run tst_sql_builder --regenerate-golden");
        QCOMPARE(joined(outcomeLines(outcome)), joined(c.expected));
    }

    // Every golden file names a schema and a database the integration test knows.
    void goldenFilesAreWellFormed()
    {
        const auto files = goldenFiles(sourcePath("tests/engine/golden"));
        QVERIFY(files.size() >= 8);
        for (const std::string &path : files) {
            std::string error;
            const GoldenFile file = GoldenFile::load(path, &error);
            QVERIFY2(error.empty(), error.c_str());
            QVERIFY2(file.database == "demo" || file.database == "contract", path.c_str());
            QVERIFY2(!file.cases.empty(), path.c_str());
        }
    }

    // Building reads the shape only: two requests with the same shape and other values give the
    // same SQL text and recipe, and differ only in their parameter texts.
    void planDependsOnShapeOnly()
    {
        const SqlRequestPlanner &contract = planner("tests/fixtures/contract/schema.graphql");
        const PlannedRequest a = contract.plan(R"({ users(where: {age: {gt: 1}, tags: {contains: ["x"]}}, limit: 3) { id } })");
        const PlannedRequest b = contract.plan(R"({ users(where: {age: {gt: 99}, tags: {contains: ["y", "z"]}}, limit: 7) { id } })");
        QCOMPARE(a.sql, b.sql);
        QCOMPARE(a.params.front().size(), b.params.front().size());
        QCOMPARE(b.params.front()[1].second, std::string(R"(["y","z"])"));
    }
};

int main(int argc, char **argv)
{
    std::vector<char *> args;
    for (int i = 0; i < argc; ++i) {
        if (std::string_view(argv[i]) == "--regenerate-golden")
            setRegenerateGolden(true);
        else
            args.push_back(argv[i]);
    }
    QCoreApplication app(argc, argv);
    TestSqlBuilder test;
    return QTest::qExec(&test, static_cast<int>(args.size()), args.data());
}

#include "tst_sql_builder.moc"
