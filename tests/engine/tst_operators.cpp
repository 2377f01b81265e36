#include "sql/operators.h"
#include "test_env.h"

#include <QFile>
#include <QStringList>
#include <QTest>

#include <set>
#include <string>

using namespace graft::sql;

namespace {

QByteArray names(FilterFamily family)
{
    QByteArray out;
    for (const Operator *op : operatorsOf(family)) {
        if (!out.isEmpty())
            out += ' ';
        out += QByteArray(op->name.data(), static_cast<qsizetype>(op->name.size()));
    }
    return out;
}

QByteArray atom(OperatorId id, bool value, const char *typed, const char *json, const char *nullTest,
                const char *parameter)
{
    const Operator &op = operatorInfo(id);
    const std::string_view tmpl = op.isFlag() && !value ? op.atomWhenFalse : op.atom;
    return QByteArray::fromStdString(expandAtom(tmpl, AtomOperands{typed, json, nullTest, parameter}));
}

} // namespace

Q_DECLARE_METATYPE(FilterFamily)
Q_DECLARE_METATYPE(OperatorId)

class TestOperators : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void generatesFilterFieldOrder_data();
    void generatesFilterFieldOrder();
    void rendersContractAtoms_data();
    void rendersContractAtoms();
    void declaresParameters_data();
    void declaresParameters();
    void namesAreUniqueWithinEachFilter();
    void findsOperatorsByFamilyAndName();
    void sqlTextHasNoQuestionMarkOrColon();
    void documentsEveryOperator();
    void checkedInDocumentationIsCurrent();
};

void TestOperators::generatesFilterFieldOrder_data()
{
    QTest::addColumn<FilterFamily>("family");
    QTest::addColumn<QByteArray>("fields");
    // CONTRACT §1.6, field order exact.
    const QByteArray ordered = "eq neq gt gte lt lte in nin isnull";
    const QByteArray set = "eq neq in nin isnull";
    QTest::addRow("IDFilter") << FilterFamily::ID << set;
    QTest::addRow("StringFilter")
        << FilterFamily::String
        << QByteArray("eq neq gt gte lt lte in nin isnull contains icontains startswith istartswith endswith "
                      "iendswith like ilike matches imatches notMatches");
    QTest::addRow("IntFilter") << FilterFamily::Int << ordered;
    QTest::addRow("FloatFilter") << FilterFamily::Float << ordered;
    QTest::addRow("DecimalFilter") << FilterFamily::Decimal << ordered;
    QTest::addRow("DateFilter") << FilterFamily::Date << ordered;
    QTest::addRow("DateTimeFilter") << FilterFamily::DateTime << ordered;
    QTest::addRow("BooleanFilter") << FilterFamily::Boolean << QByteArray("eq neq isnull");
    QTest::addRow("UUIDFilter") << FilterFamily::UUID << set;
    QTest::addRow("MacAddressFilter") << FilterFamily::MacAddress << set;
    QTest::addRow("IpAddressFilter") << FilterFamily::IpAddress
                                     << QByteArray("eq neq in nin isnull inSubnet isPrivate isPublic isIPv4 isIPv6");
    QTest::addRow("LTreeFilter") << FilterFamily::LTree
                                 << QByteArray("eq neq in nin isnull ancestorOf descendantOf matchesLquery depthEq "
                                               "depthGt depthLt");
    QTest::addRow("DateRangeFilter") << FilterFamily::DateRange
                                     << QByteArray("eq neq in nin isnull containsDate overlaps adjacent strictlyLeft "
                                                   "strictlyRight");
    QTest::addRow("JSONFilter") << FilterFamily::JSON
                                << QByteArray("eq neq isnull contains containedBy hasKey hasAnyKeys hasAllKeys");
    QTest::addRow("SListFilter") << FilterFamily::ScalarList
                                 << QByteArray("contains containedBy overlaps anyEq lenEq lenGt lenLt isnull");
}

void TestOperators::generatesFilterFieldOrder()
{
    QFETCH(FilterFamily, family);
    QFETCH(QByteArray, fields);
    QCOMPARE(names(family), fields);
}

void TestOperators::rendersContractAtoms_data()
{
    QTest::addColumn<OperatorId>("id");
    QTest::addColumn<bool>("value");
    QTest::addColumn<QByteArray>("typed");
    QTest::addColumn<QByteArray>("parameter");
    QTest::addColumn<QByteArray>("expected");
    const QByteArray age = R"(("data"->>'age')::numeric)";
    const QByteArray name = R"("data"->>'first_name')";
    const QByteArray tags = R"("data"->'tags')";
    const QByteArray meta = R"("data"->'meta')";
    const QByteArray ip = R"(("doc"->>'ip_address')::inet)";
    const QByteArray loc = R"(("doc"->>'location')::ltree)";
    const QByteArray period = R"(("data"->>'period')::daterange)";
    // The atoms of CONTRACT §11 E2-E13.
    QTest::addRow("gte (E2)") << OperatorId::Gte << true << age << QByteArray("$1::numeric")
                              << QByteArray(R"((("data"->>'age')::numeric >= $1::numeric))");
    QTest::addRow("eq on a column (E17)") << OperatorId::Eq << true << QByteArray(R"("id")")
                                          << QByteArray("$1::uuid") << QByteArray(R"(("id" = $1::uuid))");
    QTest::addRow("contains LIKE (E3)") << OperatorId::Contains << true << name << QByteArray("$1::text")
                                        << QByteArray(R"(("data"->>'first_name' LIKE $1::text))");
    QTest::addRow("istartswith (E3)") << OperatorId::IStartsWith << true << name << QByteArray("$2::text")
                                      << QByteArray(R"(("data"->>'first_name' ILIKE $2::text))");
    QTest::addRow("notMatches (E4)") << OperatorId::NotMatches << true << name << QByteArray("$2::text")
                                     << QByteArray(R"(("data"->>'first_name' !~ $2::text))");
    QTest::addRow("in (E5)") << OperatorId::In << true << QByteArray(R"("id")") << QByteArray("$1::uuid[]")
                             << QByteArray(R"(("id" = ANY($1::uuid[])))");
    QTest::addRow("nin (E5)") << OperatorId::Nin << true << name << QByteArray("$2::text[]")
                              << QByteArray(R"(("data"->>'first_name' <> ALL($2::text[])))");
    QTest::addRow("isnull false (E6)") << OperatorId::IsNull << false << QByteArray() << QByteArray()
                                       << QByteArray(R"(("data"->>'created_at' IS NOT NULL))");
    QTest::addRow("isnull true") << OperatorId::IsNull << true << QByteArray() << QByteArray()
                                 << QByteArray(R"(("data"->>'created_at' IS NULL))");
    QTest::addRow("list contains (E9)") << OperatorId::ListContains << true << tags << QByteArray("$1::jsonb")
                                        << QByteArray(R"(("data"->'tags' @> $1::jsonb))");
    QTest::addRow("list overlaps (E9)") << OperatorId::ListOverlaps << true << tags << QByteArray("$2::jsonb[]")
                                        << QByteArray(R"(("data"->'tags' @> ANY($2::jsonb[])))");
    QTest::addRow("lenGt (E9)")
        << OperatorId::ListLenGt << true << tags << QByteArray("$3::integer")
        << QByteArray(
               R"((jsonb_array_length(CASE jsonb_typeof("data"->'tags') WHEN 'array' THEN "data"->'tags' END) > $3::integer))");
    QTest::addRow("hasKey (E10)") << OperatorId::HasKey << true << meta << QByteArray("$1::text")
                                  << QByteArray(R"((jsonb_exists("data"->'meta', $1::text)))");
    QTest::addRow("hasAnyKeys (E10)") << OperatorId::HasAnyKeys << true << meta << QByteArray("$2::text[]")
                                      << QByteArray(R"((jsonb_exists_any("data"->'meta', $2::text[])))");
    QTest::addRow("JSON contains (E10)") << OperatorId::JsonContains << true << meta << QByteArray("$3::jsonb")
                                         << QByteArray(R"(("data"->'meta' @> $3::jsonb))");
    QTest::addRow("containsDate (E11)") << OperatorId::ContainsDate << true << period << QByteArray("$1::date")
                                        << QByteArray(R"((("data"->>'period')::daterange @> $1::date))");
    QTest::addRow("range overlaps (E11)") << OperatorId::RangeOverlaps << true << period
                                          << QByteArray("$2::daterange")
                                          << QByteArray(R"((("data"->>'period')::daterange && $2::daterange))");
    QTest::addRow("adjacent") << OperatorId::Adjacent << true << period << QByteArray("$1::daterange")
                              << QByteArray(R"((("data"->>'period')::daterange -|- $1::daterange))");
    QTest::addRow("isPrivate true (E12)") << OperatorId::IsPrivate << true << ip << QByteArray("$2::inet[]")
                                          << QByteArray(R"((("doc"->>'ip_address')::inet <<= ANY($2::inet[])))");
    QTest::addRow("isPrivate false") << OperatorId::IsPrivate << false << ip << QByteArray("$2::inet[]")
                                     << QByteArray(R"((NOT (("doc"->>'ip_address')::inet <<= ANY($2::inet[]))))");
    QTest::addRow("isPublic false (E13)") << OperatorId::IsPublic << false << ip << QByteArray("$6::inet[]")
                                          << QByteArray(R"((("doc"->>'ip_address')::inet <<= ANY($6::inet[])))");
    QTest::addRow("isPublic true") << OperatorId::IsPublic << true << ip << QByteArray("$6::inet[]")
                                   << QByteArray(R"((NOT (("doc"->>'ip_address')::inet <<= ANY($6::inet[]))))");
    QTest::addRow("isIPv4 true (E12)") << OperatorId::IsIPv4 << true << ip << QByteArray()
                                       << QByteArray(R"((family(("doc"->>'ip_address')::inet) = 4))");
    QTest::addRow("isIPv6 false") << OperatorId::IsIPv6 << false << ip << QByteArray()
                                  << QByteArray(R"((family(("doc"->>'ip_address')::inet) <> 6))");
    QTest::addRow("inSubnet (E13)") << OperatorId::InSubnet << true << ip << QByteArray("$5::inet")
                                    << QByteArray(R"((("doc"->>'ip_address')::inet <<= $5::inet))");
    QTest::addRow("descendantOf (E13)") << OperatorId::DescendantOf << true << loc << QByteArray("$2::ltree")
                                        << QByteArray(R"((("doc"->>'location')::ltree <@ $2::ltree))");
    QTest::addRow("depthGt (E13)") << OperatorId::DepthGt << true << loc << QByteArray("$3::integer")
                                   << QByteArray(R"((nlevel(("doc"->>'location')::ltree) > $3::integer))");
    QTest::addRow("matchesLquery (E13)") << OperatorId::MatchesLquery << true << loc << QByteArray("$4::lquery")
                                         << QByteArray(R"((("doc"->>'location')::ltree ~ $4::lquery))");
    QTest::addRow("anyEq (E13)") << OperatorId::ListAnyEq << true << QByteArray(R"("doc"->'ports')")
                                 << QByteArray("$7::jsonb") << QByteArray(R"(("doc"->'ports' @> $7::jsonb))");
}

void TestOperators::rendersContractAtoms()
{
    QFETCH(OperatorId, id);
    QFETCH(bool, value);
    QFETCH(QByteArray, typed);
    QFETCH(QByteArray, parameter);
    QFETCH(QByteArray, expected);
    const QByteArray nullTest = id == OperatorId::IsNull ? QByteArray(R"("data"->>'created_at')") : QByteArray("X");
    QCOMPARE(atom(id, value, typed.constData(), typed.constData(), nullTest.constData(), parameter.constData()),
             expected);
}

void TestOperators::declaresParameters_data()
{
    QTest::addColumn<OperatorId>("id");
    QTest::addColumn<QByteArray>("fieldType");
    QTest::addColumn<QByteArray>("type");
    QTest::addColumn<int>("text");
    QTest::addRow("eq numeric") << OperatorId::Eq << QByteArray("numeric") << QByteArray("numeric")
                                << int(ParamText::ValueText);
    QTest::addRow("in uuid[]") << OperatorId::In << QByteArray("uuid") << QByteArray("uuid[]")
                               << int(ParamText::ArrayLiteral);
    QTest::addRow("nin double precision[]") << OperatorId::Nin << QByteArray("double precision")
                                            << QByteArray("double precision[]") << int(ParamText::ArrayLiteral);
    QTest::addRow("isnull none") << OperatorId::IsNull << QByteArray("text") << QByteArray() << int(ParamText::None);
    QTest::addRow("contains LIKE contains") << OperatorId::Contains << QByteArray("text") << QByteArray("text")
                                  << int(ParamText::LikeContains);
    QTest::addRow("startswith LIKE prefix") << OperatorId::StartsWith << QByteArray("text") << QByteArray("text")
                                   << int(ParamText::LikeStartsWith);
    QTest::addRow("iendswith LIKE suffix") << OperatorId::IEndsWith << QByteArray("text") << QByteArray("text")
                                  << int(ParamText::LikeEndsWith);
    QTest::addRow("like verbatim") << OperatorId::Like << QByteArray("text") << QByteArray("text")
                                   << int(ParamText::ValueText);
    QTest::addRow("inSubnet network") << OperatorId::InSubnet << QByteArray("inet") << QByteArray("inet")
                                      << int(ParamText::Network);
    QTest::addRow("isPrivate PRIVATE") << OperatorId::IsPrivate << QByteArray("inet") << QByteArray("inet[]")
                                       << int(ParamText::PrivateNetworks);
    QTest::addRow("isIPv6 none") << OperatorId::IsIPv6 << QByteArray("inet") << QByteArray() << int(ParamText::None);
    QTest::addRow("matchesLquery lquery") << OperatorId::MatchesLquery << QByteArray("ltree") << QByteArray("lquery")
                                          << int(ParamText::ValueText);
    QTest::addRow("depthLt integer") << OperatorId::DepthLt << QByteArray("ltree") << QByteArray("integer")
                                     << int(ParamText::ValueText);
    QTest::addRow("ancestorOf ltree") << OperatorId::AncestorOf << QByteArray("ltree") << QByteArray("ltree")
                                      << int(ParamText::ValueText);
    QTest::addRow("containsDate date") << OperatorId::ContainsDate << QByteArray("daterange") << QByteArray("date")
                                       << int(ParamText::ValueText);
    QTest::addRow("strictlyRight daterange") << OperatorId::StrictlyRight << QByteArray("daterange")
                                             << QByteArray("daterange") << int(ParamText::ValueText);
    QTest::addRow("list contains jsonb") << OperatorId::ListContains << QByteArray("jsonb") << QByteArray("jsonb")
                                         << int(ParamText::JsonList);
    QTest::addRow("list containedBy jsonb") << OperatorId::ListContainedBy << QByteArray("jsonb")
                                            << QByteArray("jsonb") << int(ParamText::JsonList);
    QTest::addRow("list overlaps jsonb[]") << OperatorId::ListOverlaps << QByteArray("jsonb")
                                           << QByteArray("jsonb[]") << int(ParamText::JsonListEach);
    QTest::addRow("anyEq jsonb") << OperatorId::ListAnyEq << QByteArray("jsonb") << QByteArray("jsonb")
                                 << int(ParamText::JsonSingleton);
    QTest::addRow("lenEq integer") << OperatorId::ListLenEq << QByteArray("jsonb") << QByteArray("integer")
                                   << int(ParamText::ValueText);
    QTest::addRow("JSON eq jsonb") << OperatorId::Eq << QByteArray("jsonb") << QByteArray("jsonb")
                                   << int(ParamText::ValueText);
    QTest::addRow("JSON containedBy jsonb") << OperatorId::JsonContainedBy << QByteArray("jsonb")
                                            << QByteArray("jsonb") << int(ParamText::ValueText);
    QTest::addRow("hasKey text") << OperatorId::HasKey << QByteArray("jsonb") << QByteArray("text")
                                 << int(ParamText::ValueText);
    QTest::addRow("hasAllKeys text[]") << OperatorId::HasAllKeys << QByteArray("jsonb") << QByteArray("text[]")
                                       << int(ParamText::ArrayLiteral);
}

void TestOperators::declaresParameters()
{
    QFETCH(OperatorId, id);
    QFETCH(QByteArray, fieldType);
    QFETCH(QByteArray, type);
    QFETCH(int, text);
    const Operator &op = operatorInfo(id);
    QCOMPARE(QByteArray::fromStdString(paramTypeName(op.paramType, fieldType.toStdString())), type);
    QCOMPARE(int(op.paramText), text);
    // An atom has a parameter placeholder exactly when the operator has a parameter.
    const bool hasPlaceholder = op.atom.find("{p}") != std::string_view::npos;
    QCOMPARE(hasPlaceholder, op.paramType != ParamType::None);
}

void TestOperators::namesAreUniqueWithinEachFilter()
{
    for (std::uint8_t f = 0; f <= std::uint8_t(FilterFamily::ScalarList); ++f) {
        std::set<std::string_view> seen;
        for (const Operator *op : operatorsOf(FilterFamily(f)))
            QVERIFY2(seen.insert(op->name).second, op->name.data());
    }
}

void TestOperators::findsOperatorsByFamilyAndName()
{
    // `contains` means three different things (§5.3).
    QCOMPARE(findOperator(FilterFamily::String, "contains")->id, OperatorId::Contains);
    QCOMPARE(findOperator(FilterFamily::JSON, "contains")->id, OperatorId::JsonContains);
    QCOMPARE(findOperator(FilterFamily::ScalarList, "contains")->id, OperatorId::ListContains);
    QCOMPARE(findOperator(FilterFamily::DateRange, "overlaps")->id, OperatorId::RangeOverlaps);
    QCOMPARE(findOperator(FilterFamily::ScalarList, "overlaps")->id, OperatorId::ListOverlaps);
    QCOMPARE(findOperator(FilterFamily::Int, "like"), nullptr);
    QCOMPARE(findOperator(FilterFamily::Boolean, "in"), nullptr);
    QCOMPARE(findOperator(FilterFamily::JSON, "in"), nullptr);
    QCOMPARE(findOperator(FilterFamily::ScalarList, "eq"), nullptr);
}

void TestOperators::sqlTextHasNoQuestionMarkOrColon()
{
    // §5.9: statements pass unchanged through QtSql placeholder processing.
    for (const Operator &op : allOperators()) {
        for (std::string_view text : {op.atom, op.atomWhenFalse}) {
            QVERIFY2(text.find('?') == std::string_view::npos, op.name.data());
            QVERIFY2(text.find(':') == std::string_view::npos, op.name.data());
            QVERIFY2(text.empty() || (text.front() == '(' && text.back() == ')'), op.name.data());
        }
    }
    QCOMPARE(QByteArray(kPrivateNetworks.data(), qsizetype(kPrivateNetworks.size())),
             QByteArray(R"({"10.0.0.0/8","172.16.0.0/12","192.168.0.0/16","127.0.0.0/8","169.254.0.0/16","fc00::/7","fe80::/10","::1/128"})"));
}

void TestOperators::documentsEveryOperator()
{
    const std::string doc = operatorsMarkdown();
    QVERIFY(doc.find("## StringFilter") != std::string::npos);
    QVERIFY(doc.find("## SListFilter") != std::string::npos);
    QVERIFY(doc.find("| `isPrivate` | `Boolean` | true: `(P <<= ANY($p))`; false: `(NOT (P <<= ANY($p)))` | `inet[]` "
                     "| PRIVATE |")
            != std::string::npos);
    QVERIFY(doc.find("`(P -\\|- $p)`") != std::string::npos);
    for (const Operator &op : allOperators())
        QVERIFY2(doc.find("| `" + std::string(op.name) + "` |") != std::string::npos, op.name.data());
}

void TestOperators::checkedInDocumentationIsCurrent()
{
    // docs/operators.md is generated: regenerate with `graft operators > docs/operators.md`.
    QFile file(graft::test::sourceDir() + QStringLiteral("/docs/operators.md"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray::fromStdString(operatorsMarkdown()));
}

QTEST_APPLESS_MAIN(TestOperators)
#include "tst_operators.moc"
