#include "json_value.h"

#include <algorithm>

#include <rapidjson/error/en.h>
#include <rapidjson/memorystream.h>
#include <rapidjson/reader.h>

namespace graft::harness {

namespace {

/// Decoded UTF-8 holding a surrogate code point (U+D800..U+DFFF: ED A0..BF xx) came from a lone
/// \u escape (RapidJSON 1.1 encodes a lone low surrogate instead of failing).
bool holdsSurrogate(const char* text, std::size_t length)
{
    for (std::size_t i = 0; i + 1 < length; ++i) {
        if (static_cast<unsigned char>(text[i]) == 0xED && static_cast<unsigned char>(text[i + 1]) >= 0xA0)
            return true;
    }
    return false;
}

/// SAX handler building a JsonValue with an explicit stack (no recursion on deep input).
class TreeBuilder : public rapidjson::BaseReaderHandler<rapidjson::UTF8<>, TreeBuilder> {
public:
    bool Null() { return add(JsonValue{}); }
    bool Bool(bool b)
    {
        JsonValue v;
        v.type = JsonValue::Type::Boolean;
        v.boolean = b;
        return add(std::move(v));
    }
    bool RawNumber(const char* text, rapidjson::SizeType length, bool)
    {
        JsonValue v;
        v.type = JsonValue::Type::Number;
        v.text.assign(text, length);
        return add(std::move(v));
    }
    bool String(const char* text, rapidjson::SizeType length, bool)
    {
        if (holdsSurrogate(text, length))
            return fail("unpaired surrogate escape");
        JsonValue v;
        v.type = JsonValue::Type::String;
        v.text.assign(text, length);
        return add(std::move(v));
    }
    bool Key(const char* text, rapidjson::SizeType length, bool)
    {
        if (holdsSurrogate(text, length))
            return fail("unpaired surrogate escape");
        m_keys.emplace_back(text, length);
        return true;
    }
    bool StartObject() { return open(JsonValue::Type::Object); }
    bool EndObject(rapidjson::SizeType) { return close(); }
    bool StartArray() { return open(JsonValue::Type::Array); }
    bool EndArray(rapidjson::SizeType) { return close(); }

    JsonValue takeRoot() { return std::move(m_root); }
    const std::string& failure() const { return m_failure; }

private:
    bool fail(const char* why)
    {
        m_failure = why;
        return false;
    }
    bool open(JsonValue::Type type)
    {
        if (m_stack.size() >= static_cast<std::size_t>(kMaxJsonDepth))
            return fail("nesting too deep");
        JsonValue v;
        v.type = type;
        m_stack.push_back(std::move(v));
        return true;
    }
    bool close()
    {
        JsonValue done = std::move(m_stack.back());
        m_stack.pop_back();
        return add(std::move(done));
    }
    bool add(JsonValue v)
    {
        if (m_stack.empty()) {
            m_root = std::move(v);
            return true;
        }
        JsonValue& parent = m_stack.back();
        if (parent.type == JsonValue::Type::Array) {
            parent.items.push_back(std::move(v));
        } else {
            parent.members.emplace_back(std::move(m_keys.back()), std::move(v));
            m_keys.pop_back();
        }
        return true;
    }

    std::vector<JsonValue> m_stack;
    std::vector<std::string> m_keys;
    JsonValue m_root;
    std::string m_failure;
};

void appendEscaped(std::string& out, std::string_view text)
{
    static const char* const kHex = "0123456789abcdef";
    out += '"';
    for (const char c : text) {
        const auto u = static_cast<unsigned char>(c);
        switch (c) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\b': out += "\\b"; break;
        case '\f': out += "\\f"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        case '\t': out += "\\t"; break;
        default:
            if (u < 0x20) {
                out += "\\u00";
                out += kHex[u >> 4];
                out += kHex[u & 0xF];
            } else {
                out += c;
            }
        }
    }
    out += '"';
}

void write(std::string& out, const JsonValue& value, bool canonical)
{
    switch (value.type) {
    case JsonValue::Type::Null: out += "null"; return;
    case JsonValue::Type::Boolean: out += value.boolean ? "true" : "false"; return;
    case JsonValue::Type::Number: out += value.text; return;
    case JsonValue::Type::String: appendEscaped(out, value.text); return;
    case JsonValue::Type::Array:
        out += '[';
        for (std::size_t i = 0; i < value.items.size(); ++i) {
            if (i)
                out += ',';
            write(out, value.items[i], canonical);
        }
        out += ']';
        return;
    case JsonValue::Type::Object: {
        std::vector<const std::pair<std::string, JsonValue>*> order;
        order.reserve(value.members.size());
        for (const auto& m : value.members)
            order.push_back(&m);
        if (canonical)
            std::stable_sort(order.begin(), order.end(), [](auto* a, auto* b) { return a->first < b->first; });
        out += '{';
        for (std::size_t i = 0; i < order.size(); ++i) {
            if (i)
                out += ',';
            appendEscaped(out, order[i]->first);
            out += ':';
            write(out, order[i]->second, canonical);
        }
        out += '}';
        return;
    }
    }
}

} // namespace

const JsonValue* JsonValue::member(std::string_view key) const
{
    for (const auto& [name, value] : members) {
        if (name == key)
            return &value;
    }
    return nullptr;
}

JsonParseResult parseJson(std::string_view text)
{
    constexpr unsigned kFlags = rapidjson::kParseIterativeFlag | rapidjson::kParseNumbersAsStringsFlag
                                | rapidjson::kParseValidateEncodingFlag;
    rapidjson::MemoryStream stream(text.data(), text.size());
    TreeBuilder builder;
    rapidjson::Reader reader;
    const rapidjson::ParseResult ok = reader.Parse<kFlags>(stream, builder);
    JsonParseResult result;
    if (ok.IsError()) {
        result.error = builder.failure().empty() ? rapidjson::GetParseError_En(ok.Code()) : builder.failure();
        result.offset = ok.Offset();
        return result;
    }
    result.value = builder.takeRoot();
    return result;
}

std::string writeJson(const JsonValue& value)
{
    std::string out;
    write(out, value, false);
    return out;
}

std::string canonicalJson(const JsonValue& value)
{
    std::string out;
    write(out, value, true);
    return out;
}

std::string quoteJson(std::string_view text)
{
    std::string out;
    appendEscaped(out, text);
    return out;
}

const char* jsonTypeName(JsonValue::Type type)
{
    switch (type) {
    case JsonValue::Type::Null: return "null";
    case JsonValue::Type::Boolean: return "boolean";
    case JsonValue::Type::Number: return "number";
    case JsonValue::Type::String: return "string";
    case JsonValue::Type::Array: return "array";
    case JsonValue::Type::Object: return "object";
    }
    return "null";
}

} // namespace graft::harness
