#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace graft::values {

class JsonValue;

/// Appends `text` escaped as JSON string content per CONTRACT §7.3, without quotes: `"` `\` and
/// `\b \f \n \r \t`, other U+0000-U+001F as `\u00xx` (lower-case hex), every other byte raw.
void appendJsonEscaped(std::string &out, std::string_view text);

/// Appends `text` as a JSON string (quotes and §7.3 escaping).
void appendJsonString(std::string &out, std::string_view text);

/// Appends the JSON text of `value` (§4.5): compact, member order kept; literal number tokens
/// verbatim, exact integers as digits, other numbers as float text. Non-finite floats (only from
/// a GraphQL Float literal or floating()) are the caller's to reject first.
void appendJsonText(std::string &out, const JsonValue &value);

/// The JSON text of `value`; see appendJsonText().
std::string jsonText(const JsonValue &value);

/// A compact JSON builder appending to a caller's string: commas and colons are placed for the
/// caller, strings are escaped per §7.3. The caller keeps the calls well nested.
class JsonWriter {
public:
    /// Writes into `out`, after what it already holds.
    explicit JsonWriter(std::string &out) : m_out(out) {}

    void startObject() { open('{'); }
    void endObject() { close('}'); }
    void startArray() { open('['); }
    void endArray() { close(']'); }
    /// The next member's name; its value follows.
    void key(std::string_view name);
    /// A string value.
    void string(std::string_view text);
    /// A value already in JSON form (a number token, a verbatim document), written as it is.
    void raw(std::string_view json);
    void boolean(bool value) { raw(value ? std::string_view("true") : std::string_view("false")); }
    void null() { raw("null"); }
    /// An integer in decimal.
    void integer(std::int64_t value);
    /// A finite binary64 as its float text (§4.4).
    void number(double value);
    /// A JsonValue as its JSON text (§4.5).
    void value(const JsonValue &value);

private:
    void separate()
    {
        if (m_needComma)
            m_out += ',';
    }
    void open(char bracket)
    {
        separate();
        m_out += bracket;
        m_needComma = false;
    }
    void close(char bracket)
    {
        m_out += bracket;
        m_needComma = true;
    }

    std::string &m_out;
    bool m_needComma = false;
};

} // namespace graft::values
