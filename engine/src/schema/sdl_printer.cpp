#include "schema/sdl_printer.h"

namespace graft::schema {

namespace {

std::string printInputValue(const InputValue &value)
{
    std::string text = value.name + ": " + value.type.toString();
    if (value.defaultValue)
        text += " = " + *value.defaultValue;
    return text;
}

std::string printBlock(const std::vector<std::string> &items)
{
    if (items.empty())
        return {};
    std::string text = " {\n";
    for (std::size_t i = 0; i < items.size(); ++i) {
        if (i > 0)
            text += '\n';
        text += items[i];
    }
    return text + "\n}";
}

std::string printType(const NamedType &type)
{
    std::vector<std::string> items;
    switch (type.kind) {
    case NamedTypeKind::Scalar:
        return "scalar " + type.name;
    case NamedTypeKind::Object:
        for (const FieldDefinition &field : type.fields) {
            std::string line = "  " + field.name;
            if (!field.arguments.empty()) {
                line += '(';
                for (std::size_t i = 0; i < field.arguments.size(); ++i)
                    line += (i > 0 ? ", " : "") + printInputValue(field.arguments[i]);
                line += ')';
            }
            items.push_back(line + ": " + field.type.toString());
        }
        return "type " + type.name + printBlock(items);
    case NamedTypeKind::Enum:
        for (const EnumValue &value : type.enumValues)
            items.push_back("  " + value.name);
        return "enum " + type.name + printBlock(items);
    case NamedTypeKind::InputObject:
        for (const InputValue &field : type.inputFields)
            items.push_back("  " + printInputValue(field));
        return "input " + type.name + printBlock(items);
    }
    return {};
}

} // namespace

std::string printSchemaSdl(const SchemaRegistry &registry)
{
    std::string text;
    for (const NamedType *type : registry.types()) {
        const bool builtInScalar = type->role == TypeRole::Scalar && scalarInfo(*type->scalar).builtIn;
        const bool introspection = type->name.rfind("__", 0) == 0;
        if (builtInScalar || introspection)
            continue;
        if (!text.empty())
            text += "\n\n";
        text += printType(*type);
    }
    return text;
}

} // namespace graft::schema
