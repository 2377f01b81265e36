#include "values/json_value.h"

#include "values/float_text.h"

#include <cmath>
#include <limits>

namespace graft::values {

namespace {

constexpr std::uint64_t kInt64MinMagnitude = std::uint64_t(1) << 63;

// Parses `-?digits` into sign and magnitude; false when the magnitude exceeds 2^64-1.
bool parseIntegerToken(std::string_view token, bool &negative, std::uint64_t &magnitude)
{
    std::size_t i = 0;
    negative = !token.empty() && token[0] == '-';
    if (negative)
        ++i;
    std::uint64_t value = 0;
    for (; i < token.size(); ++i) {
        const auto digit = static_cast<std::uint64_t>(token[i] - '0');
        if (value > (std::numeric_limits<std::uint64_t>::max() - digit) / 10)
            return false;
        value = value * 10 + digit;
    }
    magnitude = value;
    if (value == 0)
        negative = false;
    return true;
}

bool hasFractionOrExponent(std::string_view token)
{
    return token.find_first_of(".eE") != std::string_view::npos;
}

} // namespace

JsonValue JsonValue::boolean(bool value)
{
    JsonValue v;
    v.m_kind = JsonKind::Boolean;
    v.m_flag = value;
    return v;
}

JsonValue JsonValue::integer(std::int64_t value)
{
    JsonValue v;
    v.m_kind = JsonKind::Integer;
    v.m_negative = value < 0;
    v.m_magnitude = value < 0 ? std::uint64_t(0) - static_cast<std::uint64_t>(value) : static_cast<std::uint64_t>(value);
    return v;
}

JsonValue JsonValue::unsignedInteger(std::uint64_t value)
{
    JsonValue v;
    v.m_kind = JsonKind::Integer;
    v.m_magnitude = value;
    return v;
}

JsonValue JsonValue::floating(double value)
{
    JsonValue v;
    v.m_kind = JsonKind::Float;
    v.m_float = value;
    return v;
}

JsonValue JsonValue::jsonNumber(std::string_view token)
{
    JsonValue v;
    v.m_text = std::string(token);
    bool negative = false;
    std::uint64_t magnitude = 0;
    if (!hasFractionOrExponent(token) && parseIntegerToken(token, negative, magnitude) &&
        (!negative || magnitude <= kInt64MinMagnitude)) {
        v.m_kind = JsonKind::Integer;
        v.m_negative = negative;
        v.m_magnitude = magnitude;
        return v;
    }
    v.m_kind = JsonKind::Float;
    v.m_float = parseFloatToken(token);
    return v;
}

JsonValue JsonValue::intLiteral(std::string_view token)
{
    JsonValue v;
    v.m_kind = JsonKind::Integer;
    v.m_literal = true;
    v.m_text = std::string(token);
    bool negative = false;
    std::uint64_t magnitude = 0;
    if (parseIntegerToken(token, negative, magnitude) && (!negative || magnitude <= kInt64MinMagnitude)) {
        v.m_negative = negative;
        v.m_magnitude = magnitude;
    } else {
        v.m_big = true;
        v.m_negative = negative;
    }
    return v;
}

JsonValue JsonValue::floatLiteral(std::string_view token)
{
    JsonValue v;
    v.m_kind = JsonKind::Float;
    v.m_literal = true;
    v.m_text = std::string(token);
    v.m_float = parseFloatToken(token);
    return v;
}

JsonValue JsonValue::string(std::string value)
{
    JsonValue v;
    v.m_kind = JsonKind::String;
    v.m_text = std::move(value);
    return v;
}

JsonValue JsonValue::array(std::vector<JsonValue> items)
{
    JsonValue v;
    v.m_kind = JsonKind::Array;
    v.m_items = std::move(items);
    return v;
}

JsonValue JsonValue::object(std::vector<std::string> keys, std::vector<JsonValue> values)
{
    JsonValue v;
    v.m_kind = JsonKind::Object;
    v.m_keys = std::move(keys);
    v.m_items = std::move(values);
    return v;
}

bool JsonValue::fitsInt64() const
{
    if (m_kind != JsonKind::Integer || m_big)
        return false;
    return m_negative ? m_magnitude <= kInt64MinMagnitude : m_magnitude < kInt64MinMagnitude;
}

std::int64_t JsonValue::int64Value() const
{
    if (m_negative)
        return m_magnitude == kInt64MinMagnitude ? std::numeric_limits<std::int64_t>::min()
                                                 : -static_cast<std::int64_t>(m_magnitude);
    return static_cast<std::int64_t>(m_magnitude);
}

std::string JsonValue::integerText() const
{
    if (m_big)
        return m_text; // a GraphQL Int token beyond 64 bits: no sign of zero, no leading zeros
    std::string out = m_negative ? "-" : "";
    out += std::to_string(m_magnitude);
    return out;
}

double JsonValue::numberValue() const
{
    if (m_kind == JsonKind::Float)
        return m_float;
    if (m_kind != JsonKind::Integer)
        return 0;
    if (m_big)
        return parseFloatToken(m_text);
    // Integer to binary64 conversion rounds to nearest, ties to even, like Python's float(int).
    const auto magnitude = static_cast<double>(m_magnitude);
    return m_negative ? -magnitude : magnitude;
}

bool JsonValue::isIntegral() const
{
    if (m_kind == JsonKind::Integer)
        return true;
    return m_kind == JsonKind::Float && std::isfinite(m_float) && std::trunc(m_float) == m_float;
}

const JsonValue *JsonValue::find(std::string_view key) const
{
    for (std::size_t i = 0; i < m_keys.size(); ++i) {
        if (m_keys[i] == key)
            return &m_items[i];
    }
    return nullptr;
}

bool operator==(const JsonValue &a, const JsonValue &b)
{
    if (a.m_kind != b.m_kind || a.m_literal != b.m_literal)
        return false;
    switch (a.m_kind) {
    case JsonKind::Null:
        return true;
    case JsonKind::Boolean:
        return a.m_flag == b.m_flag;
    case JsonKind::Integer:
        return a.integerText() == b.integerText();
    case JsonKind::Float:
        return a.m_float == b.m_float || (std::isnan(a.m_float) && std::isnan(b.m_float));
    case JsonKind::String:
        return a.m_text == b.m_text;
    case JsonKind::Array:
    case JsonKind::Object:
        return a.m_keys == b.m_keys && a.m_items == b.m_items;
    }
    return false;
}

} // namespace graft::values
