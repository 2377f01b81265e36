#include "syntax/arena.h"
#include "syntax/lexer.h"
#include "syntax/source_location.h"
#include "syntax/token.h"

#include <QTest>

using namespace graft::syntax;

namespace {

/// The token stream of `source` as `desc|desc|…` (graphql-core token descriptions), or the error.
QByteArray describeTokens(const QByteArray &source)
{
    Arena arena;
    const std::string_view text(source.constData(), static_cast<std::size_t>(source.size()));
    Lexer lexer(text, arena);
    QByteArray out;
    for (;;) {
        const Token token = lexer.next();
        if (!out.isEmpty())
            out += '|';
        if (token.kind == TokenKind::Error) {
            const graft::SourceLocation at = locateOffset(text, token.start);
            out += QByteArray::fromStdString(lexer.errorMessage()) + " @" + QByteArray::number(at.line) + ':' +
                   QByteArray::number(at.column);
            return out;
        }
        out += QByteArray::fromStdString(tokenDescription(token));
        if (token.kind == TokenKind::Eof)
            return out;
    }
}

} // namespace

class TestLexer : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void readsTokens_data();
    void readsTokens();
    void decodesStringValues_data();
    void decodesStringValues();
    void rejectsUnreadableTokens_data();
    void rejectsUnreadableTokens();
    void locatesOffsetsLikeGraphqlCore_data();
    void locatesOffsetsLikeGraphqlCore();
    void repeatsFinalTokenAfterEnd();
    void recordsTokenOffsets();
};

void TestLexer::readsTokens_data()
{
    QTest::addColumn<QByteArray>("source");
    QTest::addColumn<QByteArray>("tokens");
    QTest::addRow("empty") << QByteArray("") << QByteArray("<EOF>");
    QTest::addRow("punctuators") << QByteArray("! $ & ( ) ... : = @ [ ] { | }")
                                 << QByteArray("'!'|'$'|'&'|'('|')'|'...'|':'|'='|'@'|'['|']'|'{'|'|'|'}'|<EOF>");
    QTest::addRow("names") << QByteArray("_a Z9 on") << QByteArray("Name '_a'|Name 'Z9'|Name 'on'|<EOF>");
    QTest::addRow("ints") << QByteArray("0 -0 12 -34") << QByteArray("Int '0'|Int '-0'|Int '12'|Int '-34'|<EOF>");
    QTest::addRow("floats") << QByteArray("1.5 -0.0 1e3 1E+3 2.5e-3")
                            << QByteArray("Float '1.5'|Float '-0.0'|Float '1e3'|Float '1E+3'|Float '2.5e-3'|<EOF>");
    QTest::addRow("ignored") << QByteArray("\xEF\xBB\xBF, a,\t\r\n# comment \xE2\x80\xA8 still\rb")
                             << QByteArray("Name 'a'|Name 'b'|<EOF>");
    QTest::addRow("string") << QByteArray("\"x y\"") << QByteArray("String 'x y'|<EOF>");
    QTest::addRow("empty string") << QByteArray("\"\"") << QByteArray("String ''|<EOF>");
    QTest::addRow("block string") << QByteArray("\"\"\"\n  x\n  y\n\"\"\"") << QByteArray("BlockString 'x\ny'|<EOF>");
    QTest::addRow("spread then dot") << QByteArray("....") << QByteArray("'...'|Syntax Error: Unexpected character: '.'. @1:4");
}

void TestLexer::readsTokens()
{
    QFETCH(QByteArray, source);
    QFETCH(QByteArray, tokens);
    QCOMPARE(describeTokens(source), tokens);
}

void TestLexer::decodesStringValues_data()
{
    QTest::addColumn<QByteArray>("source");
    QTest::addColumn<QByteArray>("value");
    QTest::addRow("simple escapes") << QByteArray(R"("\" \\ \/ \b \f \n \r \t")") << QByteArray("\" \\ / \b \f \n \r \t");
    QTest::addRow("fixed unicode") << QByteArray(R"("\u00e9\u00E9\u0000")") << QByteArray("\xC3\xA9\xC3\xA9\0", 5);
    QTest::addRow("surrogate pair") << QByteArray(R"("\uD83D\uDE00")") << QByteArray("\xF0\x9F\x98\x80");
    QTest::addRow("variable unicode") << QByteArray(R"("\u{1F600}\u{0}\u{00000041}")")
                                      << QByteArray("\xF0\x9F\x98\x80\0A", 6);
    QTest::addRow("raw non-ascii") << QByteArray("\"\xC3\xA9\xF0\x9F\x98\x80\xE2\x80\xA8\"")
                                   << QByteArray("\xC3\xA9\xF0\x9F\x98\x80\xE2\x80\xA8");
    QTest::addRow("block common indent") << QByteArray("\"\"\"\n    a\n      b\n    c\n  \"\"\"") << QByteArray("a\n  b\nc");
    QTest::addRow("block first line keeps indent") << QByteArray("\"\"\"  a\n    b\"\"\"") << QByteArray("  a\nb");
    QTest::addRow("block blank lines trimmed") << QByteArray("\"\"\"\n\n  \n x \n\n\"\"\"") << QByteArray("x ");
    QTest::addRow("block only blanks") << QByteArray("\"\"\"  \n \"\"\"") << QByteArray("");
    QTest::addRow("block single blank line") << QByteArray("\"\"\"   \"\"\"") << QByteArray("");
    QTest::addRow("block escaped triple quote") << QByteArray(R"("""a \""" b""")") << QByteArray("a \"\"\" b");
    QTest::addRow("block keeps backslash escapes") << QByteArray(R"("""a \n \u0041""")") << QByteArray("a \\n \\u0041");
    QTest::addRow("block crlf and cr") << QByteArray("\"\"\"a\r\n b\r c\"\"\"") << QByteArray("a\nb\nc");
    QTest::addRow("block tabs indent") << QByteArray("\"\"\"\n\ta\n\t\tb\"\"\"") << QByteArray("a\n\tb");
}

void TestLexer::decodesStringValues()
{
    QFETCH(QByteArray, source);
    QFETCH(QByteArray, value);
    Arena arena;
    Lexer lexer(std::string_view(source.constData(), static_cast<std::size_t>(source.size())), arena);
    const Token token = lexer.next();
    QVERIFY2(token.kind == TokenKind::String || token.kind == TokenKind::BlockString, lexer.errorMessage().c_str());
    QCOMPARE(QByteArray(token.value.data(), static_cast<qsizetype>(token.value.size())), value);
    QCOMPARE(lexer.next().kind, TokenKind::Eof);
}

void TestLexer::rejectsUnreadableTokens_data()
{
    QTest::addColumn<QByteArray>("source");
    QTest::addColumn<QByteArray>("error");
    auto row = [](const char *name, const QByteArray &source, const char *message, int line, int column) {
        QTest::addRow("%s", name) << source
                                  << QByteArray("Syntax Error: ") + message + " @" + QByteArray::number(line) + ':' +
                                         QByteArray::number(column);
    };
    row("tilde", "a ~", "Unexpected character: '~'.", 1, 3);
    row("e acute", "\xC3\xA9", "Unexpected character: U+00E9.", 1, 1);
    row("emoji", "\xF0\x9F\x98\x80", "Unexpected character: U+1F600.", 1, 1);
    row("bell", "\x07", "Unexpected character: U+0007.", 1, 1);
    row("line separator", "\xE2\x80\xA8", "Unexpected character: U+2028.", 1, 1);
    row("lone dot", ".", "Unexpected character: '.'.", 1, 1);
    row("two dots", "..a", "Unexpected character: '.'.", 1, 1);
    row("single quote", "'a'", "Unexpected single quote character ('), did you mean to use a double quote (\")?", 1, 1);
    row("malformed utf8", "\xFF", "Invalid character: U+DCFF.", 1, 1);
    row("digit after zero", "00", "Invalid number, unexpected digit after 0: '0'.", 1, 2);
    row("minus alone", "-", "Invalid number, expected digit but got: <EOF>.", 1, 2);
    row("minus name", "-a", "Invalid number, expected digit but got: 'a'.", 1, 2);
    row("dot no digit", "1.", "Invalid number, expected digit but got: <EOF>.", 1, 3);
    row("dot name", "1.e", "Invalid number, expected digit but got: 'e'.", 1, 3);
    row("exponent no digit", "1e", "Invalid number, expected digit but got: <EOF>.", 1, 3);
    row("exponent sign no digit", "1e+x", "Invalid number, expected digit but got: 'x'.", 1, 4);
    row("followed by dot", "1.5.", "Invalid number, expected digit but got: '.'.", 1, 4);
    row("followed by name", "12a", "Invalid number, expected digit but got: 'a'.", 1, 3);
    row("number then quote", "1\"", "Unterminated string.", 1, 3);
    row("unterminated at end", "\"abc", "Unterminated string.", 1, 5);
    row("unterminated at lf", "\"abc\ndef\"", "Unterminated string.", 1, 5);
    row("unterminated at cr", "\"abc\rdef\"", "Unterminated string.", 1, 5);
    row("unterminated block", "\"\"\"abc\n", "Unterminated string.", 1, 7);
    row("unterminated block two lines", "\"\"\"abc\nd", "Unterminated string.", 2, 2);
    row("bad escape", "\"\\x\"", "Invalid character escape sequence: '\\x'.", 1, 2);
    row("bad escape non-ascii", "\"\\\xC3\xA9\"", "Invalid character escape sequence: '\\\xC3\xA9'.", 1, 2);
    row("bad fixed escape", "\"\\u12G4\"", "Invalid Unicode escape sequence: '\\u12G4'.", 1, 2);
    row("lone high surrogate", "\"\\uD800\"", "Invalid Unicode escape sequence: '\\uD800'.", 1, 2);
    row("high then non-low", "\"\\uD800\\u0041\"", "Invalid Unicode escape sequence: '\\uD800'.", 1, 2);
    row("lone low surrogate", "\"\\uDC00\"", "Invalid Unicode escape sequence: '\\uDC00'.", 1, 2);
    row("fixed escape non-ascii", "\"\\u1\xC3\xA9" "23\"", "Invalid Unicode escape sequence: '\\u1\xC3\xA9" "23'.", 1, 2);
    row("variable too large", "\"\\u{110000}\"", "Invalid Unicode escape sequence: '\\u{110000}'.", 1, 2);
    row("variable empty", "\"\\u{}\"", "Invalid Unicode escape sequence: '\\u{}'.", 1, 2);
    row("variable bad digit", "\"\\u{12\"", "Invalid Unicode escape sequence: '\\u{12\"'.", 1, 2);
    row("variable too long", "\"\\u{000000004}\"", "Invalid Unicode escape sequence: '\\u{000000004'.", 1, 2);
    row("variable surrogate", "\"\\u{D800}\"", "Invalid Unicode escape sequence: '\\u{D800}'.", 1, 2);
    row("variable at end", "\"\\u{", "Invalid Unicode escape sequence: '\\u{'.", 1, 2);
    row("backslash at end", "\"\\", "Unterminated string.", 1, 3);
    row("short fixed at end", "\"\\u12", "Unterminated string.", 1, 6);
    row("short fixed non-hex at end", "\"\\uZ", "Unterminated string.", 1, 5);
    row("short low surrogate at end", "\"\\uD800\\u1", "Unterminated string.", 1, 11);
    row("invalid char in string", "\"a\xFF\"", "Invalid character within String: U+DCFF.", 1, 3);
    row("invalid char in block", "\"\"\"a\xFF\"\"\"", "Invalid character within String: U+DCFF.", 1, 5);
    row("comment ends at invalid byte", "# a\xFF", "Invalid character: U+DCFF.", 1, 4);
}

void TestLexer::rejectsUnreadableTokens()
{
    QFETCH(QByteArray, source);
    QFETCH(QByteArray, error);
    const QByteArray described = describeTokens(source);
    const qsizetype bar = described.lastIndexOf('|');
    const QByteArray last = bar < 0 ? described : described.mid(bar + 1);
    QCOMPARE(last, error);
}

void TestLexer::locatesOffsetsLikeGraphqlCore_data()
{
    QTest::addColumn<QByteArray>("source");
    QTest::addColumn<int>("offset");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addRow("start") << QByteArray("abc") << 0 << 1 << 1;
    QTest::addRow("same line") << QByteArray("abc") << 2 << 1 << 3;
    QTest::addRow("line start is end of previous line") << QByteArray("{ users {\nfirstName\nnickname } }") << 20 << 2
                                                        << 10;
    QTest::addRow("after lf") << QByteArray("a\nbc") << 3 << 2 << 2;
    QTest::addRow("crlf") << QByteArray("a\r\nbc") << 4 << 2 << 2;
    QTest::addRow("crlf at line start") << QByteArray("a\r\nbc") << 3 << 1 << 2;
    QTest::addRow("cr") << QByteArray("a\rbc") << 3 << 2 << 2;
    QTest::addRow("two breaks") << QByteArray("a\n\nb") << 3 << 2 << 1;
    QTest::addRow("eof after final break") << QByteArray("a\n") << 2 << 1 << 2;
    QTest::addRow("u2028 counts") << QByteArray("\"\xE2\x80\xA8\" x") << 6 << 2 << 3;
    QTest::addRow("u0085 counts") << QByteArray("#\xC2\x85\nx") << 4 << 2 << 1;
    QTest::addRow("vt ff fs gs rs") << QByteArray("\x0B\x0C\x1C\x1D\x1E" "a") << 5 << 5 << 1;
    QTest::addRow("non-bmp counts one") << QByteArray("{ users(where: {firstName: {eq: \"\xF0\x9F\x98\x80\"}}) { nickname } }")
                                        << 44 << 1 << 42;
    QTest::addRow("two-byte counts one") << QByteArray("\xC3\xA9x") << 2 << 1 << 2;
    QTest::addRow("malformed byte counts one") << QByteArray("\xFF\xFEx") << 2 << 1 << 3;
}

void TestLexer::locatesOffsetsLikeGraphqlCore()
{
    QFETCH(QByteArray, source);
    QFETCH(int, offset);
    QFETCH(int, line);
    QFETCH(int, column);
    const graft::SourceLocation at = locateOffset(std::string_view(source.constData(), static_cast<std::size_t>(source.size())),
                                                  static_cast<std::uint32_t>(offset));
    QCOMPARE(at.line, line);
    QCOMPARE(at.column, column);
}

void TestLexer::repeatsFinalTokenAfterEnd()
{
    Arena arena;
    Lexer lexer("a", arena);
    QCOMPARE(lexer.next().kind, TokenKind::Name);
    QCOMPARE(lexer.next().kind, TokenKind::Eof);
    QCOMPARE(lexer.next().kind, TokenKind::Eof);
    Lexer failing("~ a", arena);
    QCOMPARE(failing.next().kind, TokenKind::Error);
    QCOMPARE(failing.next().kind, TokenKind::Error);
}

void TestLexer::recordsTokenOffsets()
{
    Arena arena;
    Lexer lexer("  abc \"x\" ...", arena);
    Token t = lexer.next();
    QCOMPARE(t.start, 2u);
    QCOMPARE(t.end, 5u);
    t = lexer.next();
    QCOMPARE(t.start, 6u);
    QCOMPARE(t.end, 9u);
    t = lexer.next();
    QCOMPARE(t.start, 10u);
    QCOMPARE(t.end, 13u);
    t = lexer.next();
    QCOMPARE(t.kind, TokenKind::Eof);
    QCOMPARE(t.start, 13u);
}

QTEST_APPLESS_MAIN(TestLexer)
#include "tst_lexer.moc"
