#include "random_queries.h"

#include "sql/operators.h"
#include "values/json_writer.h"

#include <array>
#include <vector>

namespace graft::test {

namespace {

using schema::ScalarId;

constexpr std::array kStrings = {"Al", "Bea", "O'Brien_50%", "say \"hi\"", "back\\slash", "é😀", "", "a b"};
constexpr std::array kPatterns = {"^A", "x$", "[0-9]+", "pa.is", "(a|b)"};
constexpr std::array kUuids = {"11111111-1111-4111-8111-111111111111", "22222222-2222-4222-8222-222222222222",
                               "D0000000-0000-4000-8000-000000000001"};
constexpr std::array kDates = {"2024-01-15", "1990-01-01", "2000-02-29"};
constexpr std::array kDateTimes = {"2024-01-02T05:04:05+02:00", "2023-12-31T23:00:00Z", "2024-06-01T12:00:00.120-05:30"};
constexpr std::array kIps = {"10.0.0.1", "203.0.113.7", "::1", "fd00::5", "192.168.1.20"};
constexpr std::array kSubnets = {"10.0.0.0/8", "::/0", "192.168.0.0/16", "fd00::/8"};
constexpr std::array kMacs = {"00:11:22:33:44:55", "AA-BB-CC-DD-EE-FF"};
constexpr std::array kLTrees = {"eu", "eu.fr", "eu.fr.paris", "us"};
constexpr std::array kLqueries = {"*.paris", "eu.*", "*"};
constexpr std::array kRanges = {"[2024-01-01,2024-02-01)", "empty", "(,2024-01-01)", "[2025-01-01,)"};
constexpr std::array kJsonLiterals = {"{plan: \"pro\"}", "[1, 2]", "\"x\"", "5", "{a: {b: [true, null]}}"};
constexpr std::array kJsonTexts = {"{\"plan\":\"pro\"}", "[1,2]", "\"x\"", "5", "{\"a\":{\"b\":[true,null]}}"};
constexpr std::array kKeys = {"plan", "seats", "quota"};
constexpr std::array kDirections = {"ASC", "DESC", "ASC_NULLS_FIRST", "ASC_NULLS_LAST", "DESC_NULLS_FIRST",
                                    "DESC_NULLS_LAST"};

template <typename Array>
const char *pick(const Array &array, std::size_t index)
{
    return array[index % array.size()];
}

} // namespace

void RandomQueryGenerator::string(const std::string &text, bool json)
{
    // JSON and GraphQL quoted strings share the escapes used here.
    values::appendJsonString(m_out, text);
    (void)json;
}

void RandomQueryGenerator::scalarValue(ScalarId scalar, bool json)
{
    switch (scalar) {
    case ScalarId::ID:
        if (valueInt(3) == 0)
            m_out += std::to_string(valueInt(1000));
        else
            string(pick(kStrings, valueInt(8)), json);
        return;
    case ScalarId::String:
        string(pick(kStrings, valueInt(8)), json);
        return;
    case ScalarId::Int:
        m_out += std::to_string(static_cast<long long>(valueInt(200)) - 50);
        return;
    case ScalarId::Float: {
        static constexpr std::array floats = {"1.5", "-2", "1e3", "0.1", "48.85", "100"};
        m_out += pick(floats, valueInt(6));
        return;
    }
    case ScalarId::Decimal: {
        static constexpr std::array decimals = {"\"12.50\"", "3", "4.25", "\"-0.5e2\""};
        m_out += pick(decimals, valueInt(4));
        return;
    }
    case ScalarId::Boolean:
        m_out += valueInt(2) == 0 ? "true" : "false";
        return;
    case ScalarId::UUID:
        string(pick(kUuids, valueInt(3)), json);
        return;
    case ScalarId::Date:
        string(pick(kDates, valueInt(3)), json);
        return;
    case ScalarId::DateTime:
        string(pick(kDateTimes, valueInt(3)), json);
        return;
    case ScalarId::IpAddress:
        string(pick(kIps, valueInt(5)), json);
        return;
    case ScalarId::MacAddress:
        string(pick(kMacs, valueInt(2)), json);
        return;
    case ScalarId::LTree:
        string(pick(kLTrees, valueInt(4)), json);
        return;
    case ScalarId::DateRange:
        string(pick(kRanges, valueInt(4)), json);
        return;
    case ScalarId::JSON:
        m_out += json ? pick(kJsonTexts, valueInt(5)) : pick(kJsonLiterals, valueInt(5));
        return;
    }
}

void RandomQueryGenerator::operatorValue(const schema::InputValue &input, ScalarId scalar, bool json)
{
    const sql::Operator &op = *input.op;
    switch (op.input) {
    case sql::InputShape::Scalar:
        scalarValue(scalar, json);
        return;
    case sql::InputShape::ScalarList: {
        // JSON list items keep to objects and strings: a JSON array item would read as a list.
        const std::size_t count = valueInt(4);
        if (count == 3 && scalar != ScalarId::JSON) { // a single value given for the list
            scalarValue(scalar, json);
            return;
        }
        m_out += '[';
        for (std::size_t i = 0; i < count; ++i) {
            if (i > 0)
                m_out += ", ";
            if (scalar == ScalarId::JSON)
                m_out += json ? "{\"k\":1}" : "{k: 1}";
            else
                scalarValue(scalar, json);
        }
        m_out += ']';
        return;
    }
    case sql::InputShape::Boolean:
        m_out += shapeInt(2) == 0 ? "true" : "false"; // a flag: part of the shape
        return;
    case sql::InputShape::Int:
        m_out += std::to_string(valueInt(5));
        return;
    case sql::InputShape::String:
        if (op.paramText == sql::ParamText::Network)
            string(pick(kSubnets, valueInt(4)), json);
        else if (op.paramType == sql::ParamType::Lquery)
            string(pick(kLqueries, valueInt(3)), json);
        else if (op.name == "matches" || op.name == "imatches" || op.name == "notMatches")
            string(pick(kPatterns, valueInt(5)), json);
        else if (op.name == "hasKey")
            string(pick(kKeys, valueInt(3)), json);
        else
            string(pick(kStrings, valueInt(8)), json);
        return;
    case sql::InputShape::Date:
        scalarValue(ScalarId::Date, json);
        return;
    case sql::InputShape::DateRange:
        scalarValue(ScalarId::DateRange, json);
        return;
    case sql::InputShape::LTree:
        scalarValue(ScalarId::LTree, json);
        return;
    case sql::InputShape::Json:
        scalarValue(ScalarId::JSON, json);
        return;
    case sql::InputShape::StringList:
        m_out += '[';
        for (std::size_t i = 0, n = valueInt(3); i < n; ++i) {
            if (i > 0)
                m_out += ", ";
            string(pick(kKeys, valueInt(3)), json);
        }
        m_out += ']';
        return;
    }
}

void RandomQueryGenerator::filter(const schema::NamedType &filterType, bool json)
{
    const ScalarId scalar = filterType.scalar.value_or(ScalarId::String);
    m_out += '{';
    const std::size_t count = 1 + shapeInt(3);
    std::vector<bool> used(filterType.inputFields.size(), false);
    for (std::size_t i = 0; i < count; ++i) {
        const std::size_t index = shapeInt(filterType.inputFields.size());
        if (used[index])
            continue;
        used[index] = true;
        const schema::InputValue &input = filterType.inputFields[index];
        if (m_out.back() != '{')
            m_out += ", ";
        m_out += json ? "\"" + input.name + "\": " : input.name + ": ";
        if (shapeInt(10) == 0)
            m_out += "null";
        else
            operatorValue(input, scalar, json);
    }
    m_out += '}';
}

void RandomQueryGenerator::where(const schema::NamedType &whereInput, int depth, bool json)
{
    m_out += '{';
    const std::size_t count = shapeInt(depth > 2 ? 2 : 4);
    std::vector<bool> used(whereInput.inputFields.size(), false);
    for (std::size_t i = 0; i < count; ++i) {
        const std::size_t index = shapeInt(whereInput.inputFields.size());
        const schema::InputValue &input = whereInput.inputFields[index];
        const bool logical = input.entry != schema::WhereEntry::Field;
        if (used[index] || (logical && depth > 3))
            continue;
        used[index] = true;
        if (m_out.back() != '{')
            m_out += ", ";
        m_out += json ? "\"" + input.name + "\": " : input.name + ": ";
        const schema::NamedType *type = input.type.namedType();
        switch (input.entry) {
        case schema::WhereEntry::And:
        case schema::WhereEntry::Or: {
            const std::size_t items = shapeInt(4);
            m_out += '[';
            for (std::size_t j = 0; j < items; ++j) {
                if (j > 0)
                    m_out += ", ";
                where(whereInput, depth + 1, json);
            }
            m_out += ']';
            break;
        }
        case schema::WhereEntry::Not:
            where(whereInput, depth + 1, json);
            break;
        default:
            if (type->role == schema::TypeRole::WhereInput)
                where(*type, depth + 1, json);
            else
                filter(*type, json);
            break;
        }
    }
    m_out += '}';
}

void RandomQueryGenerator::orderBy(const schema::NamedType &orderByInput, int depth)
{
    const schema::InputValue &input = orderByInput.inputFields[shapeInt(orderByInput.inputFields.size())];
    m_out += '{' + input.name + ": ";
    if (input.type.namedType()->role == schema::TypeRole::OrderByInput && depth < 3)
        orderBy(*input.type.namedType(), depth + 1);
    else if (input.type.namedType()->role == schema::TypeRole::OrderByInput)
        m_out += "null";
    else
        m_out += pick(kDirections, shapeInt(6));
    m_out += '}';
}

RandomQuery RandomQueryGenerator::generate(std::uint64_t shapeSeed, std::uint64_t valueSeed, bool asVariable)
{
    m_shape.seed(shapeSeed);
    m_values.seed(valueSeed);
    std::vector<const schema::FieldDefinition *> lists;
    for (const schema::FieldDefinition &field : m_registry.queryType().fields) {
        if (field.role == schema::FieldRole::ListQuery)
            lists.push_back(&field);
    }
    const schema::FieldDefinition &root = *lists[shapeInt(lists.size())];
    const schema::NamedType &view = *root.view;
    RandomQuery result;
    std::string arguments;
    if (shapeInt(5) != 0) {
        m_out.clear();
        where(*view.whereInput, 0, asVariable);
        if (asVariable) {
            result.variables = "{\"w\":" + m_out + "}";
            arguments += "where: $w";
        } else {
            arguments += "where: " + m_out;
        }
    }
    if (view.orderByInput && shapeInt(3) == 0) {
        m_out.clear();
        const std::size_t count = 1 + shapeInt(3);
        if (count == 1 && shapeInt(2) == 0) {
            orderBy(*view.orderByInput, 0);
        } else {
            m_out += '[';
            for (std::size_t i = 0; i < count; ++i) {
                if (i > 0)
                    m_out += ", ";
                orderBy(*view.orderByInput, 0);
            }
            m_out += ']';
        }
        arguments += (arguments.empty() ? "" : ", ") + std::string("orderBy: ") + m_out;
    }
    if (shapeInt(3) == 0)
        arguments += (arguments.empty() ? "" : ", ") + std::string("limit: ") + std::to_string(valueInt(20));
    if (shapeInt(4) == 0)
        arguments += (arguments.empty() ? "" : ", ") + std::string("offset: ") + std::to_string(valueInt(5));
    std::string head = asVariable && !result.variables.empty()
        ? "query Q($w: " + view.whereInput->name + ") { "
        : std::string("{ ");
    result.query = head + root.name + (arguments.empty() ? "" : "(" + arguments + ")") + " { id } }";
    return result;
}

} // namespace graft::test
