#include "validate/rules/scalar_literals.h"

#include "syntax/printer.h"
#include "values/scalar_format.h"

#include <string_view>

namespace graft::validate {

namespace {

using schema::ScalarId;
using syntax::ValueKind;

/// True when the Int literal `text` (`-?digits`, no leading zeros) lies in the 32-bit range.
bool inInt32Range(std::string_view text)
{
    const bool negative = !text.empty() && text.front() == '-';
    if (negative)
        text.remove_prefix(1);
    const std::string_view limit = negative ? "2147483648" : "2147483647";
    if (text.size() != limit.size())
        return text.size() < limit.size();
    return text <= limit;
}

bool hasNul(std::string_view text)
{
    return text.find('\0') != std::string_view::npos;
}

/// U+0000 in the literal's own strings, lists and objects included (variables are not looked into).
bool literalHasNul(const syntax::Value &literal)
{
    switch (literal.kind) {
    case ValueKind::String:
        return hasNul(literal.text);
    case ValueKind::List:
        for (const syntax::Value *item : literal.items) {
            if (literalHasNul(*item))
                return true;
        }
        return false;
    case ValueKind::Object:
        for (const syntax::ObjectField &field : literal.fields) {
            if (literalHasNul(*field.value))
                return true;
        }
        return false;
    default:
        return false;
    }
}

/// The predefined string scalars: a String literal without U+0000 that the format accepts.
bool acceptsString(ScalarId scalar, std::string_view text)
{
    if (hasNul(text))
        return false;
    switch (scalar) {
    case ScalarId::UUID: return values::isUuid(text);
    case ScalarId::Date: return values::isDate(text);
    case ScalarId::DateTime: return values::normalizeDateTime(text).has_value();
    case ScalarId::IpAddress: return values::isIpAddress(text);
    case ScalarId::MacAddress: return values::isMacAddress(text);
    case ScalarId::LTree: return values::isLTree(text);
    case ScalarId::DateRange: return values::isDateRange(text);
    default: return false;
    }
}

std::string withLiteral(std::string message, const syntax::Value &literal)
{
    syntax::printValue(literal, message);
    return message;
}

} // namespace

std::optional<std::string> scalarLiteralError(ScalarId scalar, const syntax::Value &literal)
{
    const ValueKind kind = literal.kind;
    switch (scalar) {
    case ScalarId::Int:
        if (kind != ValueKind::Int)
            return withLiteral("Int cannot represent non-integer value: ", literal);
        if (!inInt32Range(literal.text))
            return withLiteral("Int cannot represent non 32-bit signed integer value: ", literal);
        return std::nullopt;
    case ScalarId::Float:
        if (kind != ValueKind::Int && kind != ValueKind::Float)
            return withLiteral("Float cannot represent non numeric value: ", literal);
        return std::nullopt;
    case ScalarId::String:
        if (kind != ValueKind::String)
            return withLiteral("String cannot represent a non string value: ", literal);
        return std::nullopt;
    case ScalarId::Boolean:
        if (kind != ValueKind::Boolean)
            return withLiteral("Boolean cannot represent a non boolean value: ", literal);
        return std::nullopt;
    case ScalarId::ID:
        if (kind != ValueKind::String && kind != ValueKind::Int)
            return withLiteral("ID cannot represent a non-string and non-integer value: ", literal);
        return std::nullopt;
    case ScalarId::Decimal:
        if (kind == ValueKind::Int || kind == ValueKind::Float ||
            (kind == ValueKind::String && values::isDecimalNumber(literal.text)))
            return std::nullopt;
        return withLiteral("Decimal cannot represent value: ", literal);
    case ScalarId::JSON:
        if (literalHasNul(literal))
            return withLiteral("JSON cannot represent value: ", literal);
        return std::nullopt;
    case ScalarId::UUID:
    case ScalarId::Date:
    case ScalarId::DateTime:
    case ScalarId::IpAddress:
    case ScalarId::MacAddress:
    case ScalarId::LTree:
    case ScalarId::DateRange:
        if (kind == ValueKind::String && acceptsString(scalar, literal.text))
            return std::nullopt;
        return withLiteral(std::string(schema::scalarInfo(scalar).name) + " cannot represent value: ", literal);
    }
    return std::nullopt;
}

} // namespace graft::validate
