#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace graft::values {

/// The kind of a JsonValue; Integer and Float follow Python's int / float split (CONTRACT §4.1).
enum class JsonKind : std::uint8_t { Null, Boolean, Integer, Float, String, Array, Object };

/// An immutable input value: a decoded variables JSON value (§4.1) or a GraphQL literal converted as
/// value_from_ast does. Numbers keep their token text. Integers are exact: within [-2^63, 2^64-1]
/// they also carry their value; beyond it (only from a GraphQL Int literal) only their token.
/// Objects keep member order. Children are owned; the tree is built bottom-up and never changes.
class JsonValue {
public:
    /// The null value.
    JsonValue() = default;

    /// true / false.
    static JsonValue boolean(bool value);
    /// An exact integer with no token (JSON text writes its decimal digits).
    static JsonValue integer(std::int64_t value);
    /// An exact integer in [0, 2^64-1] with no token.
    static JsonValue unsignedInteger(std::uint64_t value);
    /// A binary64 number with no token (JSON text writes its float text).
    static JsonValue floating(double value);
    /// A JSON number token (RFC 8259 grammar, not checked here) per §4.1: without `.`/`e`/`E` and in
    /// [-2^63, 2^64-1] an exact integer, else the correctly rounded binary64 (possibly infinite).
    static JsonValue jsonNumber(std::string_view token);
    /// A GraphQL Int literal token (Python int: exact, any length); JSON text writes it verbatim.
    static JsonValue intLiteral(std::string_view token);
    /// A GraphQL Float literal token (Python float: binary64, infinite beyond range); JSON text
    /// writes it verbatim.
    static JsonValue floatLiteral(std::string_view token);
    /// A string (UTF-8; may contain U+0000).
    static JsonValue string(std::string value);
    /// A list.
    static JsonValue array(std::vector<JsonValue> items);
    /// An object: keys[i] names values[i]; sizes must match; order kept; keys are not de-duplicated.
    static JsonValue object(std::vector<std::string> keys, std::vector<JsonValue> values);

    JsonKind kind() const { return m_kind; }
    bool isNull() const { return m_kind == JsonKind::Null; }
    bool isBoolean() const { return m_kind == JsonKind::Boolean; }
    bool isInteger() const { return m_kind == JsonKind::Integer; }
    bool isFloat() const { return m_kind == JsonKind::Float; }
    bool isNumber() const { return m_kind == JsonKind::Integer || m_kind == JsonKind::Float; }
    bool isString() const { return m_kind == JsonKind::String; }
    bool isArray() const { return m_kind == JsonKind::Array; }
    bool isObject() const { return m_kind == JsonKind::Object; }

    /// The value of a Boolean.
    bool booleanValue() const { return m_flag; }

    /// True for a number that came from a GraphQL literal (its token is its JSON text).
    bool fromLiteral() const { return m_literal; }
    /// The number's token as written; empty for numbers built from C++ values.
    std::string_view token() const { return isNumber() ? std::string_view(m_text) : std::string_view(); }
    /// True for an Integer below zero.
    bool isNegative() const { return m_kind == JsonKind::Integer && m_negative; }
    /// True for an Integer within [-2^63, 2^63-1].
    bool fitsInt64() const;
    /// True for an Integer within [0, 2^64-1].
    bool fitsUint64() const { return m_kind == JsonKind::Integer && !m_big && !m_negative; }
    /// The value of an Integer for which fitsInt64().
    std::int64_t int64Value() const;
    /// The value of an Integer for which fitsUint64().
    std::uint64_t uint64Value() const { return m_magnitude; }
    /// The decimal digits of an Integer's value, no `+`, no leading zeros (`-0` -> `0`).
    std::string integerText() const;
    /// A number as binary64: a Float's value, an Integer correctly rounded (Python float(int)).
    double numberValue() const;
    /// True for a finite Float or any Integer whose value is integral (Python graphql is_integer).
    bool isIntegral() const;

    /// The text of a String.
    const std::string &stringValue() const { return m_text; }

    /// Items of an Array, or member values of an Object.
    const std::vector<JsonValue> &items() const { return m_items; }
    /// Member names of an Object, parallel to items().
    const std::vector<std::string> &keys() const { return m_keys; }
    /// Number of items or members (0 for scalars).
    std::size_t size() const { return m_items.size(); }
    /// Item or member value `i`.
    const JsonValue &at(std::size_t i) const { return m_items[i]; }
    /// Member name `i` of an Object.
    const std::string &keyAt(std::size_t i) const { return m_keys[i]; }
    /// The value of the first member named `key`, or nullptr.
    const JsonValue *find(std::string_view key) const;

    /// Structural equality: kind, value (numbers by kind and value, not token), order, literal-ness.
    friend bool operator==(const JsonValue &a, const JsonValue &b);

private:
    JsonKind m_kind = JsonKind::Null;
    bool m_flag = false;     // Boolean value
    bool m_negative = false; // Integer sign
    bool m_big = false;      // Integer beyond [-2^63, 2^64-1]; value only in m_text
    bool m_literal = false;  // number from a GraphQL literal
    std::uint64_t m_magnitude = 0;
    double m_float = 0;
    std::string m_text; // String value or number token
    std::vector<std::string> m_keys;
    std::vector<JsonValue> m_items;
};

} // namespace graft::values
