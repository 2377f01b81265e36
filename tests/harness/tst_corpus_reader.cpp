#include "corpus_reader.h"

#include <QTemporaryDir>
#include <QTest>

using namespace graft::harness;

namespace {

void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

QStringList ids(const Corpus& corpus)
{
    QStringList out;
    for (const Case& c : corpus.cases)
        out << QString::fromStdString(c.id);
    return out;
}

} // namespace

class TstCorpusReader : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void readsRecords();
    void rejectsBadRecords_data();
    void rejectsBadRecords();
    void readsDirectoriesSortedAndRejectsDuplicates();
    void selects();
    void samplesAndShardsStably();
};

void TstCorpusReader::readsRecords()
{
    std::string error;
    const std::optional<Case> c = CorpusReader::parseRecord(
        R"({"id":"ops.1","query":"{ a }","variables":{"n":1.50, "big": 123456789012345678901234567890,"e":1E2,"s":"\u00e9"},"operationName":"Q","context":{"tenant":"x"},"tags":["a","b"],"reserved":1})",
        &error);
    QVERIFY2(c, error.c_str());
    QCOMPARE(c->id, std::string("ops.1"));
    QCOMPARE(*c->variables, std::string("{\"n\":1.50,\"big\":123456789012345678901234567890,\"e\":1E2,\"s\":\"\xc3\xa9\"}"));
    QCOMPARE(*c->operationName, std::string("Q"));
    QCOMPARE(c->context, std::string(R"({"tenant":"x"})"));
    QCOMPARE(c->tags, (std::vector<std::string>{"a", "b"}));

    const std::optional<Case> bare = CorpusReader::parseRecord(R"({"id":"x","query":"{ a }","variables":null})", &error);
    QVERIFY(bare);
    QVERIFY(!bare->variables);
    QVERIFY(!bare->operationName);
    QCOMPARE(bare->context, std::string("{}"));
    // Variables that are not an object still pass through; the sides report the error (§4.1).
    QCOMPARE(*CorpusReader::parseRecord(R"({"id":"x","query":"q","variables":[1]})", &error)->variables, std::string("[1]"));
}

void TstCorpusReader::rejectsBadRecords_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addRow("invalid UTF-8") << QByteArray("{\"id\":\"x\",\"query\":\"\xff\"}");
    QTest::addRow("unpaired high surrogate") << QByteArray(R"({"id":"x","query":"\ud83d"})");
    QTest::addRow("unpaired low surrogate") << QByteArray(R"({"id":"x","query":"\ude00"})");
    QTest::addRow("surrogate in variables key") << QByteArray(R"({"id":"x","query":"q","variables":{"\udc00":1}})");
    QTest::addRow("no id") << QByteArray(R"({"query":"q"})");
    QTest::addRow("empty id") << QByteArray(R"({"id":"","query":"q"})");
    QTest::addRow("no query") << QByteArray(R"({"id":"x"})");
    QTest::addRow("numeric operationName") << QByteArray(R"({"id":"x","query":"q","operationName":1})");
    QTest::addRow("tags not strings") << QByteArray(R"({"id":"x","query":"q","tags":[1]})");
    QTest::addRow("not an object") << QByteArray(R"(["x"])");
    QTest::addRow("truncated") << QByteArray(R"({"id":"x","query":"q")");
}

void TstCorpusReader::rejectsBadRecords()
{
    QFETCH(QByteArray, line);
    std::string error;
    QVERIFY(!CorpusReader::parseRecord(line.toStdString(), &error));
    QVERIFY(!error.empty());
}

void TstCorpusReader::readsDirectoriesSortedAndRejectsDuplicates()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QDir().mkpath(dir.filePath(QStringLiteral("sub")));
    writeFile(dir.filePath(QStringLiteral("b.jsonl")), "{\"id\":\"b1\",\"query\":\"q\"}\n\n{\"id\":\"a1\",\"query\":\"q\"}\n");
    writeFile(dir.filePath(QStringLiteral("a.jsonl")), "{\"id\":\"a1\",\"query\":\"q\"}\r\nnot json\n");
    writeFile(dir.filePath(QStringLiteral("sub/c.jsonl")), "{\"id\":\"c1\",\"query\":\"q\"}");
    writeFile(dir.filePath(QStringLiteral("notes.txt")), "ignored");
    const Corpus corpus = CorpusReader::read({dir.path()}, {});
    QCOMPARE(ids(corpus), (QStringList{QStringLiteral("a1"), QStringLiteral("b1"), QStringLiteral("c1")}));
    QCOMPARE(corpus.records, std::size_t(3));
    QCOMPARE(corpus.problems.size(), std::size_t(2));
    QCOMPARE(corpus.problems[0].line, 2);  // a.jsonl: not json
    QCOMPARE(corpus.problems[1].line, 3);  // b.jsonl: duplicate a1
    QVERIFY(corpus.problems[1].message.find("duplicate") != std::string::npos);
    QCOMPARE(corpus.cases[1].line, 1);
    const Corpus missing = CorpusReader::read({dir.filePath(QStringLiteral("nope.jsonl"))}, {});
    QCOMPARE(missing.problems.size(), std::size_t(1));
}

void TstCorpusReader::selects()
{
    Case c;
    c.id = "ops.1";
    c.tags = {"string", "like"};
    CaseSelection s;
    QVERIFY(CorpusReader::selected(c, s));
    s.tags = {"int", "like"};
    QVERIFY(CorpusReader::selected(c, s));
    s.tags = {"int"};
    QVERIFY(!CorpusReader::selected(c, s));
    s.tags.clear();
    s.caseIds = {"ops.2"};
    QVERIFY(!CorpusReader::selected(c, s));
    s.caseIds = {"ops.2", "ops.1"};
    QVERIFY(CorpusReader::selected(c, s));
}

void TstCorpusReader::samplesAndShardsStably()
{
    std::vector<Case> cases(2000);
    for (std::size_t i = 0; i < cases.size(); ++i)
        cases[i].id = "case." + std::to_string(i);
    CaseSelection sample;
    sample.sample = 0.1;
    std::size_t sampled = 0;
    for (const Case& c : cases)
        sampled += CorpusReader::selected(c, sample) ? 1 : 0;
    QVERIFY2(sampled > 140 && sampled < 260, std::to_string(sampled).c_str());
    // Every case lands in exactly one of n shards, the same one every time.
    std::size_t total = 0;
    for (int i = 1; i <= 3; ++i) {
        CaseSelection shard;
        shard.shardIndex = i;
        shard.shardCount = 3;
        for (const Case& c : cases)
            total += CorpusReader::selected(c, shard) ? 1 : 0;
    }
    QCOMPARE(total, cases.size());
    QCOMPARE(CorpusReader::stableHash("a"), std::uint64_t(0xaf63dc4c8601ec8cull));
}

QTEST_APPLESS_MAIN(TstCorpusReader)
#include "tst_corpus_reader.moc"
