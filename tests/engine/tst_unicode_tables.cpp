// Python 3.11 character data (Unicode 14.0): str.isprintable() per code point and str.lower().
// Expectations from Debian's /usr/bin/python3 (3.11.2, unicodedata 14.0.0).
#include "values/unicode_tables.h"
#include "values/utf8.h"

#include <QtTest>

#include <string>

using namespace graft::values;

class TestUnicodeTables : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void classifiesPrintableCodePoints_data();
    void classifiesPrintableCodePoints();
    void lowerCasesLikePython_data();
    void lowerCasesLikePython();
};

void TestUnicodeTables::classifiesPrintableCodePoints_data()
{
    QTest::addColumn<uint>("codePoint");
    QTest::addColumn<bool>("printable");
    // chr(cp).isprintable() - one per general category that matters, and range edges.
    const struct {
        uint cp;
        bool printable;
        const char *why;
    } rows[] = {
        {0x0, false, "Cc NUL"},          {0x1F, false, "Cc"},          {0x20, true, "space"},
        {0x7E, true, "tilde"},           {0x7F, false, "DEL"},         {0x85, false, "Cc NEL"},
        {0x9F, false, "Cc"},             {0xA0, false, "Zs NBSP"},     {0xA1, true, "Po"},
        {0xAD, false, "Cf soft hyphen"}, {0xE9, true, "e acute"},      {0x300, true, "Mn"},
        {0x378, false, "Cn"},            {0x1680, false, "Zs ogham"},  {0x200B, false, "Cf ZWSP"},
        {0x2028, false, "Zl"},           {0x2029, false, "Zp"},        {0x3000, false, "Zs ideographic"},
        {0xD800, false, "Cs"},           {0xDCFF, false, "Cs"},        {0xE000, false, "Co"},
        {0xFEFF, false, "Cf BOM"},       {0xFFFD, true, "So"},         {0xFFFF, false, "Cn"},
        {0x1F600, true, "So emoji"},     {0x1FAF6, true, "So new in 14.0"}, {0x1FAF7, false, "Cn in 14.0"},
        {0xE0001, false, "Cf tag"},      {0xF0000, false, "Co plane 15"}, {0x10FFFF, false, "Cn"},
        {0x4E00, true, "Lo"},            {0x0BBF, true, "Mc"},
    };
    for (const auto &r : rows)
        QTest::addRow("U+%04X %s", r.cp, r.why) << r.cp << r.printable;
}

void TestUnicodeTables::classifiesPrintableCodePoints()
{
    QFETCH(uint, codePoint);
    QFETCH(bool, printable);
    QCOMPARE(unicode::isPrintable(char32_t(codePoint)), printable);
}

void TestUnicodeTables::lowerCasesLikePython_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QByteArray>("lower");
    // text.lower() in Python, including U+0130's two code points and the Final_Sigma context.
    QTest::addRow("lower 1") << QByteArray("ABC") << QByteArray("abc");
    QTest::addRow("lower 2") << QByteArray("\xc4""\xb0""stanbul") << QByteArray("i\xcc""\x87""stanbul");
    QTest::addRow("lower 3") << QByteArray("\xce""\xa3""\xce""\x91""\xce""\xa3""") << QByteArray("\xcf""\x83""\xce""\xb1""\xcf""\x82""");
    QTest::addRow("lower 4") << QByteArray("\xce""\x91""\xce""\xa3""") << QByteArray("\xce""\xb1""\xcf""\x82""");
    QTest::addRow("lower 5") << QByteArray("\xce""\xa3""") << QByteArray("\xcf""\x83""");
    QTest::addRow("lower 6") << QByteArray("\xce""\x91""\xce""\xa3"".") << QByteArray("\xce""\xb1""\xcf""\x82"".");
    QTest::addRow("lower 7") << QByteArray("\xce""\x91"".\xce""\xa3""") << QByteArray("\xce""\xb1"".\xcf""\x82""");
    QTest::addRow("lower 8") << QByteArray("\xce""\x91""\xce""\xa3""\xce""\x91""") << QByteArray("\xce""\xb1""\xcf""\x83""\xce""\xb1""");
    QTest::addRow("lower 9") << QByteArray("\xce""\x91""\xce""\xa3""\xcc""\x81""") << QByteArray("\xce""\xb1""\xcf""\x82""\xcc""\x81""");
    QTest::addRow("lower 10") << QByteArray("\xce""\x91""\xcc""\x81""\xce""\xa3""") << QByteArray("\xce""\xb1""\xcc""\x81""\xcf""\x82""");
    QTest::addRow("lower 11") << QByteArray("\xea""\x9e""\xab""\xe1""\xba""\x9e""\xc7""\x85""\xe1""\xbe""\x88""") << QByteArray("\xc9""\x9c""\xc3""\x9f""\xc7""\x86""\xe1""\xbe""\x80""");
    QTest::addRow("lower 12") << QByteArray("\xce""\xa9""\xce""\xa3"" \xce""\xa3""\xce""\xa9""") << QByteArray("\xcf""\x89""\xcf""\x82"" \xcf""\x83""\xcf""\x89""");
    QTest::addRow("lower 13") << QByteArray("\xce""\x91""\xce""\xa3""1") << QByteArray("\xce""\xb1""\xcf""\x82""1");
    QTest::addRow("lower 14") << QByteArray("\xce""\x91""\xce""\xa3""b") << QByteArray("\xce""\xb1""\xcf""\x83""b");
    QTest::addRow("lower 15") << QByteArray("a\xce""\xa3""") << QByteArray("a\xcf""\x82""");
    QTest::addRow("lower 16") << QByteArray("\xc4""\xb0""\xc4""\xb0""") << QByteArray("i\xcc""\x87""i\xcc""\x87""");
    QTest::addRow("lower 17") << QByteArray("K\xc3""\x85""") << QByteArray("k\xc3""\xa5""");
    QTest::addRow("lower 18") << QByteArray("\xce""\xa3""\xce""\xa3""") << QByteArray("\xcf""\x83""\xcf""\x82""");
    QTest::addRow("lower 19") << QByteArray("x\xce""\xa3""\xc2""\xad""") << QByteArray("x\xcf""\x82""\xc2""\xad""");
    QTest::addRow("lower 20") << QByteArray("\xe2""\x85""\xab""") << QByteArray("\xe2""\x85""\xbb""");
    QTest::addRow("lower 21") << QByteArray("\xe2""\x92""\xb6""") << QByteArray("\xe2""\x93""\x90""");
    QTest::addRow("lower 22") << QByteArray("\xf0""\x90""\x90""\x80""") << QByteArray("\xf0""\x90""\x90""\xa8""");
    QTest::addRow("lower 23") << QByteArray("\xf0""\x9e""\xa4""\x80""") << QByteArray("\xf0""\x9e""\xa4""\xa2""");
}

void TestUnicodeTables::lowerCasesLikePython()
{
    QFETCH(QByteArray, text);
    QFETCH(QByteArray, lower);
    const std::u32string actual = unicode::pythonLower(utf8::decode(text.toStdString()));
    std::string encoded;
    for (const char32_t cp : actual)
        utf8::append(encoded, cp);
    QCOMPARE(QByteArray::fromStdString(encoded), lower);
}

QTEST_APPLESS_MAIN(TestUnicodeTables)
#include "tst_unicode_tables.moc"
