#include "graft/schema.h"
#include "json/dom_row_projector.h"
#include "json/field_collector.h"
#include "json/projection_builder.h"
#include "json/response_writer.h"
#include "json/root_rows.h"
#include "json/row_projector.h"
#include "syntax/parser.h"
#include "test_env.h"
#include "validate/operation_selection.h"
#include "validate/variable_coercion.h"
#include "values/variables_decoder.h"

#include <QTest>

#include <cstdio>
#include <memory>
#include <optional>
#include <random>
#include <string>

using namespace graft;

class TestResponseWriter : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void projectsRows_data();
    void projectsRows();
    void transcodesValuesVerbatim_data();
    void transcodesValuesVerbatim();
    void rejectsMalformedRows_data();
    void rejectsMalformedRows();
    void writesEnvelope_data();
    void writesEnvelope();
    void failsOnNullDirectiveVariable();
    void scannerAgreesWithDomOnRandomRows();
    void findsControlCharactersAtEveryOffset();
    void handlesEscapesAcrossBlockBoundaries();
    void guessesMemberNamesAcrossRows_data();
    void guessesMemberNamesAcrossRows();
    void guessesAgreeWithDomOnRowsOfOneShape();
    void threadProjectorOutlivesRootRowsAndBoundsItsModels();

private:
    std::optional<Schema> m_schema;
};

namespace {

std::string text(const QByteArray &bytes)
{
    return std::string(bytes.constData(), static_cast<std::size_t>(bytes.size()));
}

// The projection of the first root field of `query` (variables JSON optional), or its errors.
Result<std::shared_ptr<const json::Projection>> projectionOf(const Schema &schema, const std::string &query,
                                                             const std::string &variables)
{
    const schema::SchemaRegistry &registry = *schema.registry();
    auto document = syntax::parseDocument(query);
    if (!document)
        return std::move(document).takeErrors();
    auto operation = validate::selectOperation(**document, std::nullopt);
    if (!operation)
        return std::move(operation).takeErrors();
    std::optional<values::JsonValue> decoded;
    if (!variables.empty()) {
        auto value = values::decodeVariables(variables);
        if (!value)
            return std::move(value).takeErrors();
        decoded = std::move(value).value();
    }
    auto coerced = validate::coerceVariables(registry, **document, **operation, decoded ? &*decoded : nullptr);
    if (!coerced)
        return std::move(coerced).takeErrors();
    json::FieldCollector collector(**document, registry, *coerced);
    auto roots = collector.fields("Query", *(*operation)->selectionSet);
    if (!roots)
        return std::move(roots).takeErrors();
    const json::CollectedField &root = roots->front();
    const schema::FieldDefinition *field = registry.queryType().field(root.nodes.front()->name.value);
    json::ProjectionBuilder builder(collector);
    return builder.build(*field->view, root.nodes);
}

} // namespace

void TestResponseWriter::initTestCase()
{
    const QString path = test::sourceDir() + QStringLiteral("/tests/engine/data/projection.graphql");
    auto loaded = Schema::loadFile(path.toStdString());
    QVERIFY2(loaded.ok(), loaded.ok() ? "" : loaded.errors().front().message.c_str());
    m_schema = loaded.value();
}

void TestResponseWriter::projectsRows_data()
{
    QTest::addColumn<QByteArray>("query");
    QTest::addColumn<QByteArray>("variables");
    QTest::addColumn<QByteArrayList>("rows");
    QTest::addColumn<QByteArray>("expected");

    const QByteArray item = R"({"id": "i1", "meta": {"b": [1, 2.50], "a": null}, "name": "Lamp", "tags": ["x", "y"], "owner": {"nick-name": "Jo", "first_name": "Joanna"}, "parts": [{"label": "bulb", "sub": {"first_name": "Sub"}}, 7, null, {"label": "cord"}], "price": 1.50, "http_server": "h"})";
    QTest::addRow("fields in selection order, verbatim numbers, @json and derived keys")
        << QByteArray("{ items { price name HTTPServer owner { nick firstName } id } }") << QByteArray()
        << QByteArrayList{item}
        << QByteArray(R"([{"price":1.50,"name":"Lamp","HTTPServer":"h","owner":{"nick":"Jo","firstName":"Joanna"},"id":"i1"}])");
    QTest::addRow("JSON and lists copied compact, member order kept")
        << QByteArray("{ items { meta tags } }") << QByteArray() << QByteArrayList{item}
        << QByteArray(R"([{"meta":{"b":[1,2.50],"a":null},"tags":["x","y"]}])");
    QTest::addRow("list of embedded objects: non-object elements become null")
        << QByteArray("{ items { parts { label sub { firstName } __typename } } }") << QByteArray()
        << QByteArrayList{item}
        << QByteArray(R"([{"parts":[{"label":"bulb","sub":{"firstName":"Sub"},"__typename":"Part"},null,null,{"label":"cord","sub":null,"__typename":"Part"}]}])");
    QTest::addRow("aliases at every level, __typename anywhere")
        << QByteArray("{ all: items { t: __typename who: owner { n: firstName } n: name } }") << QByteArray()
        << QByteArrayList{item}
        << QByteArray(R"([{"t":"Item","who":{"n":"Joanna"},"n":"Lamp"}])");
    QTest::addRow("missing members and non-objects are null")
        << QByteArray("{ items { name owner { firstName } parts { label } tags meta } }") << QByteArray()
        << QByteArrayList{R"({"owner": "not an object", "parts": {"label": "x"}})", R"({"owner": null, "parts": null})"}
        << QByteArray(R"([{"name":null,"owner":null,"parts":null,"tags":null,"meta":null},{"name":null,"owner":null,"parts":null,"tags":null,"meta":null}])");
    QTest::addRow("fragments, inline fragments, merging; first position wins")
        << QByteArray("query { items { ...F name ... on Item { owner { nick } name } ... { price } owner { firstName } } } "
                      "fragment F on Item { owner { firstName } id }")
        << QByteArray() << QByteArrayList{item}
        << QByteArray(R"([{"owner":{"firstName":"Joanna","nick":"Jo"},"id":"i1","name":"Lamp","price":1.50}])");
    QTest::addRow("@skip / @include with literals and variables")
        << QByteArray("query Q($yes: Boolean!, $no: Boolean = false) { items { a: name @include(if: $yes) "
                      "b: name @include(if: $no) c: name @skip(if: true) ...F @skip(if: $no) ... @include(if: false) "
                      "{ price } } } fragment F on Item { id }")
        << QByteArray(R"({"yes":true})") << QByteArrayList{item} << QByteArray(R"([{"a":"Lamp","id":"i1"}])");
    QTest::addRow("fragment on another type is not expanded")
        << QByteArray("{ items { ... on Person { firstName } name } }") << QByteArray() << QByteArrayList{item}
        << QByteArray(R"([{"name":"Lamp"}])");
    QTest::addRow("SQL NULL rows, non-object rows skipped")
        << QByteArray("{ items { name } }") << QByteArray()
        << QByteArrayList{QByteArray(), R"([1, 2])", R"("text")", R"(42)", R"({"name": "kept"})", R"(null)"}
        << QByteArray(R"([{"name":"kept"}])");
    QTest::addRow("duplicate member names: the last wins")
        << QByteArray("{ items { name } }") << QByteArray() << QByteArrayList{R"({"name": "a", "name": "b"})"}
        << QByteArray(R"([{"name":"b"}])");
    QTest::addRow("escaped member names are decoded before matching")
        << QByteArray("{ items { name } }") << QByteArray() << QByteArrayList{R"({"n\u0061me": "a"})"}
        << QByteArray(R"([{"name":"a"}])");
    QTest::addRow("empty containers, whitespace everywhere")
        << QByteArray("{ items { tags meta owner { firstName } parts { label } } }") << QByteArray()
        << QByteArrayList{" {\n\t\"tags\" : [ ] , \"meta\" : { } , \"owner\" : { } , \"parts\" : [ ] } "}
        << QByteArray(R"([{"tags":[],"meta":{},"owner":{"firstName":null},"parts":[]}])");
    QTest::addRow("no rows") << QByteArray("{ items { name } }") << QByteArray() << QByteArrayList{} << QByteArray("[]");
}

void TestResponseWriter::projectsRows()
{
    QFETCH(QByteArray, query);
    QFETCH(QByteArray, variables);
    QFETCH(QByteArrayList, rows);
    QFETCH(QByteArray, expected);
    auto projection = projectionOf(*m_schema, text(query), text(variables));
    QVERIFY2(projection.ok(), projection.ok() ? "" : projection.errors().front().message.c_str());

    json::RootRows sink(*projection);
    for (const QByteArray &row : rows)
        sink.row(row.isNull() ? std::nullopt : std::optional<std::string_view>(row.constData()));
    QVERIFY(!sink.malformed());
    QCOMPARE(QByteArray::fromStdString(std::string(sink.listJson())), expected);

    // The DOM projector gives the same bytes.
    json::DomRowProjector dom;
    std::string viaDom = "[";
    bool first = true;
    for (const QByteArray &row : rows) {
        if (row.isNull())
            continue;
        std::string one;
        if (dom.project(**projection, text(row), one) != json::RowOutcome::Projected)
            continue;
        viaDom += first ? "" : ",";
        viaDom += one;
        first = false;
    }
    viaDom += ']';
    QCOMPARE(QByteArray::fromStdString(viaDom), expected);
}

void TestResponseWriter::transcodesValuesVerbatim_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("expected");
    QTest::addRow("number tokens verbatim") << QByteArray("[1.50, -0, 1E+2, 1e-7, 100000000000000000000001]")
                                            << QByteArray("[1.50,-0,1E+2,1e-7,100000000000000000000001]");
    QTest::addRow("short escapes kept") << QByteArray(R"("\" \\ \b \f \n \r \t")")
                                        << QByteArray(R"("\" \\ \b \f \n \r \t")");
    QTest::addRow("solidus unescaped") << QByteArray(R"("a\/b")") << QByteArray(R"("a/b")");
    QTest::addRow("control characters lower-case hex") << QByteArray(R"("\u0001\u001F\u001f\u0000")")
                                                       << QByteArray(R"("\u0001\u001f\u001f\u0000")");
    QTest::addRow("\\u escapes of short forms become short") << QByteArray(R"("\u0008\u000a\u0022\u005C")")
                                                             << QByteArray(R"("\b\n\"\\")");
    QTest::addRow("non-ASCII written raw") << QByteArray(R"("\u00e9\u2028\u2029\u007f\ud83d\ude00")")
                                           << QByteArray("\"\xC3\xA9\xE2\x80\xA8\xE2\x80\xA9\x7F\xF0\x9F\x98\x80\"");
    QTest::addRow("raw UTF-8 kept") << QByteArray("\"\xC3\xA9 \xF0\x9F\x98\x80\"") << QByteArray("\"\xC3\xA9 \xF0\x9F\x98\x80\"");
    QTest::addRow("escaped keys re-escaped") << QByteArray(R"({"a\u0001\/": {"k": [true, false, null]}})")
                                             << QByteArray(R"({"a\u0001/":{"k":[true,false,null]}})");
    QTest::addRow("deep nesting") << QByteArray(2000, '[') + QByteArray(2000, ']')
                                  << QByteArray(2000, '[') + QByteArray(2000, ']');
}

void TestResponseWriter::transcodesValuesVerbatim()
{
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, expected);
    std::string out;
    QVERIFY(json::RowProjector::transcode(text(input), out));
    QCOMPARE(QByteArray::fromStdString(out), expected);
    // Through a projection as well (scanner and DOM agree).
    auto projection = projectionOf(*m_schema, "{ items { meta } }", "");
    QVERIFY(projection.ok());
    const std::string row = "{\"meta\": " + text(input) + "}";
    std::string viaScan;
    std::string viaDom;
    json::RowProjector scanner;
    json::DomRowProjector dom;
    QCOMPARE(int(scanner.project(**projection, row, viaScan)), int(json::RowOutcome::Projected));
    QCOMPARE(int(dom.project(**projection, row, viaDom)), int(json::RowOutcome::Projected));
    QCOMPARE(QByteArray::fromStdString(viaScan), "{\"meta\":" + expected + "}");
    QCOMPARE(QByteArray::fromStdString(viaDom), "{\"meta\":" + expected + "}");
}

void TestResponseWriter::rejectsMalformedRows_data()
{
    QTest::addColumn<QByteArray>("row");
    QTest::addRow("unterminated object") << QByteArray(R"({"name": "a")");
    QTest::addRow("unterminated string") << QByteArray(R"({"name": "a})");
    QTest::addRow("missing colon") << QByteArray(R"({"name" "a"})");
    QTest::addRow("bad escape in a selected value") << QByteArray(R"({"name": "\x"})");
    QTest::addRow("lone surrogate") << QByteArray(R"({"name": "\ud800"})");
    QTest::addRow("raw control character") << QByteArray("{\"name\": \"a\x01\"}");
    QTest::addRow("trailing garbage") << QByteArray(R"({"name": "a"} x)");
    QTest::addRow("bad literal") << QByteArray(R"({"name": tru})");
    QTest::addRow("number with stray characters") << QByteArray(R"({"name": 12ab})");
    QTest::addRow("stray characters in a list") << QByteArray(R"({"name": [1, 2x]})");
    QTest::addRow("empty") << QByteArray("");
}

void TestResponseWriter::rejectsMalformedRows()
{
    QFETCH(QByteArray, row);
    auto projection = projectionOf(*m_schema, "{ items { name } }", "");
    QVERIFY(projection.ok());
    json::RootRows sink(*projection);
    sink.row(std::string_view(row.constData(), static_cast<std::size_t>(row.size())));
    QVERIFY(sink.malformed());
    QCOMPARE(sink.count(), std::size_t(0));
    QCOMPARE(QByteArray::fromStdString(std::string(sink.listJson())), QByteArray("[]"));
}

void TestResponseWriter::writesEnvelope_data()
{
    QTest::addColumn<int>("scenario");
    QTest::addColumn<QByteArray>("expected");
    QTest::addRow("data only") << 0 << QByteArray(R"({"data":{"users":[{"a":1}],"__typename":"Query"}})");
    QTest::addRow("lookup error nulls in place")
        << 1
        << QByteArray(R"({"errors":[{"message":"Tenant context is required for type \"Device\".","locations":[{"line":1,"column":54}],"path":["device"],"extensions":{"code":"FORBIDDEN"}}],"data":{"users":[],"device":null}})");
    QTest::addRow("non-null root error nulls data, sqlstate after code")
        << 2
        << QByteArray(R"({"errors":[{"message":"Database error: boom","locations":[{"line":1,"column":3}],"path":["users"],"extensions":{"code":"DATABASE_ERROR","sqlstate":"2201B"}},{"message":"Not executed because an earlier statement in this request failed.","locations":[{"line":1,"column":30}],"path":["b"],"extensions":{"code":"DATABASE_ERROR"}}],"data":null})");
    QTest::addRow("request errors: no data, locations omitted when none")
        << 3
        << QByteArray(R"({"errors":[{"message":"Query depth 16 exceeds the maximum depth of 15.","extensions":{"code":"QUERY_TOO_COMPLEX"}},{"message":"a\u0001\n\"b\" é","locations":[{"line":2,"column":10},{"line":1,"column":1}],"extensions":{"code":"GRAPHQL_VALIDATION_FAILED"}}]})");
}

void TestResponseWriter::writesEnvelope()
{
    QFETCH(int, scenario);
    QFETCH(QByteArray, expected);
    json::ResponseWriter writer;
    std::string out;
    switch (scenario) {
    case 0:
        writer.value("users", R"([{"a":1}])");
        writer.value("__typename", R"("Query")");
        out = writer.finish();
        break;
    case 1:
        writer.value("users", "[]");
        writer.fieldError("device", Error{ErrorCode::Forbidden, "Tenant context is required for type \"Device\".", {{1, 54}}, {"device"}, {}}, false);
        out = writer.finish();
        break;
    case 2:
        writer.fieldError("users", Error{ErrorCode::DatabaseError, "Database error: boom", {{1, 3}}, {"users"}, "2201B"}, true);
        writer.fieldError("b", Error{ErrorCode::DatabaseError, "Not executed because an earlier statement in this request failed.", {{1, 30}}, {"b"}, {}}, false);
        out = writer.finish();
        QCOMPARE(writer.errors().size(), std::size_t(2));
        break;
    default:
        out = json::ResponseWriter::requestErrors(
            {Error{ErrorCode::QueryTooComplex, "Query depth 16 exceeds the maximum depth of 15.", {}, {}, {}},
             Error{ErrorCode::GraphqlValidationFailed, "a\x01\n\"b\" \xC3\xA9", {{2, 10}, {1, 1}}, {}, {}}});
        break;
    }
    QCOMPARE(QByteArray::fromStdString(out), expected);
}

void TestResponseWriter::failsOnNullDirectiveVariable()
{
    auto projection = projectionOf(*m_schema, "query Q($v: Boolean = true) { items { name @skip(if: $v) } }", R"({"v":null})");
    QVERIFY(!projection.ok());
    QCOMPARE(projection.errors().front().code, ErrorCode::BadUserInput);
    QCOMPARE(projection.errors().front().message, std::string("Argument 'if' of non-null type 'Boolean!' must not be null."));
}

namespace {

// Random valid JSON text shaped like row documents, for the differential test below: member
// names near the selected ones (same first eight bytes, one byte more or less, escaped), strings
// of every length up to 40 with escapes and multi-byte UTF-8 anywhere (so every position relative
// to the scanner's sixteen-byte blocks is exercised), numbers, literals, nesting, whitespace.
class RowGenerator {
public:
    /// Without `escapes`, strings hold no backslash (long runs of containers then take the
    /// scanner's 64-byte path).
    RowGenerator(unsigned seed, bool escapes) : m_rng(seed), m_escapes(escapes) {}

    std::string row()
    {
        std::string out;
        object(out, 0, true);
        return space() + out + space();
    }

private:
    int pick(int n) { return std::uniform_int_distribution<int>(0, n - 1)(m_rng); }

    std::string space()
    {
        static const char *const kSpaces[] = {"", "", " ", " ", "\n\t ", "  "};
        return kSpaces[pick(6)];
    }

    std::string string()
    {
        static const char *const kPieces[] = {"a", "Z", " ", "0", "\xC3\xA9", "\xF0\x9F\x98\x80", "/", "{", "]", "[",
                                              "\\\"", "\\\\", "\\n", "\\u00e9", "\\ud83d\\ude00", "\\/", "\\u0001"};
        std::string out = "\"";
        const int length = pick(41);
        for (int i = 0; i < length; ++i)
            out += pick(4) == 0 ? kPieces[pick(m_escapes ? 17 : 10)] : kPieces[pick(4)];
        return out + "\"";
    }

    std::string key()
    {
        static const char *const kKeys[] = {"id", "name", "price", "tags", "meta", "owner", "parts", "http_server",
                                            "nick-name", "first_name", "label", "sub", "first_nameX", "first_nam",
                                            "nam", "names", "http_serve", "", "n\\u0061me", "http_serverr"};
        return pick(5) == 0 ? string() : std::string("\"") + kKeys[pick(20)] + "\"";
    }

    void value(std::string &out, int depth)
    {
        static const char *const kScalars[] = {"0", "-1.50", "1E+2", "1e-7", "123456789012345678901234567890",
                                               "true", "false", "null", "-0"};
        const int kind = pick(depth < 4 ? 6 : 3);
        if (kind == 0)
            out += kScalars[pick(9)];
        else if (kind <= 2)
            out += string();
        else if (kind == 3)
            object(out, depth + 1, false);
        else {
            out += '[';
            const int n = pick(4);
            for (int i = 0; i < n; ++i) {
                out += i ? "," + space() : space();
                value(out, depth + 1);
            }
            out += space() + "]";
        }
    }

    void object(std::string &out, int depth, bool top)
    {
        out += '{';
        const int n = pick(top ? 14 : 5);
        for (int i = 0; i < n; ++i) {
            out += i ? "," + space() : space();
            out += key() + space() + ":" + space();
            value(out, depth);
        }
        out += space() + "}";
    }

    std::mt19937 m_rng;
    bool m_escapes;
};

} // namespace

void TestResponseWriter::scannerAgreesWithDomOnRandomRows()
{
    auto projection = projectionOf(*m_schema,
                                   "{ items { id name price tags meta HTTPServer owner { nick firstName } "
                                   "parts { label sub { firstName nick } __typename } } }",
                                   "");
    QVERIFY(projection.ok());
    RowGenerator withEscapes(20261128, true);
    RowGenerator withoutEscapes(20261129, false);
    json::RowProjector scanner;
    json::DomRowProjector dom;
    int projected = 0;
    for (int i = 0; i < 8000; ++i) {
        const std::string row = i % 2 ? withEscapes.row() : withoutEscapes.row();
        std::string viaScan;
        std::string viaDom;
        const json::RowOutcome scanOutcome = scanner.project(**projection, row, viaScan);
        const json::RowOutcome domOutcome = dom.project(**projection, row, viaDom);
        if (scanOutcome != domOutcome || viaScan != viaDom)
            QFAIL(qPrintable(QStringLiteral("row %1 differs: %2\nscanner: %3\ndom:     %4")
                                 .arg(i)
                                 .arg(QString::fromStdString(row), QString::fromStdString(viaScan),
                                      QString::fromStdString(viaDom))));
        projected += scanOutcome == json::RowOutcome::Projected;
        // Cut short anywhere inside, the row is malformed.
        const std::size_t cut = 1 + static_cast<std::size_t>(i) % (row.find_last_of('}'));
        std::string partial;
        QCOMPARE(int(scanner.project(**projection, std::string_view(row).substr(0, cut), partial)),
                 int(json::RowOutcome::Malformed));
    }
    QCOMPARE(projected, 8000);
}

void TestResponseWriter::findsControlCharactersAtEveryOffset()
{
    // A selected string with a raw control character is malformed wherever the character sits;
    // without one, the same string is copied as is.
    auto projection = projectionOf(*m_schema, "{ items { name } }", "");
    QVERIFY(projection.ok());
    json::RowProjector scanner;
    for (std::size_t length = 0; length < 48; ++length) {
        const std::string plain(length, 'x');
        std::string out;
        QCOMPARE(int(scanner.project(**projection, "{\"name\": \"" + plain + "\", \"id\": 1}", out)),
                 int(json::RowOutcome::Projected));
        QCOMPARE(QByteArray::fromStdString(out), QByteArray::fromStdString("{\"name\":\"" + plain + "\"}"));
        for (std::size_t at = 0; at < length; ++at) {
            std::string bad = plain;
            bad[at] = '\x1f';
            out.clear();
            QCOMPARE(int(scanner.project(**projection, "{\"name\": \"" + bad + "\", \"id\": 1}", out)),
                     int(json::RowOutcome::Malformed));
        }
    }
}

void TestResponseWriter::handlesEscapesAcrossBlockBoundaries()
{
    // Backslash runs of every parity ending at every offset around the 64-byte blocks of the
    // structural index, inside a selected and an unselected member: the scanner and RapidJSON agree.
    auto projection = projectionOf(*m_schema, "{ items { name meta } }", "");
    QVERIFY(projection.ok());
    json::RowProjector scanner;
    json::DomRowProjector dom;
    const char *const kEscapes[] = {R"(\")", R"(\\)", R"(\\\")", R"(\\\\)", R"(\"\")", R"(\u005c\\)"};
    for (const char *escape : kEscapes) {
        for (std::size_t pad = 0; pad < 140; ++pad) {
            const std::string filler(pad, 'x');
            const std::string inner = filler + escape;
            for (const std::string &row : {"{\"name\": \"" + inner + "\", \"meta\": [\"" + inner + "\", {}]}",
                                           "{\"other\": \"" + inner + "\", \"meta\": {\"a\": \"" + inner + "\"}}"}) {
                std::string viaScan;
                std::string viaDom;
                const json::RowOutcome scanOutcome = scanner.project(**projection, row, viaScan);
                const json::RowOutcome domOutcome = dom.project(**projection, row, viaDom);
                QVERIFY2(scanOutcome == json::RowOutcome::Projected && domOutcome == json::RowOutcome::Projected,
                         row.c_str());
                QCOMPARE(QByteArray::fromStdString(viaScan), QByteArray::fromStdString(viaDom));
            }
        }
    }
}

void TestResponseWriter::guessesMemberNamesAcrossRows_data()
{
    // The scanner guesses each member name from the objects it projected before (see
    // RowProjector::KeyModel): every row below follows rows that set up a guess it must not trust.
    QTest::addColumn<QByteArrayList>("rows");
    QTest::addColumn<QByteArray>("expected");
    const QByteArray first = R"({"id": 1, "name": "a", "owner": {"nick-name": "n", "first_name": "f"}, "price": 2})";
    const QByteArray firstOut = R"({"id":1,"name":"a","owner":{"nick":"n","firstName":"f"},"price":2})";
    QTest::addRow("same shape") << QByteArrayList{first, first, first}
                                << QByteArray("[" + firstOut + "," + firstOut + "," + firstOut + "]");
    QTest::addRow("other member order")
        << QByteArrayList{first, R"({"price": 3, "owner": {"first_name": "g", "nick-name": "m"}, "name": "b", "id": 2})", first}
        << QByteArray("[" + firstOut + R"(,{"id":2,"name":"b","owner":{"nick":"m","firstName":"g"},"price":3},)" + firstOut + "]");
    QTest::addRow("duplicate of a guessed member: the last wins")
        << QByteArrayList{first, R"({"id": 1, "name": "a", "name": "b", "owner": {"nick-name": "n", "nick-name": "o"}, "price": 2, "id": 9})"}
        << QByteArray("[" + firstOut + R"(,{"id":9,"name":"b","owner":{"nick":"o","firstName":null},"price":2}])");
    QTest::addRow("escaped name equal to a guessed one")
        << QByteArrayList{first, R"({"id": 1, "name": "e", "owner": {"nick-name": "x", "first_name": "f"}, "price": 2})", first}
        << QByteArray("[" + firstOut + R"(,{"id":1,"name":"e","owner":{"nick":"x","firstName":"f"},"price":2},)" + firstOut + "]");
    QTest::addRow("guessed members missing, one to all")
        << QByteArrayList{first, R"({"id": 1, "owner": {"first_name": "f"}, "price": 2})", R"({"price": 2})", R"({})", first}
        << QByteArray("[" + firstOut
                      + R"(,{"id":1,"name":null,"owner":{"nick":null,"firstName":"f"},"price":2})"
                        R"(,{"id":null,"name":null,"owner":null,"price":2},{"id":null,"name":null,"owner":null,"price":null},)"
                      + firstOut + "]");
    QTest::addRow("members the guesses lack, read and unread")
        << QByteArrayList{first, R"({"id": 1, "extra": [1, {"name": "no"}], "name": "a", "nam": 0, "names": 1, "owner": {"nick-name": "n", "first_name": "f"}, "price": 2})", first}
        << QByteArray("[" + firstOut + "," + firstOut + "," + firstOut + "]");
    QTest::addRow("a guessed name's prefix and extension")
        << QByteArrayList{first, R"({"i": 5, "idx": 6, "name": "a", "price": 2})"}
        << QByteArray("[" + firstOut + R"(,{"id":null,"name":"a","owner":null,"price":2}])");
    QTest::addRow("other space around the colon")
        << QByteArrayList{first, "{\"id\" : 1, \"name\":\"a\", \"owner\":  {\"nick-name\":\n\"n\"}, \"price\":\t 2}", first}
        << QByteArray("[" + firstOut + R"(,{"id":1,"name":"a","owner":{"nick":"n","firstName":null},"price":2},)" + firstOut + "]");
    QTest::addRow("short rows: fewer than sixteen bytes after a name")
        << QByteArrayList{R"({"id": 1})", R"({"id": 2})", R"({"id": 3, "id": 4})", R"({"id":5})", R"({"i": 6})"}
        << QByteArray(R"([{"id":1,"name":null,"owner":null,"price":null},{"id":2,"name":null,"owner":null,"price":null},)"
                      R"({"id":4,"name":null,"owner":null,"price":null},{"id":5,"name":null,"owner":null,"price":null},)"
                      R"({"id":null,"name":null,"owner":null,"price":null}])");
    QTest::addRow("long names: two compares, near the end, and too long to guess")
        << QByteArrayList{R"({"shipping_address_line": "s", "member_name_of_twenty_nine_ch": "b", "a_member_name_longer_than_thirty_two_bytes": "l", "id": 1})",
                          R"({"shipping_address_line": "t", "member_name_of_twenty_nine_ch": "c", "a_member_name_longer_than_thirty_two_bytes": "m", "id": 2})",
                          R"({"shipping_address_lin": "u", "member_name_of_twenty_nine_cX": "d", "a_member_name_longer_than_thirty_two_byteX": "n"})",
                          R"({"shipping_address_line": 1, "member_name_of_twenty_nine_ch": 2})",
                          R"({"member_name_of_twenty_nine_ch":3})", R"({"id": 3, "shipping_address_line": 4})"}
        << QByteArray(R"([{"id":1,"shipping":"s","boundary":"b","legacy":"l"},{"id":2,"shipping":"t","boundary":"c","legacy":"m"},)"
                      R"({"id":null,"shipping":null,"boundary":null,"legacy":null},{"id":null,"shipping":1,"boundary":2,"legacy":null},)"
                      R"({"id":null,"shipping":null,"boundary":3,"legacy":null},{"id":3,"shipping":4,"boundary":null,"legacy":null}])");
}

void TestResponseWriter::guessesMemberNamesAcrossRows()
{
    QFETCH(QByteArrayList, rows);
    QFETCH(QByteArray, expected);
    const bool longNames = QByteArray(QTest::currentDataTag()).startsWith("long names");
    auto projection = projectionOf(*m_schema,
                                   longNames ? "{ items { id shipping boundary legacy } }"
                                             : "{ items { id name owner { nick firstName } price } }",
                                   "");
    QVERIFY(projection.ok());
    json::RootRows sink(*projection);
    json::DomRowProjector dom;
    for (const QByteArray &row : rows) {
        sink.row(std::string_view(row.constData(), static_cast<std::size_t>(row.size())));
        std::string viaDom;
        QCOMPARE(int(dom.project(**projection, text(row), viaDom)), int(json::RowOutcome::Projected));
    }
    QVERIFY(!sink.malformed());
    QCOMPARE(QByteArray::fromStdString(std::string(sink.listJson())), expected);

    // A guessed name followed by malformed text is still malformed, and the rows after it are
    // projected as before.
    json::RowProjector scanner;
    std::string out;
    for (const QByteArray &row : rows)
        scanner.project(**projection, text(row), out);
    for (const char *bad : {R"({"id": 1, "name" "a"})", R"({"id": 1, "name": })", R"({"id": 1, "name":)", R"({"id" 1})",
                            R"({"id": 1, "name": "a", "owner": {"nick-name": "n", "first_name": "f"}, "price": 2)"}) {
        std::string partial;
        QCOMPARE(int(scanner.project(**projection, bad, partial)), int(json::RowOutcome::Malformed));
        QVERIFY(partial.empty());
    }
    // A first member's guess where a separator must be: still malformed.
    for (const char *before : {R"({"name": "a"})", R"({"id": 1})"})
        scanner.project(**projection, before, out);
    for (const char *bad : {R"({"id": "x""name": "a"})", R"({"id": 1"name": "a"})", R"({"id": 1 "name": "a"})"}) {
        std::string partial;
        QCOMPARE(int(scanner.project(**projection, bad, partial)), int(json::RowOutcome::Malformed));
    }
    std::string again;
    for (const QByteArray &row : rows) {
        QCOMPARE(int(scanner.project(**projection, text(row), again)), int(json::RowOutcome::Projected));
        again += ',';
    }
    if (!again.empty())
        again.pop_back();
    QCOMPARE(QByteArray::fromStdString("[" + again + "]"), expected);
}

void TestResponseWriter::guessesAgreeWithDomOnRowsOfOneShape()
{
    // Rows sharing one member sequence, as a view's rows do, each with members dropped, repeated,
    // escaped, re-spaced or added at random: the guesses hit and miss in every way, and the scanner
    // and RapidJSON agree on every row (and on every row cut short: malformed).
    auto projection = projectionOf(*m_schema,
                                   "{ items { id name price tags owner { nick firstName } shipping boundary legacy "
                                   "parts { label sub { nick } } } }",
                                   "");
    QVERIFY(projection.ok());
    const char *const kNames[] = {"id", "nam", "name", "tags", "owner", "parts", "price", "http_server",
                                  "shipping_address_line", "member_name_of_twenty_nine_ch",
                                  "a_member_name_longer_than_thirty_two_bytes", "zzz"};
    const char *const kValues[] = {"1", "\"x\"", "[\"a\", \"b\"]", "{\"nick-name\": \"n\", \"first_name\": \"f\"}",
                                   "[{\"label\": \"l\", \"sub\": {\"nick-name\": \"s\"}}, 3]", "null",
                                   "{\"first_name\": \"g\", \"x\": [1, {\"nick-name\": 2}]}"};
    std::mt19937 rng(20261128);
    const auto pick = [&](int n) { return std::uniform_int_distribution<int>(0, n - 1)(rng); };
    json::RowProjector scanner;
    json::DomRowProjector dom;
    for (int i = 0; i < 4000; ++i) {
        std::string row = "{";
        bool first = true;
        for (const char *name : kNames) {
            const int fate = pick(12);
            if (fate == 0)
                continue; // dropped
            for (int copy = 0; copy < (fate == 1 ? 2 : 1); ++copy) {
                row += first ? "" : (fate == 2 ? " ,  " : ", ");
                first = false;
                std::string key = name;
                if (fate == 3) {
                    char escaped[8];
                    std::snprintf(escaped, sizeof escaped, "\\u%04x", static_cast<unsigned>(key[0]));
                    key = escaped + key.substr(1);
                }
                if (fate == 4)
                    key += "_";
                row += "\"" + key + (fate == 5 ? "\" :\n" : "\": ") + kValues[pick(7)];
            }
        }
        row += "}";
        std::string viaScan;
        std::string viaDom;
        const json::RowOutcome scanOutcome = scanner.project(**projection, row, viaScan);
        const json::RowOutcome domOutcome = dom.project(**projection, row, viaDom);
        if (scanOutcome != json::RowOutcome::Projected || domOutcome != scanOutcome || viaScan != viaDom)
            QFAIL(qPrintable(QStringLiteral("row %1 differs: %2\nscanner: %3\ndom:     %4")
                                 .arg(i)
                                 .arg(QString::fromStdString(row), QString::fromStdString(viaScan),
                                      QString::fromStdString(viaDom))));
        const std::size_t cut = 1 + static_cast<std::size_t>(i) % (row.size() - 1);
        std::string partial;
        QCOMPARE(int(scanner.project(**projection, std::string_view(row).substr(0, cut), partial)),
                 int(json::RowOutcome::Malformed));
    }
}

// RootRows project through the thread's RowProjector, whose key models outlive each RootRows: rows
// through more projections than it keeps models for (they are dropped between rows), interleaved,
// still project exactly as a fresh projector does.
void TestResponseWriter::threadProjectorOutlivesRootRowsAndBoundsItsModels()
{
    const std::string rows[] = {R"({"id": 1, "name": "a", "tags": ["x"]})", R"({"name": "b", "id": 2})",
                                R"({"tags": [], "name": "c\u00e9", "extra": {"k": 1}, "id": 3})"};
    const char *queries[] = {"{ items { name } }", "{ items { id name } }", "{ items { tags n: name id } }"};
    std::vector<std::shared_ptr<const json::Projection>> projections;
    for (int i = 0; i < 90; ++i) {
        auto projection = projectionOf(*m_schema, queries[i % 3], "");
        QVERIFY(projection.ok());
        projections.push_back(*projection);
    }
    for (int round = 0; round < 3; ++round) {
        for (std::size_t i = 0; i < projections.size(); ++i) {
            json::RootRows sink(projections[i]);
            json::RowProjector fresh;
            std::string expected = "[";
            for (std::size_t r = 0; r < 3; ++r) {
                const std::string &row = rows[(r + i + static_cast<std::size_t>(round)) % 3];
                sink.row(row);
                expected += r == 0 ? "" : ",";
                QCOMPARE(int(fresh.project(*projections[i], row, expected)), int(json::RowOutcome::Projected));
            }
            QCOMPARE(QByteArray::fromStdString(std::string(sink.listJson())), QByteArray::fromStdString(expected + "]"));
        }
    }
}

QTEST_GUILESS_MAIN(TestResponseWriter)
#include "tst_response_writer.moc"
