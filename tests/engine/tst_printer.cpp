#include "syntax/ast.h"
#include "syntax/parser.h"
#include "syntax/printer.h"

#include <QTest>

using namespace graft::syntax;

class TestPrinter : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void printsLiteralsLikePrintAst_data();
    void printsLiteralsLikePrintAst();
    void printsQuotedStrings_data();
    void printsQuotedStrings();
    void printsBlockStrings_data();
    void printsBlockStrings();
    void printsTypeReferences_data();
    void printsTypeReferences();
};

void TestPrinter::printsLiteralsLikePrintAst_data()
{
    QTest::addColumn<QByteArray>("literal");
    QTest::addColumn<QByteArray>("printed");
    QTest::addRow("contract example") << QByteArray("{a: [1 {b: $v}], c: ENUMV d: null, e: 1.5e3, f: true}")
                                      << QByteArray("{a: [1, {b: $v}], c: ENUMV, d: null, e: 1.5e3, f: true}");
    QTest::addRow("ints and floats verbatim") << QByteArray("[-0, 0.0, 1E10, 12345678901234567890]")
                                              << QByteArray("[-0, 0.0, 1E10, 12345678901234567890]");
    QTest::addRow("empty containers") << QByteArray("[[], {}]") << QByteArray("[[], {}]");
    QTest::addRow("string escapes re-printed") << QByteArray(R"("\u0041\n\"")") << QByteArray(R"("A\n\"")");
    QTest::addRow("block string") << QByteArray("\"\"\"abc\"\"\"") << QByteArray("\"\"\"abc\"\"\"");
}

void TestPrinter::printsLiteralsLikePrintAst()
{
    QFETCH(QByteArray, literal);
    QFETCH(QByteArray, printed);
    const auto parsed = parseDocument("{ f(x: " + literal.toStdString() + ") }");
    QVERIFY(parsed);
    const Value *value = (*parsed)
                             ->definitions()[0]
                             ->as<OperationDefinition>()
                             ->selectionSet->selections[0]
                             ->as<Field>()
                             ->arguments[0]
                             .value;
    QCOMPARE(QByteArray::fromStdString(printValue(*value)), printed);
}

void TestPrinter::printsQuotedStrings_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<QByteArray>("printed");
    QTest::addRow("contract example") << QByteArray("a\x07\xC3\xA9\xC2\x85\t/") << QByteArray("\"a\\u0007\xC3\xA9\\u0085\\t/\"");
    QTest::addRow("emoji raw") << QByteArray("\xF0\x9F\x98\x80") << QByteArray("\"\xF0\x9F\x98\x80\"");
    QTest::addRow("quote and backslash") << QByteArray("\"\\") << QByteArray("\"\\\"\\\\\"");
    QTest::addRow("named escapes") << QByteArray("\b\t\n\f\r") << QByteArray("\"\\b\\t\\n\\f\\r\"");
    QTest::addRow("other controls") << QByteArray("\x00\x0B\x1F\x7F", 4) << QByteArray("\"\\u0000\\u000B\\u001F\\u007F\"");
    QTest::addRow("c1 range edges") << QByteArray("\xC2\x80\xC2\x9F\xC2\xA0") << QByteArray("\"\\u0080\\u009F\xC2\xA0\"");
    QTest::addRow("u2028 raw") << QByteArray("\xE2\x80\xA8") << QByteArray("\"\xE2\x80\xA8\"");
}

void TestPrinter::printsQuotedStrings()
{
    QFETCH(QByteArray, value);
    QFETCH(QByteArray, printed);
    QCOMPARE(QByteArray::fromStdString(printString(value.toStdString())), printed);
}

void TestPrinter::printsBlockStrings_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<QByteArray>("printed");
    QTest::addRow("single line") << QByteArray("abc") << QByteArray("\"\"\"abc\"\"\"");
    QTest::addRow("leading spaces single line") << QByteArray("  ab") << QByteArray("\"\"\"  ab\"\"\"");
    QTest::addRow("two lines") << QByteArray("a\nb") << QByteArray("\"\"\"\na\nb\n\"\"\"");
    QTest::addRow("empty") << QByteArray("") << QByteArray("\"\"\"\"\"\"");
    QTest::addRow("indented continuation forces leading newline") << QByteArray("a\n  b")
                                                                  << QByteArray("\"\"\"\na\n  b\n\"\"\"");
    QTest::addRow("trailing quote") << QByteArray("say \"hi\"") << QByteArray("\"\"\"\nsay \"hi\"\n\"\"\"");
    QTest::addRow("trailing backslash") << QByteArray("a\\") << QByteArray("\"\"\"\na\\\n\"\"\"");
    QTest::addRow("triple quotes escaped") << QByteArray("a\"\"\"b") << QByteArray("\"\"\"a\\\"\"\"b\"\"\"");
    QTest::addRow("trailing triple quotes") << QByteArray("a\"\"\"") << QByteArray("\"\"\"\na\\\"\"\"\n\"\"\"");
    QTest::addRow("long line") << QByteArray(71, 'x') << QByteArray("\"\"\"\n") + QByteArray(71, 'x') + "\n\"\"\"";
    QTest::addRow("seventy is short") << QByteArray(70, 'x') << QByteArray("\"\"\"") + QByteArray(70, 'x') + "\"\"\"";
    QTest::addRow("long with leading space") << QByteArray(" ") + QByteArray(70, 'x')
                                             << QByteArray("\"\"\" ") + QByteArray(70, 'x') + "\n\"\"\"";
    QTest::addRow("u2028 splits lines") << QByteArray("a\xE2\x80\xA8 b") << QByteArray("\"\"\"\na\xE2\x80\xA8 b\n\"\"\"");
}

void TestPrinter::printsBlockStrings()
{
    QFETCH(QByteArray, value);
    QFETCH(QByteArray, printed);
    QCOMPARE(QByteArray::fromStdString(printBlockString(value.toStdString())), printed);
}

void TestPrinter::printsTypeReferences_data()
{
    QTest::addColumn<QByteArray>("type");
    QTest::addRow("named") << QByteArray("ID");
    QTest::addRow("non-null list of non-null") << QByteArray("[Int!]!");
    QTest::addRow("nested lists") << QByteArray("[[String]]");
}

void TestPrinter::printsTypeReferences()
{
    QFETCH(QByteArray, type);
    const auto parsed = parseDocument("query($v: " + type.toStdString() + ") { a }");
    QVERIFY(parsed);
    const TypeRef *ref = (*parsed)->definitions()[0]->as<OperationDefinition>()->variableDefinitions[0].type;
    QCOMPARE(QByteArray::fromStdString(printType(*ref)), type);
}

QTEST_APPLESS_MAIN(TestPrinter)
#include "tst_printer.moc"
