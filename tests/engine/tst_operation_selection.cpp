#include "syntax/parser.h"
#include "validate/operation_selection.h"

#include <QTest>

#include <optional>
#include <string>

using namespace graft;

class TestOperationSelection : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void selectsOperation_data();
    void selectsOperation();
    void rejectsWithExecutionMessage_data();
    void rejectsWithExecutionMessage();
};

namespace {

std::optional<std::string_view> nameArgument(const QByteArray &name)
{
    if (name.isNull())
        return std::nullopt;
    return std::string_view(name.constData(), static_cast<std::size_t>(name.size()));
}

} // namespace

void TestOperationSelection::selectsOperation_data()
{
    QTest::addColumn<QByteArray>("query");
    QTest::addColumn<QByteArray>("operationName");
    QTest::addColumn<int>("expectedOffset");
    QTest::addRow("shorthand, no name") << QByteArray("{ users { id } }") << QByteArray() << 0;
    QTest::addRow("only operation, no name")
        << QByteArray("fragment F on User { id } query Q { users { ...F } }") << QByteArray() << 26;
    QTest::addRow("named among several")
        << QByteArray("query A { users { id } } query B { users { id } }") << QByteArray("B") << 25;
    QTest::addRow("name given for the only operation")
        << QByteArray("query A { users { id } }") << QByteArray("A") << 0;
    QTest::addRow("mutation not selected")
        << QByteArray("mutation M { users { id } } query Q { users { id } }") << QByteArray("Q") << 28;
}

void TestOperationSelection::selectsOperation()
{
    QFETCH(QByteArray, query);
    QFETCH(QByteArray, operationName);
    QFETCH(int, expectedOffset);
    const auto document = syntax::parseDocument(query.toStdString());
    QVERIFY(document.ok());
    const auto selected = validate::selectOperation(**document, nameArgument(operationName));
    QVERIFY(selected.ok());
    QCOMPARE(int((*selected)->offset), expectedOffset);
}

void TestOperationSelection::rejectsWithExecutionMessage_data()
{
    QTest::addColumn<QByteArray>("query");
    QTest::addColumn<QByteArray>("operationName");
    QTest::addColumn<QByteArray>("message");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addRow("X12 mutation") << QByteArray("mutation { users { firstName } }") << QByteArray()
                                  << QByteArray("Schema is not configured to execute mutation operation.") << 1 << 1;
    QTest::addRow("subscription selected by name")
        << QByteArray("query Q { users { id } }\n  subscription S { users { id } }") << QByteArray("S")
        << QByteArray("Schema is not configured to execute subscription operation.") << 2 << 3;
    QTest::addRow("several operations, no name")
        << QByteArray("query A { users { id } } query B { users { id } }") << QByteArray()
        << QByteArray("Must provide operation name if query contains multiple operations.") << 0 << 0;
    QTest::addRow("unknown name") << QByteArray("query A { users { id } }") << QByteArray("B")
                                  << QByteArray("Unknown operation named 'B'.") << 0 << 0;
    QTest::addRow("empty name is a name") << QByteArray("{ users { id } }") << QByteArray("")
                                          << QByteArray("Unknown operation named ''.") << 0 << 0;
    QTest::addRow("name is case-sensitive") << QByteArray("query q { users { id } }") << QByteArray("Q")
                                            << QByteArray("Unknown operation named 'Q'.") << 0 << 0;
    QTest::addRow("unicode name printed as given")
        << QByteArray("query A { users { id } }") << QByteArray("Δ'x")
        << QByteArray("Unknown operation named 'Δ'x'.") << 0 << 0;
    QTest::addRow("mutation located on its own line")
        << QByteArray("query Q { users { id } }\n\nmutation M { users { id } }") << QByteArray("M")
        << QByteArray("Schema is not configured to execute mutation operation.") << 2 << 1;
}

void TestOperationSelection::rejectsWithExecutionMessage()
{
    QFETCH(QByteArray, query);
    QFETCH(QByteArray, operationName);
    QFETCH(QByteArray, message);
    QFETCH(int, line);
    QFETCH(int, column);
    const auto document = syntax::parseDocument(query.toStdString());
    QVERIFY(document.ok());
    const auto selected = validate::selectOperation(**document, nameArgument(operationName));
    QVERIFY(!selected.ok());
    QCOMPARE(selected.errors().size(), 1u);
    const Error &error = selected.errors().front();
    QCOMPARE(QByteArray::fromStdString(error.message), message);
    QCOMPARE(error.code, ErrorCode::GraphqlValidationFailed);
    if (line == 0) {
        QVERIFY(error.locations.empty());
    } else {
        QCOMPARE(error.locations.size(), 1u);
        QCOMPARE(error.locations.front().line, line);
        QCOMPARE(error.locations.front().column, column);
    }
}

QTEST_APPLESS_MAIN(TestOperationSelection)
#include "tst_operation_selection.moc"
