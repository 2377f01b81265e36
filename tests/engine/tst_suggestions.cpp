// graphql-core suggestion_list / did_you_mean (CONTRACT §3.5 "Suggestions"). Rows of
// suggestsLikeGraphqlCore were generated once with Python 3.11 and graphql-core 3.2.6:
// suggestion_list(input, options) and did_you_mean(list, sub or None); options and the expected
// list are `|`-separated.
#include "values/suggestions.h"

#include <QtTest>

#include <string>
#include <vector>

using namespace graft::values;

namespace {

std::vector<std::string> split(const QByteArray &joined)
{
    std::vector<std::string> out;
    if (joined.isEmpty())
        return out;
    for (const QByteArray &part : joined.split('|'))
        out.push_back(part.toStdString());
    return out;
}

} // namespace

class TestSuggestions : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void suggestsLikeGraphqlCore_data();
    void suggestsLikeGraphqlCore();
    void formatsDidYouMean_data();
    void formatsDidYouMean();
    void sortsInNaturalOrder();
};

void TestSuggestions::suggestsLikeGraphqlCore_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("options");
    QTest::addColumn<QByteArray>("sub");
    QTest::addColumn<QByteArray>("expected");
    QTest::addColumn<QByteArray>("message");
    QTest::addRow("%s", "userz") << QByteArray("userz") << QByteArray("users|user|devices|device") << QByteArray("") << QByteArray("user|users") << QByteArray(" Did you mean 'user' or 'users'?");
    QTest::addRow("%s", "Datetime") << QByteArray("Datetime") << QByteArray("Boolean|Float|ID|Int|String|Decimal|UUID|Date|DateTime|IpAddress|MacAddress|LTree|DateRange|JSON|User|Address|Geo|Device|Query|OrderDirection|UserWhereInput|UserOrderByInput|AddressWhereInput|AddressOrderByInput|GeoWhereInput|GeoOrderByInput|DeviceWhereInput|DeviceOrderByInput|UUIDFilter|StringFilter|IntFilter|FloatFilter|BooleanFilter|DateTimeFilter|DateFilter|DateRangeFilter|StringListFilter|JSONFilter|IpAddressFilter|MacAddressFilter|LTreeFilter|IntListFilter|__Schema|__Type|__Field|__InputValue|__EnumValue|__Directive|__TypeKind|__DirectiveLocation") << QByteArray("") << QByteArray("DateTime|Date|DateFilter|DateRange|Device") << QByteArray(" Did you mean 'DateTime', 'Date', 'DateFilter', 'DateRange', or 'Device'?");
    QTest::addRow("%s", "like") << QByteArray("like") << QByteArray("eq|neq|gt|gte|lt|lte|in|nin|isnull") << QByteArray("") << QByteArray("lte") << QByteArray(" Did you mean 'lte'?");
    QTest::addRow("%s", "\"ASC\"") << QByteArray("\"ASC\"") << QByteArray("ASC|DESC|ASC_NULLS_FIRST|ASC_NULLS_LAST|DESC_NULLS_FIRST|DESC_NULLS_LAST") << QByteArray("the enum value") << QByteArray("ASC|DESC") << QByteArray(" Did you mean the enum value 'ASC' or 'DESC'?");
    QTest::addRow("%s", "asc") << QByteArray("asc") << QByteArray("ASC|DESC|ASC_NULLS_FIRST|ASC_NULLS_LAST|DESC_NULLS_FIRST|DESC_NULLS_LAST") << QByteArray("the enum value") << QByteArray("ASC|DESC") << QByteArray(" Did you mean the enum value 'ASC' or 'DESC'?");
    QTest::addRow("%s", "xyzzyq") << QByteArray("xyzzyq") << QByteArray("id|firstName|age|score|isActive|createdAt|birthDate|period|tags|meta|homeAddress|addressLine1|__typename") << QByteArray("") << QByteArray("") << QByteArray("");
    QTest::addRow("%s", "nickname") << QByteArray("nickname") << QByteArray("id|firstName|age|score|isActive|createdAt|birthDate|period|tags|meta|homeAddress|addressLine1|__typename") << QByteArray("") << QByteArray("firstName") << QByteArray(" Did you mean 'firstName'?");
    QTest::addRow("%s", "nope") << QByteArray("nope") << QByteArray("id|firstName|age|score|isActive|createdAt|birthDate|period|tags|meta|homeAddress|addressLine1|AND|OR|NOT") << QByteArray("") << QByteArray("NOT") << QByteArray(" Did you mean 'NOT'?");
    QTest::addRow("%s", "aaa") << QByteArray("aaa") << QByteArray("id|firstName|age|score|isActive|createdAt|birthDate|period|tags|meta|homeAddress|addressLine1|AND|OR|NOT") << QByteArray("") << QByteArray("AND|age") << QByteArray(" Did you mean 'AND' or 'age'?");
    QTest::addRow("%s", "zzz") << QByteArray("zzz") << QByteArray("id|firstName|age|score|isActive|createdAt|birthDate|period|tags|meta|homeAddress|addressLine1|AND|OR|NOT") << QByteArray("") << QByteArray("") << QByteArray("");
    QTest::addRow("%s", "first") << QByteArray("first") << QByteArray("where|orderBy|limit|offset") << QByteArray("") << QByteArray("limit") << QByteArray(" Did you mean 'limit'?");
    QTest::addRow("%s", "iff") << QByteArray("iff") << QByteArray("if") << QByteArray("") << QByteArray("if") << QByteArray(" Did you mean 'if'?");
    QTest::addRow("%s", "Strin") << QByteArray("Strin") << QByteArray("Boolean|Float|ID|Int|String|Decimal|UUID|Date|DateTime|IpAddress|MacAddress|LTree|DateRange|JSON|User|Address|Geo|Device|Query|OrderDirection|UserWhereInput|UserOrderByInput|AddressWhereInput|AddressOrderByInput|GeoWhereInput|GeoOrderByInput|DeviceWhereInput|DeviceOrderByInput|UUIDFilter|StringFilter|IntFilter|FloatFilter|BooleanFilter|DateTimeFilter|DateFilter|DateRangeFilter|StringListFilter|JSONFilter|IpAddressFilter|MacAddressFilter|LTreeFilter|IntListFilter|__Schema|__Type|__Field|__InputValue|__EnumValue|__Directive|__TypeKind|__DirectiveLocation") << QByteArray("") << QByteArray("String|LTree") << QByteArray(" Did you mean 'String' or 'LTree'?");
    QTest::addRow("%s", "<empty>") << QByteArray("") << QByteArray("a|b|") << QByteArray("") << QByteArray("|a|b") << QByteArray(" Did you mean '', 'a', or 'b'?");
    QTest::addRow("%s", "a") << QByteArray("a") << QByteArray("a1|a01|a10|a2|A1|_a|a_|aB|ab|a|1a|a1b|a001|b|a1a|10|9||a0|a00") << QByteArray("") << QByteArray("a||1a|9|A1|_a|a0|a1|a2|aB|a_|ab|b") << QByteArray(" Did you mean 'a', '', '1a', '9', or 'A1'?");
    QTest::addRow("%s", "a1") << QByteArray("a1") << QByteArray("a1|a01|a10|a2|A1|_a|a_|aB|ab|a|1a|a1b|a001|b|a1a|10|9||a0|a00") << QByteArray("") << QByteArray("a1|1a|A1|a|a0|a01|a1a|a1b|a2|a10|aB|a_|ab") << QByteArray(" Did you mean 'a1', '1a', 'A1', 'a', or 'a0'?");
    QTest::addRow("%s", "ab") << QByteArray("ab") << QByteArray("a1|a01|a10|a2|A1|_a|a_|aB|ab|a|1a|a1b|a001|b|a1a|10|9||a0|a00") << QByteArray("") << QByteArray("ab|A1|a|a0|a1|a1b|a2|aB|a_|b") << QByteArray(" Did you mean 'ab', 'A1', 'a', 'a0', or 'a1'?");
    QTest::addRow("%s", "id") << QByteArray("id") << QByteArray("ID|Id|iD|id|di|idd") << QByteArray("") << QByteArray("id|ID|Id|di|iD|idd") << QByteArray(" Did you mean 'id', 'ID', 'Id', 'di', or 'iD'?");
    QTest::addRow("%s", "ba") << QByteArray("ba") << QByteArray("ab|abc|bca|b|a") << QByteArray("") << QByteArray("a|ab|b|bca") << QByteArray(" Did you mean 'a', 'ab', 'b', or 'bca'?");
    QTest::addRow("%s", "abcd") << QByteArray("abcd") << QByteArray("acbd|abdc|bacd|dcba|abcde|xbcd") << QByteArray("") << QByteArray("abcde|abdc|acbd|bacd|xbcd") << QByteArray(" Did you mean 'abcde', 'abdc', 'acbd', 'bacd', or 'xbcd'?");
    QTest::addRow("%s", "\xe2""\x84""\xaa""") << QByteArray("\xe2""\x84""\xaa""") << QByteArray("k|K|x|kk") << QByteArray("") << QByteArray("K|k|kk|x") << QByteArray(" Did you mean 'K', 'k', 'kk', or 'x'?");
    QTest::addRow("%s", "\"\xc4""\xb0""D\"") << QByteArray("\"\xc4""\xb0""D\"") << QByteArray("ID|IDS|D|I") << QByteArray("the enum value") << QByteArray("") << QByteArray("");
    QTest::addRow("%s", "\xce""\xa3""\xce""\xa3""") << QByteArray("\xce""\xa3""\xce""\xa3""") << QByteArray("SS|ss") << QByteArray("") << QByteArray("") << QByteArray("");
    QTest::addRow("%s", "\"Asc\"") << QByteArray("\"Asc\"") << QByteArray("ASC|DESC|ASC_NULLS_FIRST|ASC_NULLS_LAST|DESC_NULLS_FIRST|DESC_NULLS_LAST") << QByteArray("the enum value") << QByteArray("ASC|DESC") << QByteArray(" Did you mean the enum value 'ASC' or 'DESC'?");
    QTest::addRow("%s", "\"ASC_NULLS\"") << QByteArray("\"ASC_NULLS\"") << QByteArray("ASC|DESC|ASC_NULLS_FIRST|ASC_NULLS_LAST|DESC_NULLS_FIRST|DESC_NULLS_LAST") << QByteArray("the enum value") << QByteArray("") << QByteArray("");
    QTest::addRow("%s", "DESC_NULLS_LAS") << QByteArray("DESC_NULLS_LAS") << QByteArray("ASC|DESC|ASC_NULLS_FIRST|ASC_NULLS_LAST|DESC_NULLS_FIRST|DESC_NULLS_LAST") << QByteArray("the enum value") << QByteArray("DESC_NULLS_LAST|ASC_NULLS_LAST|DESC_NULLS_FIRST|ASC_NULLS_FIRST") << QByteArray(" Did you mean the enum value 'DESC_NULLS_LAST', 'ASC_NULLS_LAST', 'DESC_NULLS_FIRST', or 'ASC_NULLS_FIRST'?");
    QTest::addRow("%s", "age") << QByteArray("age") << QByteArray("age|age|Age|agee") << QByteArray("") << QByteArray("age|Age|agee") << QByteArray(" Did you mean 'age', 'Age', or 'agee'?");
    QTest::addRow("%s", "fistName") << QByteArray("fistName") << QByteArray("id|firstName|age|score|isActive|createdAt|birthDate|period|tags|meta|homeAddress|addressLine1|__typename") << QByteArray("") << QByteArray("firstName") << QByteArray(" Did you mean 'firstName'?");
    QTest::addRow("%s", "homeadress") << QByteArray("homeadress") << QByteArray("id|firstName|age|score|isActive|createdAt|birthDate|period|tags|meta|homeAddress|addressLine1|__typename") << QByteArray("") << QByteArray("homeAddress") << QByteArray(" Did you mean 'homeAddress'?");
    QTest::addRow("%s", "createdat") << QByteArray("createdat") << QByteArray("id|firstName|age|score|isActive|createdAt|birthDate|period|tags|meta|homeAddress|addressLine1|__typename") << QByteArray("") << QByteArray("createdAt") << QByteArray(" Did you mean 'createdAt'?");
}

void TestSuggestions::suggestsLikeGraphqlCore()
{
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, options);
    QFETCH(QByteArray, sub);
    QFETCH(QByteArray, expected);
    QFETCH(QByteArray, message);
    const std::vector<std::string> candidates = split(options);
    const std::vector<std::string_view> list = suggestionList(input.toStdString(), candidates);
    QByteArray joined;
    for (std::size_t i = 0; i < list.size(); ++i) {
        if (i != 0)
            joined += '|';
        joined += QByteArray(list[i].data(), qsizetype(list[i].size()));
    }
    QCOMPARE(joined, expected);
    QCOMPARE(QByteArray::fromStdString(didYouMean(list, sub.toStdString())), message);
}

void TestSuggestions::formatsDidYouMean_data()
{
    QTest::addColumn<QByteArray>("list");
    QTest::addColumn<QByteArray>("sub");
    QTest::addColumn<QByteArray>("expected");
    QTest::addRow("none") << QByteArray("") << QByteArray("") << QByteArray("");
    QTest::addRow("none with sub") << QByteArray("") << QByteArray("the enum value") << QByteArray("");
    QTest::addRow("one") << QByteArray("lte") << QByteArray("") << QByteArray(" Did you mean 'lte'?");
    QTest::addRow("two") << QByteArray("user|users") << QByteArray("") << QByteArray(" Did you mean 'user' or 'users'?");
    QTest::addRow("three") << QByteArray("a|b|c") << QByteArray("") << QByteArray(" Did you mean 'a', 'b', or 'c'?");
    QTest::addRow("five") << QByteArray("DateTime|Date|DateFilter|DateRange|Device") << QByteArray("")
                          << QByteArray(" Did you mean 'DateTime', 'Date', 'DateFilter', 'DateRange', or 'Device'?");
    QTest::addRow("first five of seven") << QByteArray("a|b|c|d|e|f|g") << QByteArray("")
                                         << QByteArray(" Did you mean 'a', 'b', 'c', 'd', or 'e'?");
    QTest::addRow("sub message") << QByteArray("ASC|DESC") << QByteArray("the enum value")
                                 << QByteArray(" Did you mean the enum value 'ASC' or 'DESC'?");
}

void TestSuggestions::formatsDidYouMean()
{
    QFETCH(QByteArray, list);
    QFETCH(QByteArray, sub);
    QFETCH(QByteArray, expected);
    const std::vector<std::string> items = split(list);
    const std::vector<std::string_view> views(items.begin(), items.end());
    QCOMPARE(QByteArray::fromStdString(didYouMean(views, sub.toStdString())), expected);
}

void TestSuggestions::sortsInNaturalOrder()
{
    // sorted(keys, key=natural_comparison_key) in Python.
    std::vector<std::string> keys = {"a1", "a01", "a10", "a2", "A1", "_a", "a_",  "aB", "ab", "a",
                                     "1a", "a1b", "a001", "b", "a1a", "10", "9", "",   "a0", "a00"};
    const std::vector<std::string> expected = {"",    "1a",  "9",   "10",  "A1", "_a", "a",  "a0", "a00", "a001",
                                               "a01", "a1",  "a1a", "a1b", "a2", "a10", "aB", "a_", "ab",  "b"};
    std::stable_sort(keys.begin(), keys.end(), [](const std::string &x, const std::string &y) { return naturalLess(x, y); });
    QCOMPARE(keys, expected);
}

QTEST_APPLESS_MAIN(TestSuggestions)
#include "tst_suggestions.moc"
