#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace graft::harness {

/// A JSON value as the comparison needs it: member order kept, numbers kept as their token text.
struct JsonValue {
    enum class Type { Null, Boolean, Number, String, Array, Object };

    Type type = Type::Null;
    bool boolean = false;
    std::string text;  ///< a number's token, or a string's decoded UTF-8
    std::vector<JsonValue> items;
    std::vector<std::pair<std::string, JsonValue>> members;

    /// The member named `key`, or nullptr (first one if the text had duplicates).
    const JsonValue* member(std::string_view key) const;
};

/// The outcome of parsing one JSON text.
struct JsonParseResult {
    std::optional<JsonValue> value;
    std::string error;       ///< empty on success
    std::size_t offset = 0;  ///< byte offset of the error
};

/// Parses strict JSON (RFC 8259): valid UTF-8, no unpaired surrogate escapes, nesting ≤ kMaxJsonDepth.
JsonParseResult parseJson(std::string_view text);

/// Deepest nesting parseJson accepts; deeper texts are rejected, never recursed into.
inline constexpr int kMaxJsonDepth = 1000;

/// Compact JSON text (CONTRACT §7.3 escaping), member order and number tokens as held.
std::string writeJson(const JsonValue& value);

/// Canonical text for multiset matching: compact, object keys sorted by bytes, numbers by token.
std::string canonicalJson(const JsonValue& value);

/// `text` as a JSON string literal (§7.3 escaping), quotes included.
std::string quoteJson(std::string_view text);

/// The type's name as reports show it: null, boolean, number, string, array, object.
const char* jsonTypeName(JsonValue::Type type);

} // namespace graft::harness
