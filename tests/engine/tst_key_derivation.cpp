#include "schema/key_derivation.h"

#include <QTest>

using graft::schema::deriveDocumentKey;

class TestKeyDerivation : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void derivesTheContractTable_data();
    void derivesTheContractTable();
    void derivesEdgeCases_data();
    void derivesEdgeCases();
};

void TestKeyDerivation::derivesTheContractTable_data()
{
    QTest::addColumn<QByteArray>("field");
    QTest::addColumn<QByteArray>("key");
    // CONTRACT §1.4, every row of the table.
    QTest::addRow("firstName") << QByteArray("firstName") << QByteArray("first_name");
    QTest::addRow("userID") << QByteArray("userID") << QByteArray("user_id");
    QTest::addRow("HTTPServer") << QByteArray("HTTPServer") << QByteArray("http_server");
    QTest::addRow("APIKey") << QByteArray("APIKey") << QByteArray("api_key");
    QTest::addRow("ID") << QByteArray("ID") << QByteArray("id");
    QTest::addRow("isIPv4") << QByteArray("isIPv4") << QByteArray("is_i_pv4");
    QTest::addRow("address1") << QByteArray("address1") << QByteArray("address1");
    QTest::addRow("addressLine1") << QByteArray("addressLine1") << QByteArray("address_line1");
    QTest::addRow("ipv4Address") << QByteArray("ipv4Address") << QByteArray("ipv4_address");
    QTest::addRow("dns1Id") << QByteArray("dns1Id") << QByteArray("dns1_id");
    QTest::addRow("v2Beta") << QByteArray("v2Beta") << QByteArray("v2_beta");
    QTest::addRow("userIDs") << QByteArray("userIDs") << QByteArray("user_i_ds");
    QTest::addRow("_private") << QByteArray("_private") << QByteArray("_private");
    QTest::addRow("_privateField") << QByteArray("_privateField") << QByteArray("_private_field");
    QTest::addRow("first_Name") << QByteArray("first_Name") << QByteArray("first_name");
    QTest::addRow("already_snake") << QByteArray("already_snake") << QByteArray("already_snake");
    QTest::addRow("iOS") << QByteArray("iOS") << QByteArray("i_os");
}

void TestKeyDerivation::derivesTheContractTable()
{
    QFETCH(QByteArray, field);
    QFETCH(QByteArray, key);
    QCOMPARE(QByteArray::fromStdString(deriveDocumentKey(field.toStdString())), key);
}

void TestKeyDerivation::derivesEdgeCases_data()
{
    QTest::addColumn<QByteArray>("field");
    QTest::addColumn<QByteArray>("key");
    QTest::addRow("single upper") << QByteArray("X") << QByteArray("x");
    QTest::addRow("leading underscores kept, first letter of rest never split")
        << QByteArray("__Abc") << QByteArray("__abc");
    QTest::addRow("only underscores") << QByteArray("___") << QByteArray("___");
    QTest::addRow("digits never start a word") << QByteArray("a1b2") << QByteArray("a1b2");
    QTest::addRow("upper after digit") << QByteArray("a1B") << QByteArray("a1_b");
    QTest::addRow("acronym at the end") << QByteArray("myURL") << QByteArray("my_url");
    QTest::addRow("acronym then word") << QByteArray("myURLValue") << QByteArray("my_url_value");
    QTest::addRow("inner underscore before upper") << QByteArray("a_B") << QByteArray("a_b");
    QTest::addRow("acronym followed by digit") << QByteArray("ABC1") << QByteArray("abc1");
}

void TestKeyDerivation::derivesEdgeCases()
{
    QFETCH(QByteArray, field);
    QFETCH(QByteArray, key);
    QCOMPARE(QByteArray::fromStdString(deriveDocumentKey(field.toStdString())), key);
}

QTEST_APPLESS_MAIN(TestKeyDerivation)
#include "tst_key_derivation.moc"
