#include "values/scalar_value.h"

#include "values/float_text.h"
#include "values/json_writer.h"
#include "values/scalar_format.h"

#include <cmath>

namespace graft::values {

namespace {

using schema::ScalarId;

constexpr double kIntMin = -2147483648.0;
constexpr double kIntMax = 2147483647.0;

bool hasNul(std::string_view text)
{
    return text.find('\0') != std::string_view::npos;
}

// An Int value: an Integer, or a JSON (not literal) Float with an integral value; in 32-bit range.
bool isInt32(const JsonValue &value)
{
    if (value.isInteger())
        return value.fitsInt64() && value.int64Value() >= -2147483648LL && value.int64Value() <= 2147483647LL;
    if (value.isFloat() && !value.fromLiteral() && value.isIntegral())
        return value.numberValue() >= kIntMin && value.numberValue() <= kIntMax;
    return false;
}

// A string-format scalar's rule on a string without U+0000.
bool acceptsText(ScalarId scalar, std::string_view text)
{
    switch (scalar) {
    case ScalarId::UUID:
        return isUuid(text);
    case ScalarId::Date:
        return isDate(text);
    case ScalarId::DateTime:
        return normalizeDateTime(text).has_value();
    case ScalarId::IpAddress:
        return isIpAddress(text);
    case ScalarId::MacAddress:
        return isMacAddress(text);
    case ScalarId::LTree:
        return isLTree(text);
    case ScalarId::DateRange:
        return isDateRange(text);
    default:
        return false;
    }
}

bool containsNonFinite(const JsonValue &value)
{
    if (value.isFloat())
        return !std::isfinite(value.numberValue());
    for (const JsonValue &item : value.items()) {
        if (containsNonFinite(item))
            return true;
    }
    return false;
}

} // namespace

bool containsNul(const JsonValue &value)
{
    if (value.isString())
        return hasNul(value.stringValue());
    for (const std::string &key : value.keys()) {
        if (hasNul(key))
            return true;
    }
    for (const JsonValue &item : value.items()) {
        if (containsNul(item))
            return true;
    }
    return false;
}

bool acceptsValue(ScalarId scalar, const JsonValue &value)
{
    switch (scalar) {
    case ScalarId::ID:
        return value.isString() || value.isInteger() || (value.isFloat() && !value.fromLiteral() && value.isIntegral());
    case ScalarId::String:
        return value.isString();
    case ScalarId::Int:
        return isInt32(value);
    case ScalarId::Float:
        return value.isInteger() || (value.isFloat() && (value.fromLiteral() || std::isfinite(value.numberValue())));
    case ScalarId::Boolean:
        return value.isBoolean();
    case ScalarId::Decimal:
        return value.isNumber() || (value.isString() && isDecimalNumber(value.stringValue()));
    case ScalarId::JSON:
        return !containsNul(value);
    case ScalarId::UUID:
    case ScalarId::Date:
    case ScalarId::DateTime:
    case ScalarId::IpAddress:
    case ScalarId::MacAddress:
    case ScalarId::LTree:
    case ScalarId::DateRange:
        return value.isString() && !hasNul(value.stringValue()) && acceptsText(scalar, value.stringValue());
    }
    return false;
}

ParameterStatus appendParameterText(std::string &out, ScalarId scalar, const JsonValue &value)
{
    // JSON's value checks run on the whole value, U+0000 first (the legacy path's order).
    if (scalar == ScalarId::JSON) {
        if (containsNul(value))
            return ParameterStatus::ContainsNul;
        if (containsNonFinite(value))
            return ParameterStatus::NonFinite;
        appendJsonText(out, value);
        return ParameterStatus::Ok;
    }
    if (!acceptsValue(scalar, value))
        return ParameterStatus::Invalid;
    switch (scalar) {
    case ScalarId::ID:
        if (value.isString()) {
            if (hasNul(value.stringValue()))
                return ParameterStatus::ContainsNul;
            out += value.stringValue();
        } else if (value.isInteger()) {
            if (value.fromLiteral())
                out += value.token();
            else
                out += value.integerText();
        } else {
            out += integralDigits(value.numberValue());
        }
        return ParameterStatus::Ok;
    case ScalarId::String:
        if (hasNul(value.stringValue()))
            return ParameterStatus::ContainsNul;
        out += value.stringValue();
        return ParameterStatus::Ok;
    case ScalarId::Int:
        out += value.isInteger() ? value.integerText() : integralDigits(value.numberValue());
        return ParameterStatus::Ok;
    case ScalarId::Float: {
        const double number = value.numberValue();
        if (!std::isfinite(number))
            return ParameterStatus::NonFinite;
        appendFloatText(out, number);
        return ParameterStatus::Ok;
    }
    case ScalarId::Decimal:
        if (value.isString())
            out += value.stringValue();
        else if (value.fromLiteral())
            out += value.token();
        else if (value.isInteger())
            out += value.integerText();
        else
            appendFloatText(out, value.numberValue());
        return ParameterStatus::Ok;
    case ScalarId::Boolean:
        out += value.booleanValue() ? "true" : "false";
        return ParameterStatus::Ok;
    case ScalarId::UUID:
        out += asciiLower(value.stringValue());
        return ParameterStatus::Ok;
    case ScalarId::DateTime:
        out += *normalizeDateTime(value.stringValue());
        return ParameterStatus::Ok;
    case ScalarId::Date:
    case ScalarId::IpAddress:
    case ScalarId::MacAddress:
    case ScalarId::LTree:
    case ScalarId::DateRange:
        out += value.stringValue();
        return ParameterStatus::Ok;
    case ScalarId::JSON:
        break;
    }
    return ParameterStatus::Invalid;
}

} // namespace graft::values
