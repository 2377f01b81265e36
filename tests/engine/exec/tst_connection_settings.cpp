// DSN parsing (libpq key=value form) and the per-connection statement cache.
#include "exec/connection_settings.h"
#include "exec/statement_cache.h"

#include <QTest>

using namespace graft::exec;

class TestConnectionSettings : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void parsesKeyValueDsn_data();
    void parsesKeyValueDsn();
    void rejectsMalformedDsn_data();
    void rejectsMalformedDsn();
    void statementCacheEvictsLeastRecentlyUsed();
};

void TestConnectionSettings::parsesKeyValueDsn_data()
{
    QTest::addColumn<QByteArray>("dsn");
    QTest::addColumn<QByteArray>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<QByteArray>("user");
    QTest::addColumn<QByteArray>("password");
    QTest::addColumn<QByteArray>("dbname");
    QTest::addColumn<QByteArray>("options");
    QTest::addRow("socket directory") << QByteArray("host=/tmp/graft-pg.x port=5432 user=postgres dbname=graft")
                                      << QByteArray("/tmp/graft-pg.x") << 5432 << QByteArray("postgres") << QByteArray()
                                      << QByteArray("graft") << QByteArray();
    QTest::addRow("tcp with password") << QByteArray("host=127.0.0.1 port=20001 user=app password=s3cret dbname=graft")
                                       << QByteArray("127.0.0.1") << 20001 << QByteArray("app") << QByteArray("s3cret")
                                       << QByteArray("graft") << QByteArray();
    QTest::addRow("quoted values and spaces around =")
        << QByteArray("  host = localhost password='it\\'s a \\\\ secret' dbname='my db'  ")
        << QByteArray("localhost") << 0 << QByteArray() << QByteArray("it's a \\ secret") << QByteArray("my db")
        << QByteArray();
    QTest::addRow("other keywords become options")
        << QByteArray("dbname=graft sslmode=disable application_name=graft-test options='-c work_mem=4MB'")
        << QByteArray() << 0 << QByteArray() << QByteArray() << QByteArray("graft")
        << QByteArray("sslmode='disable';application_name='graft-test';options='-c work_mem=4MB'");
    QTest::addRow("empty") << QByteArray("") << QByteArray() << 0 << QByteArray() << QByteArray() << QByteArray()
                           << QByteArray();
}

void TestConnectionSettings::parsesKeyValueDsn()
{
    QFETCH(QByteArray, dsn);
    ConnectionSettings settings;
    std::string why;
    QVERIFY2(ConnectionSettings::parse(dsn.toStdString(), &settings, &why), why.c_str());
    QTEST(QByteArray::fromStdString(settings.host), "host");
    QTEST(settings.port, "port");
    QTEST(QByteArray::fromStdString(settings.user), "user");
    QTEST(QByteArray::fromStdString(settings.password), "password");
    QTEST(QByteArray::fromStdString(settings.dbname), "dbname");
    QTEST(QByteArray::fromStdString(settings.qtConnectOptions()), "options");
}

void TestConnectionSettings::rejectsMalformedDsn_data()
{
    QTest::addColumn<QByteArray>("dsn");
    QTest::addColumn<QByteArray>("why");
    QTest::addRow("no =") << QByteArray("host /tmp") << QByteArray("missing \"=\" after \"host\" in the connection string");
    QTest::addRow("bad port") << QByteArray("port=54x") << QByteArray("invalid port \"54x\" in the connection string");
    QTest::addRow("port out of range") << QByteArray("port=70000") << QByteArray("invalid port \"70000\" in the connection string");
    QTest::addRow("unterminated quote") << QByteArray("password='abc") << QByteArray("unterminated quoted value for \"password\" in the connection string");
    QTest::addRow("semicolon in an option") << QByteArray("options='a;b'") << QByteArray("the value of \"options\" must not contain \";\"");
    QTest::addRow("uri") << QByteArray("postgresql://localhost/graft") << QByteArray("connection URIs are not supported; use the key=value form");
}

void TestConnectionSettings::rejectsMalformedDsn()
{
    QFETCH(QByteArray, dsn);
    ConnectionSettings settings;
    std::string why;
    QVERIFY(!ConnectionSettings::parse(dsn.toStdString(), &settings, &why));
    QTEST(QByteArray::fromStdString(why), "why");
}

void TestConnectionSettings::statementCacheEvictsLeastRecentlyUsed()
{
    StatementCache<int> cache(2);
    QVERIFY(!cache.insert("a", 1));
    QVERIFY(!cache.insert("b", 2));
    QCOMPARE(*cache.find("a"), 1); // a is now the most recent
    const std::optional<int> evicted = cache.insert("c", 3);
    QCOMPARE(evicted, std::optional<int>(2));
    QVERIFY(cache.find("b") == nullptr);
    QCOMPARE(*cache.find("c"), 3);
    cache.erase("a");
    QCOMPARE(cache.size(), 1u);
    QVERIFY(cache.find("a") == nullptr);
}

QTEST_GUILESS_MAIN(TestConnectionSettings)
#include "tst_connection_settings.moc"
