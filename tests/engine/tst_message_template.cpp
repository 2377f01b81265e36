// fillTemplate(): the `{}` message template helper.
#include "values/message_template.h"

#include <QtTest>

using namespace graft::values;

class TestMessageTemplate : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void fillsHolesInOrder();
    void keepsOtherBracesLiteral();
    void leavesUnfilledHolesAndIgnoresExtraArguments();
};

void TestMessageTemplate::fillsHolesInOrder()
{
    QCOMPARE(QByteArray::fromStdString(fillTemplate("Variable '${}' got invalid value {}; {}", {"x", "'abc'", "UUID cannot represent value: 'abc'"})),
             QByteArray("Variable '$x' got invalid value 'abc'; UUID cannot represent value: 'abc'"));
    QCOMPARE(QByteArray::fromStdString(fillTemplate("Query depth {} exceeds the maximum depth of {}.", {"16", "15"})),
             QByteArray("Query depth 16 exceeds the maximum depth of 15."));
    QCOMPARE(QByteArray::fromStdString(fillTemplate("{}{}", {"a", "b"})), QByteArray("ab"));
    QCOMPARE(QByteArray::fromStdString(fillTemplate("", {})), QByteArray(""));
}

void TestMessageTemplate::keepsOtherBracesLiteral()
{
    // An argument's own braces are never re-read as holes.
    QCOMPARE(QByteArray::fromStdString(fillTemplate("Argument '{}' has invalid value {}.", {"where", "{id: {in: [$a]}}"})),
             QByteArray("Argument 'where' has invalid value {id: {in: [$a]}}."));
    QCOMPARE(QByteArray::fromStdString(fillTemplate("{x} { } {}", {"1"})), QByteArray("{x} { } 1"));
    QCOMPARE(QByteArray::fromStdString(fillTemplate("{}", {"{}"})), QByteArray("{}"));
}

void TestMessageTemplate::leavesUnfilledHolesAndIgnoresExtraArguments()
{
    QCOMPARE(QByteArray::fromStdString(fillTemplate("{} and {}", {"one"})), QByteArray("one and {}"));
    QCOMPARE(QByteArray::fromStdString(fillTemplate("only {}", {"a", "b"})), QByteArray("only a"));
    QCOMPARE(QByteArray::fromStdString(fillTemplate("no holes", {"a"})), QByteArray("no holes"));
}

QTEST_APPLESS_MAIN(TestMessageTemplate)
#include "tst_message_template.moc"
