#include "schema_validator.h"

#include <algorithm>
#include <cstdlib>

namespace graft::harness::test {

namespace {

bool hasType(const JsonValue& v, const std::string& type)
{
    using T = JsonValue::Type;
    if (type == "integer")
        return v.type == T::Number && v.text.find_first_of(".eE") == std::string::npos;
    return (type == "null" && v.type == T::Null) || (type == "boolean" && v.type == T::Boolean)
           || (type == "number" && v.type == T::Number) || (type == "string" && v.type == T::String)
           || (type == "array" && v.type == T::Array) || (type == "object" && v.type == T::Object);
}

} // namespace

std::vector<std::string> SchemaValidator::validate(const JsonValue& instance) const
{
    std::vector<std::string> out;
    check(m_schema, instance, "", out);
    return out;
}

const JsonValue* SchemaValidator::resolve(const std::string& ref) const
{
    const std::string prefix = "#/$defs/";
    if (ref.compare(0, prefix.size(), prefix) != 0)
        return nullptr;
    const JsonValue* defs = m_schema.member("$defs");
    return defs ? defs->member(ref.substr(prefix.size())) : nullptr;
}

void SchemaValidator::check(const JsonValue& schema, const JsonValue& v, const std::string& at, std::vector<std::string>& out) const
{
    static const std::vector<std::string> kKnown{"$schema", "$id", "title", "$defs", "$ref", "type", "enum", "properties",
                                                 "required", "additionalProperties", "items", "minimum", "oneOf"};
    for (const auto& [keyword, ignored] : schema.members) {
        if (std::find(kKnown.begin(), kKnown.end(), keyword) == kKnown.end())
            out.push_back(at + ": schema uses unsupported keyword " + keyword);
    }
    if (const JsonValue* ref = schema.member("$ref")) {
        const JsonValue* target = resolve(ref->text);
        if (!target)
            out.push_back(at + ": unresolvable $ref " + ref->text);
        else
            check(*target, v, at, out);
    }
    if (const JsonValue* type = schema.member("type")) {
        bool ok = false;
        if (type->type == JsonValue::Type::String)
            ok = hasType(v, type->text);
        for (const JsonValue& t : type->items)
            ok = ok || hasType(v, t.text);
        if (!ok) {
            out.push_back(at + ": wrong type (" + jsonTypeName(v.type) + ")");
            return;
        }
    }
    if (const JsonValue* options = schema.member("enum")) {
        const std::string text = writeJson(v);
        if (std::none_of(options->items.begin(), options->items.end(), [&](const JsonValue& o) { return writeJson(o) == text; }))
            out.push_back(at + ": " + text + " is not one of the enum values");
    }
    if (const JsonValue* minimum = schema.member("minimum"); minimum && v.type == JsonValue::Type::Number) {
        if (std::strtod(v.text.c_str(), nullptr) < std::strtod(minimum->text.c_str(), nullptr))
            out.push_back(at + ": " + v.text + " is below the minimum " + minimum->text);
    }
    if (const JsonValue* oneOf = schema.member("oneOf")) {
        int matches = 0;
        for (const JsonValue& option : oneOf->items) {
            std::vector<std::string> errors;
            check(option, v, at, errors);
            matches += errors.empty() ? 1 : 0;
        }
        if (matches != 1)
            out.push_back(at + ": matches " + std::to_string(matches) + " oneOf branches");
    }
    if (v.type == JsonValue::Type::Object) {
        if (const JsonValue* required = schema.member("required")) {
            for (const JsonValue& name : required->items) {
                if (!v.member(name.text))
                    out.push_back(at + ": missing required member " + name.text);
            }
        }
        const JsonValue* properties = schema.member("properties");
        const JsonValue* additional = schema.member("additionalProperties");
        for (const auto& [key, member] : v.members) {
            const JsonValue* sub = properties ? properties->member(key) : nullptr;
            if (sub) {
                check(*sub, member, at + "/" + key, out);
            } else if (additional && additional->type == JsonValue::Type::Boolean && !additional->boolean) {
                out.push_back(at + ": member " + key + " is not allowed");
            } else if (additional && additional->type == JsonValue::Type::Object) {
                check(*additional, member, at + "/" + key, out);
            }
        }
    }
    if (v.type == JsonValue::Type::Array) {
        if (const JsonValue* items = schema.member("items")) {
            for (std::size_t i = 0; i < v.items.size(); ++i)
                check(*items, v.items[i], at + "/" + std::to_string(i), out);
        }
    }
}

} // namespace graft::harness::test
