// Variables decoding (CONTRACT §4.1) and the JSON reader under it. The rows of
// decodesLikeTheLegacyPath were generated once by running the legacy path's
// graft_legacy.jsontext.decode_variables (Python 3.11) on each text: its message, or dumps() of
// the decoded value - the JSON text a decoded value writes back as (§4.5).
#include "values/json_reader.h"
#include "values/json_writer.h"
#include "values/variables_decoder.h"

#include <QtTest>

#include <string>

using namespace graft;
using namespace graft::values;

class TestJsonReader : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void decodesLikeTheLegacyPath_data();
    void decodesLikeTheLegacyPath();
    void rejectsTextPythonCannotHoldAsMalformed_data();
    void rejectsTextPythonCannotHoldAsMalformed();
    void keepsNumberTokensAndTheNumberModel_data();
    void keepsNumberTokensAndTheNumberModel();
    void failsWithBadUserInputWithoutLocation();
    void keepsMemberOrderAndDecodedStrings();
    void readsArbitrarilyDeepTextWithoutRecursion();
    void scansNestingOutsideStrings_data();
    void scansNestingOutsideStrings();
};

void TestJsonReader::decodesLikeTheLegacyPath_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("maxNesting");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QByteArray>("expected"); // JSON text of the value, or the error message
    QTest::addRow("empty object") << QByteArray("{}", 2) << 512 << true << QByteArray("{}");
    QTest::addRow("E16 variables") << QByteArray("{\"w\":{\"score\":{\"gt\":1e16},\"age\":{\"eq\":null},\"firstName\":{\"in\":\"Al\"}}}", 69) << 512 << true << QByteArray("{\"w\":{\"score\":{\"gt\":1e+16},\"age\":{\"eq\":null},\"firstName\":{\"in\":\"Al\"}}}");
    QTest::addRow("member order kept") << QByteArray("{\"b\":1,\"a\":2,\"c\":{\"z\":1,\"y\":2}}", 31) << 512 << true << QByteArray("{\"b\":1,\"a\":2,\"c\":{\"z\":1,\"y\":2}}");
    QTest::addRow("whitespace everywhere") << QByteArray(" \x09""\x0a""\x0d""{ \"a\" : [ 1 , 2 ] , \"b\" : { } }\x0d""\x0a"" ", 38) << 512 << true << QByteArray("{\"a\":[1,2],\"b\":{}}");
    QTest::addRow("scalars") << QByteArray("{\"t\":true,\"f\":false,\"n\":null,\"s\":\"x\",\"e\":[],\"o\":{}}", 51) << 512 << true << QByteArray("{\"t\":true,\"f\":false,\"n\":null,\"s\":\"x\",\"e\":[],\"o\":{}}");
    QTest::addRow("exact integers") << QByteArray("{\"a\":0,\"b\":-0,\"c\":2147483648,\"d\":18446744073709551615,\"e\":-9223372036854775808}", 79) << 512 << true << QByteArray("{\"a\":0,\"b\":0,\"c\":2147483648,\"d\":18446744073709551615,\"e\":-9223372036854775808}");
    QTest::addRow("integers beyond 64 bits become floats") << QByteArray("{\"a\":18446744073709551616,\"b\":-9223372036854775809,\"c\":123456789012345678901234567890}", 86) << 512 << true << QByteArray("{\"a\":1.8446744073709552e+19,\"b\":-9.223372036854776e+18,\"c\":1.2345678901234568e+29}");
    QTest::addRow("floats") << QByteArray("{\"a\":1.0,\"b\":1e2,\"c\":1.5,\"d\":-0.0,\"e\":1E-7,\"f\":0.1,\"g\":1e-400,\"h\":2.5e+3}", 73) << 512 << true << QByteArray("{\"a\":1.0,\"b\":100.0,\"c\":1.5,\"d\":-0.0,\"e\":1e-07,\"f\":0.1,\"g\":0.0,\"h\":2500.0}");
    QTest::addRow("string escapes") << QByteArray("{\"s\":\"q\\\" b\\\\ s\\/ \\b\\f\\n\\r\\t \\u0041\\u00e9\\u20ac \\ud83d\\ude00 \\u0000\"}", 69) << 512 << true << QByteArray("{\"s\":\"q\\\" b\\\\ s/ \\b\\f\\n\\r\\t A\xc3""\xa9""\xe2""\x82""\xac"" \xf0""\x9f""\x98""\x80"" \\u0000\"}");
    QTest::addRow("raw UTF-8") << QByteArray("{\"s\":\"\xc3""\xa9""\xf0""\x9f""\x98""\x80""\xe2""\x80""\xa8""\x7f""\"}", 18) << 512 << true << QByteArray("{\"s\":\"\xc3""\xa9""\xf0""\x9f""\x98""\x80""\xe2""\x80""\xa8""\x7f""\"}");
    QTest::addRow("escaped key") << QByteArray("{\"a\\\"b\":1,\"\\u00e9\":2}", 21) << 512 << true << QByteArray("{\"a\\\"b\":1,\"\xc3""\xa9""\":2}");
    QTest::addRow("not an object: number") << QByteArray("5", 1) << 512 << false << QByteArray("Variables are invalid: expected a JSON object.");
    QTest::addRow("not an object: array") << QByteArray("[1]", 3) << 512 << false << QByteArray("Variables are invalid: expected a JSON object.");
    QTest::addRow("not an object: string") << QByteArray("\"x\"", 3) << 512 << false << QByteArray("Variables are invalid: expected a JSON object.");
    QTest::addRow("not an object: null") << QByteArray("null", 4) << 512 << false << QByteArray("Variables are invalid: expected a JSON object.");
    QTest::addRow("not an object: true") << QByteArray("true", 4) << 512 << false << QByteArray("Variables are invalid: expected a JSON object.");
    QTest::addRow("malformed: empty") << QByteArray("", 0) << 512 << false << QByteArray("Variables are invalid: malformed JSON.");
    QTest::addRow("malformed: blank") << QByteArray("   ", 3) << 512 << false << QByteArray("Variables are invalid: malformed JSON.");
    QTest::addRow("malformed: open brace") << QByteArray("{", 1) << 512 << false << QByteArray("Variables are invalid: malformed JSON.");
    QTest::addRow("malformed: missing value") << QByteArray("{\"a\":}", 6) << 512 << false << QByteArray("Variables are invalid: malformed JSON.");
    QTest::addRow("malformed: trailing comma") << QByteArray("{\"a\":1,}", 8) << 512 << false << QByteArray("Variables are invalid: malformed JSON.");
    QTest::addRow("malformed: trailing comma in array") << QByteArray("{\"a\":[1,]}", 10) << 512 << false << QByteArray("Variables are invalid: malformed JSON.");
    QTest::addRow("malformed: single quotes") << QByteArray("{'a':1}", 7) << 512 << false << QByteArray("Variables are invalid: malformed JSON.");
    QTest::addRow("malformed: NaN") << QByteArray("{\"a\":NaN}", 9) << 512 << false << QByteArray("Variables are invalid: malformed JSON.");
    QTest::addRow("malformed: Infinity") << QByteArray("{\"a\":Infinity}", 14) << 512 << false << QByteArray("Variables are invalid: malformed JSON.");
    QTest::addRow("malformed: -Infinity") << QByteArray("{\"a\":-Infinity}", 15) << 512 << false << QByteArray("Variables are invalid: malformed JSON.");
    QTest::addRow("malformed: leading zero") << QByteArray("{\"a\":01}", 8) << 512 << false << QByteArray("Variables are invalid: malformed JSON.");
    QTest::addRow("malformed: bare point") << QByteArray("{\"a\":1.}", 8) << 512 << false << QByteArray("Variables are invalid: malformed JSON.");
    QTest::addRow("malformed: leading point") << QByteArray("{\"a\":.5}", 8) << 512 << false << QByteArray("Variables are invalid: malformed JSON.");
    QTest::addRow("malformed: plus sign") << QByteArray("{\"a\":+1}", 8) << 512 << false << QByteArray("Variables are invalid: malformed JSON.");
    QTest::addRow("malformed: bare minus") << QByteArray("{\"a\":-}", 7) << 512 << false << QByteArray("Variables are invalid: malformed JSON.");
    QTest::addRow("malformed: exponent without digits") << QByteArray("{\"a\":1e}", 8) << 512 << false << QByteArray("Variables are invalid: malformed JSON.");
    QTest::addRow("malformed: bad escape") << QByteArray("{\"a\":\"\\x\"}", 10) << 512 << false << QByteArray("Variables are invalid: malformed JSON.");
    QTest::addRow("malformed: short unicode escape") << QByteArray("{\"a\":\"\\u12\"}", 12) << 512 << false << QByteArray("Variables are invalid: malformed JSON.");
    QTest::addRow("malformed: raw control character") << QByteArray("{\"a\":\"x\x09""y\"}", 11) << 512 << false << QByteArray("Variables are invalid: malformed JSON.");
    QTest::addRow("malformed: raw line feed") << QByteArray("{\"a\":\"x\x0a""y\"}", 11) << 512 << false << QByteArray("Variables are invalid: malformed JSON.");
    QTest::addRow("malformed: unterminated string") << QByteArray("{\"a\":\"x", 7) << 512 << false << QByteArray("Variables are invalid: malformed JSON.");
    QTest::addRow("malformed: trailing data") << QByteArray("{\"a\":1} x", 9) << 512 << false << QByteArray("Variables are invalid: malformed JSON.");
    QTest::addRow("malformed: extra brace") << QByteArray("{\"a\":1}}", 8) << 512 << false << QByteArray("Variables are invalid: malformed JSON.");
    QTest::addRow("malformed: two values") << QByteArray("{} {}", 5) << 512 << false << QByteArray("Variables are invalid: malformed JSON.");
    QTest::addRow("malformed: BOM") << QByteArray("\xef""\xbb""\xbf""{}", 5) << 512 << false << QByteArray("Variables are invalid: malformed JSON.");
    QTest::addRow("malformed: unquoted key") << QByteArray("{a:1}", 5) << 512 << false << QByteArray("Variables are invalid: malformed JSON.");
    QTest::addRow("malformed: missing colon") << QByteArray("{\"a\" 1}", 7) << 512 << false << QByteArray("Variables are invalid: malformed JSON.");
    QTest::addRow("malformed: missing comma") << QByteArray("{\"a\":1 \"b\":2}", 13) << 512 << false << QByteArray("Variables are invalid: malformed JSON.");
    QTest::addRow("malformed: mismatched bracket") << QByteArray("{\"a\":[1}", 8) << 512 << false << QByteArray("Variables are invalid: malformed JSON.");
    QTest::addRow("malformed: true prefix") << QByteArray("{\"a\":tru}", 9) << 512 << false << QByteArray("Variables are invalid: malformed JSON.");
    QTest::addRow("malformed: capital True") << QByteArray("{\"a\":True}", 10) << 512 << false << QByteArray("Variables are invalid: malformed JSON.");
    QTest::addRow("duplicate at top level") << QByteArray("{\"a\":1,\"a\":2}", 13) << 512 << false << QByteArray("Variables are invalid: duplicate key \"a\".");
    QTest::addRow("duplicate nested") << QByteArray("{\"x\":{\"b\":1,\"b\":2}}", 19) << 512 << false << QByteArray("Variables are invalid: duplicate key \"b\".");
    QTest::addRow("duplicate after escape decoding") << QByteArray("{\"a\":1,\"\\u0061\":2}", 18) << 512 << false << QByteArray("Variables are invalid: duplicate key \"a\".");
    QTest::addRow("duplicate: first repeated pair wins") << QByteArray("{\"a\":1,\"b\":2,\"b\":3,\"a\":4}", 25) << 512 << false << QByteArray("Variables are invalid: duplicate key \"b\".");
    QTest::addRow("duplicate: inner object closes first") << QByteArray("{\"a\":{\"c\":1,\"c\":2},\"a\":1}", 25) << 512 << false << QByteArray("Variables are invalid: duplicate key \"c\".");
    QTest::addRow("duplicate in array element") << QByteArray("{\"l\":[{\"k\":1},{\"k\":1,\"k\":2}]}", 29) << 512 << false << QByteArray("Variables are invalid: duplicate key \"k\".");
    QTest::addRow("duplicate key with quote") << QByteArray("{\"a\\\"b\":1,\"a\\\"b\":2}", 19) << 512 << false << QByteArray("Variables are invalid: duplicate key \"a\"b\".");
    QTest::addRow("duplicate key with control escape") << QByteArray("{\"a\\nb\":1,\"a\\nb\":2}", 19) << 512 << false << QByteArray("Variables are invalid: duplicate key \"a\x0a""b\".");
    QTest::addRow("duplicate then malformed, object open") << QByteArray("{\"a\":1,\"a\":2,", 13) << 512 << false << QByteArray("Variables are invalid: malformed JSON.");
    QTest::addRow("duplicate then malformed, object closed") << QByteArray("{\"a\":{\"b\":1,\"b\":2},", 19) << 512 << false << QByteArray("Variables are invalid: duplicate key \"b\".");
    QTest::addRow("duplicate in non-object top level") << QByteArray("[{\"a\":1,\"a\":2}]", 15) << 512 << false << QByteArray("Variables are invalid: duplicate key \"a\".");
    QTest::addRow("duplicate then trailing data") << QByteArray("{\"a\":1,\"a\":2} x", 15) << 512 << false << QByteArray("Variables are invalid: duplicate key \"a\".");
    QTest::addRow("many members, duplicate late") << QByteArray("{\"k0\":0,\"k1\":1,\"k2\":2,\"k3\":3,\"k4\":4,\"k5\":5,\"k6\":6,\"k7\":7,\"k8\":8,\"k9\":9,\"k10\":10,\"k11\":11,\"k12\":12,\"k13\":13,\"k14\":14,\"k15\":15,\"k16\":16,\"k17\":17,\"k18\":18,\"k19\":19,\"k20\":20,\"k21\":21,\"k22\":22,\"k23\":23,\"k24\":24,\"k25\":25,\"k26\":26,\"k27\":27,\"k28\":28,\"k29\":29,\"k30\":30,\"k31\":31,\"k32\":32,\"k33\":33,\"k34\":34,\"k35\":35,\"k36\":36,\"k37\":37,\"k38\":38,\"k39\":39,\"k7\":0}", 348) << 512 << false << QByteArray("Variables are invalid: duplicate key \"k7\".");
    QTest::addRow("number out of range") << QByteArray("{\"a\":1e999}", 11) << 512 << false << QByteArray("Variables are invalid: number out of range.");
    QTest::addRow("negative number out of range") << QByteArray("{\"a\":-1e999}", 12) << 512 << false << QByteArray("Variables are invalid: number out of range.");
    QTest::addRow("huge integer out of range") << QByteArray("{\"a\":10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000}", 407) << 512 << false << QByteArray("Variables are invalid: number out of range.");
    QTest::addRow("out of range then malformed") << QByteArray("{\"a\":1e999,", 11) << 512 << false << QByteArray("Variables are invalid: number out of range.");
    QTest::addRow("malformed then out of range") << QByteArray("{\"a\":x,\"b\":1e999}", 17) << 512 << false << QByteArray("Variables are invalid: malformed JSON.");
    QTest::addRow("out of range before duplicate") << QByteArray("{\"a\":1e999,\"a\":1}", 17) << 512 << false << QByteArray("Variables are invalid: number out of range.");
    QTest::addRow("out of range inside the duplicate object") << QByteArray("{\"a\":1,\"a\":1e999}", 17) << 512 << false << QByteArray("Variables are invalid: number out of range.");
    QTest::addRow("out of range in a non-object") << QByteArray("[1e999]", 7) << 512 << false << QByteArray("Variables are invalid: number out of range.");
    QTest::addRow("tiny number is zero, not out of range") << QByteArray("{\"a\":1e-999}", 12) << 512 << true << QByteArray("{\"a\":0.0}");
    QTest::addRow("nesting at the limit") << QByteArray("{\"a\":[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[1]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]}", 1029) << 512 << true << QByteArray("{\"a\":[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[1]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]}");
    QTest::addRow("nesting beyond the limit") << QByteArray("{\"a\":[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[1]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]}", 1031) << 512 << false << QByteArray("Variables are invalid: nesting too deep.");
    QTest::addRow("nesting beyond the limit in a non-object") << QByteArray("[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]", 1200) << 512 << false << QByteArray("Variables are invalid: nesting too deep.");
    QTest::addRow("nesting beyond the limit then malformed") << QByteArray("{\"a\":[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[x]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]}", 1031) << 512 << false << QByteArray("Variables are invalid: nesting too deep.");
    QTest::addRow("nesting beyond the limit, unterminated") << QByteArray("{\"a\":[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[", 605) << 512 << false << QByteArray("Variables are invalid: nesting too deep.");
    QTest::addRow("brackets inside strings do not nest") << QByteArray("{\"a\":\"[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[\"}", 608) << 512 << true << QByteArray("{\"a\":\"[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[\"}");
    QTest::addRow("escaped quote keeps the string open") << QByteArray("{\"a\":\"\\\"[[[[\",\"b\":[[1]]}", 24) << 4 << true << QByteArray("{\"a\":\"\\\"[[[[\",\"b\":[[1]]}");
    QTest::addRow("custom limit: 3 levels") << QByteArray("{\"a\":[{\"b\":1}]}", 15) << 3 << true << QByteArray("{\"a\":[{\"b\":1}]}");
    QTest::addRow("custom limit: 4 levels") << QByteArray("{\"a\":[{\"b\":[1]}]}", 17) << 3 << false << QByteArray("Variables are invalid: nesting too deep.");
    // The pre-scan is skipped for texts no longer than the limit: they cannot nest deeper.
    QTest::addRow("as many bytes as the limit, malformed") << QByteArray("[[[", 3) << 3 << false << QByteArray("Variables are invalid: malformed JSON.");
    QTest::addRow("one byte past the limit, too deep") << QByteArray("[[[[", 4) << 3 << false << QByteArray("Variables are invalid: nesting too deep.");
    QTest::addRow("as many bytes as the limit, valid") << QByteArray("{\"a\":[{}]}", 10) << 10 << true << QByteArray("{\"a\":[{}]}");
    QTest::addRow("closing brackets at zero do not go negative") << QByteArray("]]]]{\"a\":[1]}", 13) << 2 << false << QByteArray("Variables are invalid: malformed JSON.");
}

void TestJsonReader::decodesLikeTheLegacyPath()
{
    QFETCH(QByteArray, text);
    QFETCH(int, maxNesting);
    QFETCH(bool, ok);
    QFETCH(QByteArray, expected);
    const Result<JsonValue> result = decodeVariables(text.toStdString(), maxNesting);
    QCOMPARE(result.ok(), ok);
    if (ok)
        QCOMPARE(QByteArray::fromStdString(jsonText(result.value())), expected);
    else
        QCOMPARE(QByteArray::fromStdString(result.errors().front().message), expected);
}

void TestJsonReader::rejectsTextPythonCannotHoldAsMalformed_data()
{
    // Decision: text a Python str cannot hold as UTF-8 (invalid bytes, unpaired surrogate escapes;
    // the harness rejects such records, §10.1) is malformed JSON.
    QTest::addColumn<QByteArray>("text");
    QTest::addRow("lone high surrogate escape") << QByteArray(R"({"a":"\ud800"})");
    QTest::addRow("lone low surrogate escape") << QByteArray(R"({"a":"\udc00"})");
    QTest::addRow("high surrogate then non-surrogate escape") << QByteArray(R"({"a":"\ud800\u0041"})");
    QTest::addRow("high surrogate at end of string") << QByteArray(R"({"a":"\ud83d"})");
    QTest::addRow("invalid byte in string") << QByteArray("{\"a\":\"\xff\"}");
    QTest::addRow("overlong encoding") << QByteArray("{\"a\":\"\xc0\xaf\"}");
    QTest::addRow("encoded surrogate") << QByteArray("{\"a\":\"\xed\xa0\x80\"}");
    QTest::addRow("truncated sequence") << QByteArray("{\"a\":\"\xe2\x82\"}");
    QTest::addRow("invalid byte in key") << QByteArray("{\"\xfe\":1}");
    QTest::addRow("non-ASCII outside strings") << QByteArray("{\"a\":1\xc2\xa0}");
}

void TestJsonReader::rejectsTextPythonCannotHoldAsMalformed()
{
    QFETCH(QByteArray, text);
    const Result<JsonValue> result = decodeVariables(text.toStdString());
    QVERIFY(!result.ok());
    QCOMPARE(QByteArray::fromStdString(result.errors().front().message),
             QByteArray("Variables are invalid: malformed JSON."));
}

void TestJsonReader::keepsNumberTokensAndTheNumberModel_data()
{
    QTest::addColumn<QByteArray>("token");
    QTest::addColumn<bool>("integer");
    QTest::addColumn<QByteArray>("text"); // integerText() of an integer, float text of a float
    QTest::addColumn<bool>("integral");
    QTest::addRow("zero") << QByteArray("0") << true << QByteArray("0") << true;
    QTest::addRow("minus zero is the integer 0") << QByteArray("-0") << true << QByteArray("0") << true;
    QTest::addRow("int32 max + 1") << QByteArray("2147483648") << true << QByteArray("2147483648") << true;
    QTest::addRow("2^64-1") << QByteArray("18446744073709551615") << true << QByteArray("18446744073709551615") << true;
    QTest::addRow("2^64") << QByteArray("18446744073709551616") << false << QByteArray("1.8446744073709552e+19") << true;
    QTest::addRow("-2^63") << QByteArray("-9223372036854775808") << true << QByteArray("-9223372036854775808") << true;
    QTest::addRow("-2^63-1") << QByteArray("-9223372036854775809") << false << QByteArray("-9.223372036854776e+18") << true;
    QTest::addRow("1.0 is a float") << QByteArray("1.0") << false << QByteArray("1.0") << true;
    QTest::addRow("1e2 is a float") << QByteArray("1e2") << false << QByteArray("100.0") << true;
    QTest::addRow("1.5") << QByteArray("1.5") << false << QByteArray("1.5") << false;
    QTest::addRow("1e16") << QByteArray("1e16") << false << QByteArray("1e+16") << true;
    QTest::addRow("-0.0") << QByteArray("-0.0") << false << QByteArray("-0.0") << true;
}

void TestJsonReader::keepsNumberTokensAndTheNumberModel()
{
    QFETCH(QByteArray, token);
    QFETCH(bool, integer);
    QFETCH(QByteArray, text);
    QFETCH(bool, integral);
    const Result<JsonValue> result = decodeVariables("{\"n\":" + token.toStdString() + "}");
    QVERIFY(result.ok());
    const JsonValue &n = result->at(0);
    QCOMPARE(n.isInteger(), integer);
    QCOMPARE(n.isFloat(), !integer);
    QCOMPARE(QByteArray(n.token().data(), qsizetype(n.token().size())), token);
    QCOMPARE(QByteArray::fromStdString(integer ? n.integerText() : jsonText(n)), text);
    QCOMPARE(n.isIntegral(), integral);
    QVERIFY(!n.fromLiteral());
}

void TestJsonReader::failsWithBadUserInputWithoutLocation()
{
    const Result<JsonValue> result = decodeVariables("[]");
    QVERIFY(!result.ok());
    QCOMPARE(result.errors().size(), std::size_t(1));
    const Error &error = result.errors().front();
    QCOMPARE(error.code, ErrorCode::BadUserInput);
    QVERIFY(error.locations.empty());
    QVERIFY(error.path.empty());
    QCOMPARE(QByteArray::fromStdString(error.message), QByteArray("Variables are invalid: expected a JSON object."));
}

void TestJsonReader::keepsMemberOrderAndDecodedStrings()
{
    const Result<JsonValue> result = decodeVariables(R"({"z":"a\u0000b","a":[true,null],"m":{"k":"\u00e9"}})");
    QVERIFY(result.ok());
    const JsonValue &v = result.value();
    QVERIFY(v.isObject());
    QCOMPARE(v.size(), std::size_t(3));
    QCOMPARE(QByteArray::fromStdString(v.keyAt(0)), QByteArray("z"));
    QCOMPARE(QByteArray::fromStdString(v.keyAt(1)), QByteArray("a"));
    QCOMPARE(QByteArray::fromStdString(v.keyAt(2)), QByteArray("m"));
    QCOMPARE(v.at(0).stringValue(), std::string("a\0b", 3));
    QVERIFY(v.find("a")->at(0).booleanValue());
    QVERIFY(v.find("a")->at(1).isNull());
    QCOMPARE(QByteArray::fromStdString(v.find("m")->find("k")->stringValue()), QByteArray("\xc3\xa9"));
    QVERIFY(v.find("missing") == nullptr);
}

void TestJsonReader::readsArbitrarilyDeepTextWithoutRecursion()
{
    const std::string deep(200000, '[');
    const JsonReadResult unterminated = readJson(deep, kDefaultMaxNesting);
    QCOMPARE(unterminated.status, JsonReadStatus::Malformed);
    const std::string balanced = deep + "1" + std::string(200000, ']');
    const JsonReadResult read = readJson(balanced, kDefaultMaxNesting);
    QCOMPARE(read.status, JsonReadStatus::Ok);
    QVERIFY(read.tooDeep);
    QCOMPARE(read.rootKind, JsonKind::Array);
    QVERIFY(read.value.isNull());
    const Result<JsonValue> result = decodeVariables("{\"a\":" + balanced + "}");
    QCOMPARE(QByteArray::fromStdString(result.errors().front().message),
             QByteArray("Variables are invalid: nesting too deep."));
}

void TestJsonReader::scansNestingOutsideStrings_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("depth");
    QTest::addRow("flat") << QByteArray("{}") << 1;
    QTest::addRow("nested") << QByteArray(R"({"a":[{"b":[]}]})") << 4;
    QTest::addRow("brackets in strings") << QByteArray(R"({"a":"[[{{"})") << 1;
    QTest::addRow("escaped quote in string") << QByteArray(R"({"a":"\"[[","b":[]})") << 2;
    QTest::addRow("escaped backslash ends string") << QByteArray(R"({"a":"\\",[[]]})") << 3;
    QTest::addRow("closers at zero are ignored") << QByteArray("]]}[[") << 2;
    QTest::addRow("not JSON at all") << QByteArray("[[x") << 2;
    QTest::addRow("empty") << QByteArray("") << 0;
}

void TestJsonReader::scansNestingOutsideStrings()
{
    QFETCH(QByteArray, text);
    QFETCH(int, depth);
    QCOMPARE(jsonNestingDepth(text.toStdString(), 1000), depth);
}

QTEST_APPLESS_MAIN(TestJsonReader)
#include "tst_json_reader.moc"
