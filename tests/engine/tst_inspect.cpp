// graphql-core inspect() of decoded values and Python repr() of strings (CONTRACT §3.5 "Printing
// values"). Rows of printsValuesLikeGraphqlCoreInspect were generated once with Python 3.11:
// graphql.pyutils.inspect (graphql-core 3.2.6) of the value decoded by the legacy path's
// decode_variables from the JSON text in the second column.
#include "values/inspect.h"
#include "values/json_value.h"
#include "values/variables_decoder.h"

#include <QtTest>

#include <string>

using namespace graft;
using namespace graft::values;

class TestInspect : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void printsValuesLikeGraphqlCoreInspect_data();
    void printsValuesLikeGraphqlCoreInspect();
    void printsContractExamples_data();
    void printsContractExamples();
    void printsLiteralNumbersByValue_data();
    void printsLiteralNumbersByValue();
    void printsUndecodableBytesAsSurrogateEscapes();
};

void TestInspect::printsValuesLikeGraphqlCoreInspect_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QByteArray>("expected");
    QTest::addRow("%s", "abc") << QByteArray("\"abc\"") << QByteArray("'abc'");
    QTest::addRow("%s", "it's") << QByteArray("\"it's\"") << QByteArray("\"it's\"");
    QTest::addRow("%s", "say \"hi\"") << QByteArray("\"say \\\"hi\\\"\"") << QByteArray("'say \"hi\"'");
    QTest::addRow("%s", "both") << QByteArray("\"both ' and \\\"\"") << QByteArray("'both \\' and \"'");
    QTest::addRow("%s", "contract escapes") << QByteArray("\"tab\\tnl\\nbs\\\\ \xc3""\xa9"" \xf0""\x9f""\x98""\x80"" \xe2""\x80""\x8b"" \x7f"" \xc2""\xa0""\"") << QByteArray("'tab\\tnl\\nbs\\\\ \xc3""\xa9"" \xf0""\x9f""\x98""\x80"" \\u200b \\x7f \\xa0'");
    QTest::addRow("%s", "contract object") << QByteArray("{\"a\":[1,\"x\\u0000\"]}") << QByteArray("{'a': [1, 'x\\x00']}");
    QTest::addRow("%s", "eleven items") << QByteArray("[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]") << QByteArray("[0, 1, 2, 3, 4, ..., 8, 9, 10, 11]");
    QTest::addRow("%s", "depth rule") << QByteArray("{\"nope\":1,\"AND\":[{\"x\":1}],\"OR\":[0,1,2,3,4,5,6,7,8,9,10,11]}") << QByteArray("{'nope': 1, 'AND': [{...}], 'OR': [0, 1, 2, 3, 4, ..., 8, 9, 10, 11]}");
    QTest::addRow("%s", "4.2 example") << QByteArray("{\"score\":{\"eq\":\"y\"},\"zzz\":1,\"age\":{\"eq\":\"x\"},\"aaa\":2}") << QByteArray("{'score': {'eq': 'y'}, 'zzz': 1, 'age': {'eq': 'x'}, 'aaa': 2}");
    QTest::addRow("%s", "int 2147483648") << QByteArray("2147483648") << QByteArray("2147483648");
    QTest::addRow("%s", "float 1e16") << QByteArray("1e16") << QByteArray("1e+16");
    QTest::addRow("%s", "float 1e10") << QByteArray("1e10") << QByteArray("10000000000.0");
    QTest::addRow("%s", "true") << QByteArray("true") << QByteArray("True");
    QTest::addRow("%s", "false") << QByteArray("false") << QByteArray("False");
    QTest::addRow("%s", "null") << QByteArray("null") << QByteArray("None");
    QTest::addRow("%s", "float 1.0") << QByteArray("1.0") << QByteArray("1.0");
    QTest::addRow("%s", "minus zero int") << QByteArray("-0") << QByteArray("0");
    QTest::addRow("%s", "minus zero float") << QByteArray("-0.0") << QByteArray("-0.0");
    QTest::addRow("%s", "2^64-1") << QByteArray("18446744073709551615") << QByteArray("18446744073709551615");
    QTest::addRow("%s", "empty list") << QByteArray("[]") << QByteArray("[]");
    QTest::addRow("%s", "empty object") << QByteArray("{}") << QByteArray("{}");
    QTest::addRow("%s", "nested empties") << QByteArray("[[[]],{\"a\":{}}]") << QByteArray("[[[]], {'a': {}}]");
    QTest::addRow("%s", "list depth 3") << QByteArray("[[[1]]]") << QByteArray("[[[...]]]");
    QTest::addRow("%s", "object depth 3") << QByteArray("{\"a\":{\"b\":{\"c\":1}}}") << QByteArray("{'a': {'b': {...}}}");
    QTest::addRow("%s", "object depth 3 empty") << QByteArray("{\"a\":{\"b\":{}}}") << QByteArray("{'a': {'b': {}}}");
    QTest::addRow("%s", "ten items") << QByteArray("[0, 1, 2, 3, 4, 5, 6, 7, 8, 9]") << QByteArray("[0, 1, 2, 3, 4, 5, 6, 7, 8, 9]");
    QTest::addRow("%s", "eleven objects") << QByteArray("[{\"i\": 0}, {\"i\": 1}, {\"i\": 2}, {\"i\": 3}, {\"i\": 4}, {\"i\": 5}, {\"i\": 6}, {\"i\": 7}, {\"i\": 8}, {\"i\": 9}, {\"i\": 10}]") << QByteArray("[{'i': 0}, {'i': 1}, {'i': 2}, {'i': 3}, {'i': 4}, ..., {'i': 7}, {'i': 8}, {'i': 9}, {'i': 10}]");
    QTest::addRow("%s", "eleven members") << QByteArray("{\"k0\": 0, \"k1\": 1, \"k2\": 2, \"k3\": 3, \"k4\": 4, \"k5\": 5, \"k6\": 6, \"k7\": 7, \"k8\": 8, \"k9\": 9, \"k10\": 10}") << QByteArray("{'k0': 0, 'k1': 1, 'k2': 2, 'k3': 3, 'k4': 4, ..., 'k7': 7, 'k8': 8, 'k9': 9, 'k10': 10}");
    QTest::addRow("%s", "key quoting") << QByteArray("{\"it's\":\"a\\\"b\",\"\\\\\":1}") << QByteArray("{\"it's\": 'a\"b', '\\\\': 1}");
    QTest::addRow("%s", "string 240") << QByteArray("\"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\"") << QByteArray("'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'");
    QTest::addRow("%s", "string 241") << QByteArray("\"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\"") << QByteArray("'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx...xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'");
    QTest::addRow("%s", "string long") << QByteArray("\"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaabbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbcccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccc\"") << QByteArray("'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaabbbbbbbbbbbbbbbbb...bbbbbbbbbbbbbbbbbbcccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccc'");
    QTest::addRow("%s", "string long non-ASCII") << QByteArray("\"\xc3""\xa9""\xc3""\xa9""\xc3""\xa9""\xc3""\xa9""\xc3""\xa9""\xc3""\xa9""\xc3""\xa9""\xc3""\xa9""\xc3""\xa9""\xc3""\xa9""\xc3""\xa9""\xc3""\xa9""\xc3""\xa9""\xc3""\xa9""\xc3""\xa9""\xc3""\xa9""\xc3""\xa9""\xc3""\xa9""\xc3""\xa9""\xc3""\xa9""\xc3""\xa9""\xc3""\xa9""\xc3""\xa9""\xc3""\xa9""\xc3""\xa9""\xc3""\xa9""\xc3""\xa9""\xc3""\xa9""\xc3""\xa9""\xc3""\xa9""\xc3""\xa9""\xc3""\xa9""\xc3""\xa9""\xc3""\xa9""\xc3""\xa9""\xc3""\xa9""\xc3""\xa9""\xc3""\xa9""\xc3""\xa9""\xc3""\xa9""\xc3""\xa9""\xc3""\xa9""\xc3""\xa9""\xc3""\xa9""\xc3""\xa9""\xc3""\xa9""\xc3""\xa9""\xc3""\xa9""\xc3""\xa9""\xc3""\xa9""\xc3""\xa9""\xc3""\xa9""\xc3""\xa9""\xc3""\xa9""\xc3""\xa9""\xc3""\xa9""\xc3""\xa9""\xc3""\xa9""\xc3""\xa9""\xc3""\xa9""\xc3""\xa9""\xc3""\xa9""\xc3""\xa9""\xc3""\xa9""\xc3""\xa9""\xc3""\xa9""\xc3""\xa9""\xc3""\xa9""\xc3""\xa9""\xc3""\xa9""\xc3""\xa9""\xc3""\xa9""\xc3""\xa9""\xc3""\xa9""\xc3""\xa9""\xc3""\xa9""\xc3""\xa9""\xc3""\xa9""\xc3""\xa9""\xc3""\xa9""\xc3""\xa9""\xc3""\xa9""\xc3""\xa9""\xc3""\xa9""\xc3""\xa9""\xc3""\xa9""\xc3""\xa9""\xc3""\xa9""\xc3""\xa9""\xc3""\xa9""\xc3""\xa9""\xc3""\xa9""\xc3""\xa9""\xc3""\xa9""\xc3""\xa9""\xc3""\xa9""\xc3""\xa9""\xc3""\xa9""\xc3""\xa9""\xc3""\xa9""\xc3""\xa9""\xc3""\xa9""\xc3""\xa9""\xc3""\xa9""\xc3""\xa9""\xc3""\xa9""\xc3""\xa9""\xc3""\xa9""\xc3""\xa9""\xc3""\xa9""\xc3""\xa9""\xc3""\xa9""\xc3""\xa9""\xc3""\xa9""\xc3""\xa9""\xc3""\xa9""\xc3""\xa9""\xc3""\xa9""\xc3""\xa9""\xc3""\xa9""\xc3""\xa9""\xc3""\xa9""\xc3""\xa9""\xc3""\xa9""\xc3""\xa9""\xc3""\xa9""\xc3""\xa9""\xc3""\xa9""\xc3""\xa9""\xc3""\xa9""\xc3""\xa9""\xc3""\xa9""\xc3""\xa9""\xc3""\xa9""\xc3""\xa9""\xc3""\xa9""\xc3""\xa9""\xc3""\xa9""\xc3""\xa9""\xc3""\xa9""\xc3""\xa9""\xc3""\xa9""\xc3""\xa9""\xc3""\xa9""\xc3""\xa9""\xc3""\xa9""\xc3""\xa9""\xc3""\xa9""\xc3""\xa9""\xc3""\xa9""\xf0""\x9f""\x98""\x80""\xf0""\x9f""\x98""\x80""\xf0""\x9f""\x98""\x80""\xf0""\x9f""\x98""\x80""\xf0""\x9f""\x98""\x80""\xf0""\x9f""\x98""\x80""\xf0""\x9f""\x98""\x80""\xf0""\x9f""\x98""\x80""\xf0""\x9f""\x98""\x80""\xf0""\x9f""\x98""\x80""\xf0""\x9f""\x98""\x80""\xf0""\x9f""\x98""\x80""\xf0""\x9f""\x98""\x80""\xf0""\x9f""\x98""\x80""\xf0""\x9f""\x98""\x80""\xf0""\x9f""\x98""\x80""\xf0""\x9f""\x98""\x80""\xf0""\x9f""\x98""\x80""\xf0""\x9f""\x98""\x80""\xf0""\x9f""\x98""\x80""\xf0""\x9f""\x98""\x80""\xf0""\x9f""\x98""\x80""\xf0""\x9f""\x98""\x80""\xf0""\x9f""\x98""\x80""\xf0""\x9f""\x98""\x80""\xf0""\x9f""\x98""\x80""\xf0""\x9f""\x98""\x80""\xf0""\x9f""\x98""\x80""\xf0""\x9f""\x98""\x80""\xf0""\x9f""\x98""\x80""\xf0""\x9f""\x98""\x80""\xf0""\x9f""\x98""\x80""\xf0""\x9f""\x98""\x80""\xf0""\x9f""\x98""\x80""\xf0""\x9f""\x98""\x80""\xf0""\x9f""\x98""\x80""\xf0""\x9f""\x98""\x80""\xf0""\x9f""\x98""\x80""\xf0""\x9f""\x98""\x80""\xf0""\x9f""\x98""\x80""\xf0""\x9f""\x98""\x80""\xf0""\x9f""\x98""\x80""\xf0""\x9f""\x98""\x80""\xf0""\x9f""\x98""\x80""\xf0""\x9f""\x98""\x80""\xf0""\x9f""\x98""\x80""\xf0""\x9f""\x98""\x80""\xf0""\x9f""\x98""\x80""\xf0""\x9f""\x98""\x80""\xf0""\x9f""\x98""\x80""\xf0""\x9f""\x98""\x80""\xf0""\x9f""\x98""\x80""\xf0""\x9f""\x98""\x80""\xf0""\x9f""\x98""\x80""\xf0""\x9f""\x98""\x80""\xf0""\x9f""\x98""\x80""\xf0""\x9f""\x98""\x80""\xf0""\x9f""\x98""\x80""\xf0""\x9f""\x98""\x80""\xf0""\x9f""\x98""\x80""\xf0""\x9f""\x98""\x80""\xf0""\x9f""\x98""\x80""\xf0""\x9f""\x98""\x80""\xf0""\x9f""\x98""\x80""\xf0""\x9f""\x98""\x80""\xf0""\x9f""\x98""\x80""\xf0""\x9f""\x98""\x80""\xf0""\x9f""\x98""\x80""\xf0""\x9f""\x98""\x80""\xf0""\x9f""\x98""\x80""\xf0""\x9f""\x98""\x80""\xf0""\x9f""\x98""\x80""\xf0""\x9f""\x98""\x80""\xf0""\x9f""\x98""\x80""\xf0""\x9f""\x98""\x80""\xf0""\x9f""\x98""\x80""\xf0""\x9f""\x98""\x80""\xf0""\x9f""\x98""\x80""\xf0""\x9f""\x98""\x80""\xf0""\x9f""\x98""\x80""\xf0""\x9f""\x98""\x80""\xf0""\x9f""\x98""\x80""\xf0""\x9f""\x98""\x80""\xf0""\x9f""\x98""\x80""\xf0""\x9f""\x98""\x80""\xf0""\x9f""\x98""\x80""\xf0""\x9f""\x98""\x80""\xf0""\x9f""\x98""\x80""\xf0""\x9f""\x98""\x80""\xf0""\x9f""\x98""\x80""\xf0""\x9f""\x98""\x80""\xf0""\x9f""\x98""\x80""\xf0""\x9f""\x98""\x80""\xf0""\x9f""\x98""\x80""\xf0""\x9f""\x98""\x80""\xf0""\x9f""\x98""\x80""\xf0""\x9f""\x98""\x80""\xf0""\x9f""\x98""\x80""\xf0""\x9f""\x98""\x80""\xf0""\x9f""\x98""\x80""\xf0""\x9f""\x98""\x80""\xf0""\x9f""\x98""\x80""\xf0""\x9f""\x98""\x80""\xf0""\x9f""\x98""\x80""\xf0""\x9f""\x98""\x80""\xf0""\x9f""\x98""\x80""\xf0""\x9f""\x98""\x80""\xf0""\x9f""\x98""\x80""\xf0""\x9f""\x98""\x80""\xf0""\x9f""\x98""\x80""\xf0""\x9f""\x98""\x80""\xf0""\x9f""\x98""\x80""\xf0""\x9f""\x98""\x80""\xf0""\x9f""\x98""\x80""\xf0""\x9f""\x98""\x80""\xf0""\x9f""\x98""\x80""\xf0""\x9f""\x98""\x80""\xf0""\x9f""\x98""\x80""\xf0""\x9f""\x98""\x80""\xf0""\x9f""\x98""\x80""\xf0""\x9f""\x98""\x80""\xf0""\x9f""\x98""\x80""\xf0""\x9f""\x98""\x80""\xf0""\x9f""\x98""\x80""\xf0""\x9f""\x98""\x80""\xf0""\x9f""\x98""\x80""\xf0""\x9f""\x98""\x80""\xf0""\x9f""\x98""\x80""\xf0""\x9f""\x98""\x80""\xf0""\x9f""\x98""\x80""\xf0""\x9f""\x98""\x80""\xf0""\x9f""\x98""\x80""\xf0""\x9f""\x98""\x80""\xf0""\x9f""\x98""\x80""\xf0""\x9f""\x98""\x80""\xf0""\x9f""\x98""\x80""\xf0""\x9f""\x98""\x80""\xf0""\x9f""\x98""\x80""\xf0""\x9f""\x98""\x80""\xf0""\x9f""\x98""\x80""\xf0""\x9f""\x98""\x80""\xf0""\x9f""\x98""\x80""\xf0""\x9f""\x98""\x80""\xf0""\x9f""\x98""\x80""\xf0""\x9f""\x98""\x80""\xf0""\x9f""\x98""\x80""\xf0""\x9f""\x98""\x80""\xf0""\x9f""\x98""\x80""\xf0""\x9f""\x98""\x80""\xf0""\x9f""\x98""\x80""\"") << QByteArray("'\xc3""\xa9""\xc3""\xa9""\xc3""\xa9""\xc3""\xa9""\xc3""\xa9""\xc3""\xa9""\xc3""\xa9""\xc3""\xa9""\xc3""\xa9""\xc3""\xa9""\xc3""\xa9""\xc3""\xa9""\xc3""\xa9""\xc3""\xa9""\xc3""\xa9""\xc3""\xa9""\xc3""\xa9""\xc3""\xa9""\xc3""\xa9""\xc3""\xa9""\xc3""\xa9""\xc3""\xa9""\xc3""\xa9""\xc3""\xa9""\xc3""\xa9""\xc3""\xa9""\xc3""\xa9""\xc3""\xa9""\xc3""\xa9""\xc3""\xa9""\xc3""\xa9""\xc3""\xa9""\xc3""\xa9""\xc3""\xa9""\xc3""\xa9""\xc3""\xa9""\xc3""\xa9""\xc3""\xa9""\xc3""\xa9""\xc3""\xa9""\xc3""\xa9""\xc3""\xa9""\xc3""\xa9""\xc3""\xa9""\xc3""\xa9""\xc3""\xa9""\xc3""\xa9""\xc3""\xa9""\xc3""\xa9""\xc3""\xa9""\xc3""\xa9""\xc3""\xa9""\xc3""\xa9""\xc3""\xa9""\xc3""\xa9""\xc3""\xa9""\xc3""\xa9""\xc3""\xa9""\xc3""\xa9""\xc3""\xa9""\xc3""\xa9""\xc3""\xa9""\xc3""\xa9""\xc3""\xa9""\xc3""\xa9""\xc3""\xa9""\xc3""\xa9""\xc3""\xa9""\xc3""\xa9""\xc3""\xa9""\xc3""\xa9""\xc3""\xa9""\xc3""\xa9""\xc3""\xa9""\xc3""\xa9""\xc3""\xa9""\xc3""\xa9""\xc3""\xa9""\xc3""\xa9""\xc3""\xa9""\xc3""\xa9""\xc3""\xa9""\xc3""\xa9""\xc3""\xa9""\xc3""\xa9""\xc3""\xa9""\xc3""\xa9""\xc3""\xa9""\xc3""\xa9""\xc3""\xa9""\xc3""\xa9""\xc3""\xa9""\xc3""\xa9""\xc3""\xa9""\xc3""\xa9""\xc3""\xa9""\xc3""\xa9""\xc3""\xa9""\xc3""\xa9""\xc3""\xa9""\xc3""\xa9""\xc3""\xa9""\xc3""\xa9""\xc3""\xa9""\xc3""\xa9""\xc3""\xa9""\xc3""\xa9""\xc3""\xa9""\xc3""\xa9""\xc3""\xa9""\xc3""\xa9""\xc3""\xa9""\xc3""\xa9""\xc3""\xa9""\xc3""\xa9""\xc3""\xa9""\xc3""\xa9""...\xf0""\x9f""\x98""\x80""\xf0""\x9f""\x98""\x80""\xf0""\x9f""\x98""\x80""\xf0""\x9f""\x98""\x80""\xf0""\x9f""\x98""\x80""\xf0""\x9f""\x98""\x80""\xf0""\x9f""\x98""\x80""\xf0""\x9f""\x98""\x80""\xf0""\x9f""\x98""\x80""\xf0""\x9f""\x98""\x80""\xf0""\x9f""\x98""\x80""\xf0""\x9f""\x98""\x80""\xf0""\x9f""\x98""\x80""\xf0""\x9f""\x98""\x80""\xf0""\x9f""\x98""\x80""\xf0""\x9f""\x98""\x80""\xf0""\x9f""\x98""\x80""\xf0""\x9f""\x98""\x80""\xf0""\x9f""\x98""\x80""\xf0""\x9f""\x98""\x80""\xf0""\x9f""\x98""\x80""\xf0""\x9f""\x98""\x80""\xf0""\x9f""\x98""\x80""\xf0""\x9f""\x98""\x80""\xf0""\x9f""\x98""\x80""\xf0""\x9f""\x98""\x80""\xf0""\x9f""\x98""\x80""\xf0""\x9f""\x98""\x80""\xf0""\x9f""\x98""\x80""\xf0""\x9f""\x98""\x80""\xf0""\x9f""\x98""\x80""\xf0""\x9f""\x98""\x80""\xf0""\x9f""\x98""\x80""\xf0""\x9f""\x98""\x80""\xf0""\x9f""\x98""\x80""\xf0""\x9f""\x98""\x80""\xf0""\x9f""\x98""\x80""\xf0""\x9f""\x98""\x80""\xf0""\x9f""\x98""\x80""\xf0""\x9f""\x98""\x80""\xf0""\x9f""\x98""\x80""\xf0""\x9f""\x98""\x80""\xf0""\x9f""\x98""\x80""\xf0""\x9f""\x98""\x80""\xf0""\x9f""\x98""\x80""\xf0""\x9f""\x98""\x80""\xf0""\x9f""\x98""\x80""\xf0""\x9f""\x98""\x80""\xf0""\x9f""\x98""\x80""\xf0""\x9f""\x98""\x80""\xf0""\x9f""\x98""\x80""\xf0""\x9f""\x98""\x80""\xf0""\x9f""\x98""\x80""\xf0""\x9f""\x98""\x80""\xf0""\x9f""\x98""\x80""\xf0""\x9f""\x98""\x80""\xf0""\x9f""\x98""\x80""\xf0""\x9f""\x98""\x80""\xf0""\x9f""\x98""\x80""\xf0""\x9f""\x98""\x80""\xf0""\x9f""\x98""\x80""\xf0""\x9f""\x98""\x80""\xf0""\x9f""\x98""\x80""\xf0""\x9f""\x98""\x80""\xf0""\x9f""\x98""\x80""\xf0""\x9f""\x98""\x80""\xf0""\x9f""\x98""\x80""\xf0""\x9f""\x98""\x80""\xf0""\x9f""\x98""\x80""\xf0""\x9f""\x98""\x80""\xf0""\x9f""\x98""\x80""\xf0""\x9f""\x98""\x80""\xf0""\x9f""\x98""\x80""\xf0""\x9f""\x98""\x80""\xf0""\x9f""\x98""\x80""\xf0""\x9f""\x98""\x80""\xf0""\x9f""\x98""\x80""\xf0""\x9f""\x98""\x80""\xf0""\x9f""\x98""\x80""\xf0""\x9f""\x98""\x80""\xf0""\x9f""\x98""\x80""\xf0""\x9f""\x98""\x80""\xf0""\x9f""\x98""\x80""\xf0""\x9f""\x98""\x80""\xf0""\x9f""\x98""\x80""\xf0""\x9f""\x98""\x80""\xf0""\x9f""\x98""\x80""\xf0""\x9f""\x98""\x80""\xf0""\x9f""\x98""\x80""\xf0""\x9f""\x98""\x80""\xf0""\x9f""\x98""\x80""\xf0""\x9f""\x98""\x80""\xf0""\x9f""\x98""\x80""\xf0""\x9f""\x98""\x80""\xf0""\x9f""\x98""\x80""\xf0""\x9f""\x98""\x80""\xf0""\x9f""\x98""\x80""\xf0""\x9f""\x98""\x80""\xf0""\x9f""\x98""\x80""\xf0""\x9f""\x98""\x80""\xf0""\x9f""\x98""\x80""\xf0""\x9f""\x98""\x80""\xf0""\x9f""\x98""\x80""\xf0""\x9f""\x98""\x80""\xf0""\x9f""\x98""\x80""\xf0""\x9f""\x98""\x80""\xf0""\x9f""\x98""\x80""\xf0""\x9f""\x98""\x80""\xf0""\x9f""\x98""\x80""\xf0""\x9f""\x98""\x80""\xf0""\x9f""\x98""\x80""\xf0""\x9f""\x98""\x80""\xf0""\x9f""\x98""\x80""\xf0""\x9f""\x98""\x80""\xf0""\x9f""\x98""\x80""\xf0""\x9f""\x98""\x80""\xf0""\x9f""\x98""\x80""\xf0""\x9f""\x98""\x80""'");
    QTest::addRow("%s", "string long escapes") << QByteArray("\"\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\"") << QByteArray("'\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\...\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n'");
    QTest::addRow("%s", "string long with quote") << QByteArray("\"''''''''''''''''''''''''''''''''''''''''''''''''''''''''''''''''''''''''''''''''''''''''''''''''''''''''''''''''''''''''''''''''''''''''''''''''''''''''''''''''''''''''''''''''''''''''''''''''''''''''''''''''''''''''''''''''''''''''''''''''''''''''''''''''''''''''''''''''''''''''''''''''''''''''''''\"") << QByteArray("\"'''''''''''''''''''''''''''''''''''''''''''''''''''''''''''''''''''''''''''''''''''''''''''''''''''''''''''''''''''''...''''''''''''''''''''''''''''''''''''''''''''''''''''''''''''''''''''''''''''''''''''''''''''''''''''''''''''''''''''''\"");
    QTest::addRow("%s", "non-printables") << QByteArray("\"\xc2""\x85""\xc2""\xad""\xe2""\x80""\xa8""\xe2""\x80""\xa9""\xee""\x80""\x80""\xcd""\xb8""\xf0""\x9f""\x98""\x80""\xf3""\xa0""\x80""\x81""\xf4""\x8f""\xbf""\xbf""\xef""\xbb""\xbf""\xe3""\x80""\x80""\xe1""\x9a""\x80"" \\u0000\\u001f\x7f""\xc2""\x9f""\xc2""\xa0""\"") << QByteArray("'\\x85\\xad\\u2028\\u2029\\ue000\\u0378\xf0""\x9f""\x98""\x80""\\U000e0001\\U0010ffff\\ufeff\\u3000\\u1680 \\x00\\x1f\\x7f\\x9f\\xa0'");
    QTest::addRow("%s", "printable non-ASCII") << QByteArray("\"\xce""\xa9""\xd0""\xb6""\xe4""\xb8""\xad""\xc3""\xb8""\xcc""\x80""\"") << QByteArray("'\xce""\xa9""\xd0""\xb6""\xe4""\xb8""\xad""\xc3""\xb8""\xcc""\x80""'");
    QTest::addRow("%s", "both quotes no single") << QByteArray("\"\\\"\"") << QByteArray("'\"'");
    QTest::addRow("%s", "single quote only") << QByteArray("\"'\"") << QByteArray("\"'\"");
    QTest::addRow("%s", "backslash quote") << QByteArray("\"\\\\'\"") << QByteArray("\"\\\\'\"");
    QTest::addRow("%s", "long list of long strings") << QByteArray("[\"yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy\", \"yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy\", \"yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy\"]") << QByteArray("['yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy...yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy', 'yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy...yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy', 'yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy...yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy']");
    QTest::addRow("%s", "deep list in object") << QByteArray("{\"a\":[[1],[]],\"b\":[{}]}") << QByteArray("{'a': [[...], []], 'b': [{}]}");
}

void TestInspect::printsValuesLikeGraphqlCoreInspect()
{
    QFETCH(QByteArray, json);
    QFETCH(QByteArray, expected);
    const Result<JsonValue> decoded = decodeVariables("{\"v\":" + json.toStdString() + "}");
    QVERIFY(decoded.ok());
    QCOMPARE(QByteArray::fromStdString(inspect(decoded->at(0))), expected);
}

void TestInspect::printsContractExamples_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QByteArray>("expected");
    // §3.5 and §1.3 / §4.2 examples, copied from the contract.
    QTest::addRow("abc") << QByteArray(R"("abc")") << QByteArray("'abc'");
    QTest::addRow("it's") << QByteArray("\"it's\"") << QByteArray("\"it's\"");
    QTest::addRow("say hi") << QByteArray(R"("say \"hi\"")") << QByteArray("'say \"hi\"'");
    QTest::addRow("both") << QByteArray("\"both ' and \\\"\"") << QByteArray("'both \\' and \"'");
    QTest::addRow("escapes") << QByteArray("\"tab\\tnl\\nbs\\\\ \xc3\xa9 \xf0\x9f\x98\x80 \\u200b \\u007f \\u00a0\"")
                             << QByteArray("'tab\\tnl\\nbs\\\\ \xc3\xa9 \xf0\x9f\x98\x80 \\u200b \\x7f \\xa0'");
    QTest::addRow("object") << QByteArray(R"({"a":[1,"x\u0000"]})") << QByteArray(R"({'a': [1, 'x\x00']})");
    QTest::addRow("list") << QByteArray("[0,1,2,3,4,5,6,7,8,9,10,11]") << QByteArray("[0, 1, 2, 3, 4, ..., 8, 9, 10, 11]");
    QTest::addRow("depth") << QByteArray(R"({"nope":1,"AND":[{"a":1}],"OR":[0,1,2,3,4,5,6,7,8,9,10,11]})")
                           << QByteArray("{'nope': 1, 'AND': [{...}], 'OR': [0, 1, 2, 3, 4, ..., 8, 9, 10, 11]}");
    QTest::addRow("1e+16") << QByteArray("1e16") << QByteArray("1e+16");
    QTest::addRow("2.0") << QByteArray("2.0") << QByteArray("2.0");
    QTest::addRow("10000000000.0") << QByteArray("10000000000.0") << QByteArray("10000000000.0");
    QTest::addRow("X6") << QByteArray("2147483648") << QByteArray("2147483648");
    QTest::addRow("Decimal true") << QByteArray("true") << QByteArray("True");
    QTest::addRow("MacAddress list") << QByteArray(R"(["00:11:22:33:44:55"])") << QByteArray("['00:11:22:33:44:55']");
    QTest::addRow("JSON with NUL") << QByteArray(R"({"k":["\u0000"]})") << QByteArray(R"({'k': ['\x00']})");
    QTest::addRow("None") << QByteArray("null") << QByteArray("None");
}

void TestInspect::printsContractExamples()
{
    QFETCH(QByteArray, json);
    QFETCH(QByteArray, expected);
    const Result<JsonValue> decoded = decodeVariables("{\"v\":" + json.toStdString() + "}");
    QVERIFY(decoded.ok());
    QCOMPARE(QByteArray::fromStdString(inspect(decoded->at(0))), expected);
}

void TestInspect::printsLiteralNumbersByValue_data()
{
    QTest::addColumn<bool>("isFloat");
    QTest::addColumn<QByteArray>("token");
    QTest::addColumn<QByteArray>("expected");
    // Python: inspect(int(token)) / inspect(float(token)), as value_from_ast gives them.
    QTest::addRow("-0") << false << QByteArray("-0") << QByteArray("0");
    QTest::addRow("1.50e3") << true << QByteArray("1.50e3") << QByteArray("1500.0");
    QTest::addRow("1e400") << true << QByteArray("1e400") << QByteArray("inf");
    QTest::addRow("-1e400") << true << QByteArray("-1e400") << QByteArray("-inf");
    // inspect(int('1' * 300)): an integer text longer than 240 characters is truncated too.
    QTest::addRow("300 digits") << false << QByteArray(300, '1')
                                << QByteArray(118, '1') + "..." + QByteArray(119, '1');
}

void TestInspect::printsLiteralNumbersByValue()
{
    QFETCH(bool, isFloat);
    QFETCH(QByteArray, token);
    QFETCH(QByteArray, expected);
    const JsonValue v = isFloat ? JsonValue::floatLiteral(token.toStdString()) : JsonValue::intLiteral(token.toStdString());
    QCOMPARE(QByteArray::fromStdString(inspect(v)), expected);
}

void TestInspect::printsUndecodableBytesAsSurrogateEscapes()
{
    // Python: repr(b'a\xffb'.decode('utf-8', 'surrogateescape')) == "'a\\udcffb'"
    QCOMPARE(QByteArray::fromStdString(pythonRepr("a\xff" "b")), QByteArray(R"('a\udcffb')"));
    QCOMPARE(QByteArray::fromStdString(pythonRepr("")), QByteArray("''"));
}

QTEST_APPLESS_MAIN(TestInspect)
#include "tst_inspect.moc"
