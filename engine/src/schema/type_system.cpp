#include "schema/type_system.h"

#include <algorithm>
#include <array>

namespace graft::schema {

namespace {

struct LocationNames {
    std::string_view name;
    std::string_view words;
};

constexpr std::array<LocationNames, kDirectiveLocationCount> kLocationNames = {{
    {"QUERY", "query"},
    {"MUTATION", "mutation"},
    {"SUBSCRIPTION", "subscription"},
    {"FIELD", "field"},
    {"FRAGMENT_DEFINITION", "fragment definition"},
    {"FRAGMENT_SPREAD", "fragment spread"},
    {"INLINE_FRAGMENT", "inline fragment"},
    {"VARIABLE_DEFINITION", "variable definition"},
    {"SCHEMA", "schema"},
    {"SCALAR", "scalar"},
    {"OBJECT", "object"},
    {"FIELD_DEFINITION", "field definition"},
    {"ARGUMENT_DEFINITION", "argument definition"},
    {"INTERFACE", "interface"},
    {"UNION", "union"},
    {"ENUM", "enum"},
    {"ENUM_VALUE", "enum value"},
    {"INPUT_OBJECT", "input object"},
    {"INPUT_FIELD_DEFINITION", "input field definition"},
}};

template <typename T>
const T *findByName(const std::vector<T> &items, std::string_view name)
{
    auto it = std::find_if(items.begin(), items.end(), [name](const T &item) { return item.name == name; });
    return it == items.end() ? nullptr : &*it;
}

// The slot where inputFieldSlots' probe for `name` starts: a mix of its length and its first and
// last bytes, enough to tell the generated filter inputs' names apart.
std::size_t slotHash(std::string_view name)
{
    if (name.empty())
        return 0;
    return name.size() * 31u + static_cast<unsigned char>(name.front()) * 7u + static_cast<unsigned char>(name.back());
}

} // namespace

std::string_view typeKindName(NamedTypeKind kind)
{
    switch (kind) {
    case NamedTypeKind::Scalar:
        return "SCALAR";
    case NamedTypeKind::Object:
        return "OBJECT";
    case NamedTypeKind::Enum:
        return "ENUM";
    case NamedTypeKind::InputObject:
        return "INPUT_OBJECT";
    }
    return "SCALAR";
}

std::string_view directiveLocationName(DirectiveLocation location)
{
    return kLocationNames[static_cast<std::size_t>(location)].name;
}

std::string_view directiveLocationWords(DirectiveLocation location)
{
    return kLocationNames[static_cast<std::size_t>(location)].words;
}

const InputValue *FieldDefinition::argument(std::string_view argName) const
{
    return findByName(arguments, argName);
}

const FieldDefinition *NamedType::field(std::string_view fieldName) const
{
    return findByName(fields, fieldName);
}

int NamedType::fieldIndex(std::string_view fieldName) const
{
    for (std::size_t i = 0; i < fields.size(); ++i) {
        if (fields[i].name == fieldName)
            return static_cast<int>(i);
    }
    return -1;
}

const InputValue *NamedType::inputField(std::string_view fieldName) const
{
    if (inputFieldSlots.empty() || indexedInputFields != inputFields.size())
        return findByName(inputFields, fieldName);
    const std::size_t mask = inputFieldSlots.size() - 1;
    for (std::size_t slot = slotHash(fieldName) & mask;; slot = (slot + 1) & mask) {
        const std::uint16_t entry = inputFieldSlots[slot];
        if (entry == 0)
            return nullptr;
        const InputValue &field = inputFields[entry - 1u];
        if (field.name == fieldName)
            return &field;
    }
}

void NamedType::indexInputFields()
{
    inputFieldSlots.clear();
    indexedInputFields = 0;
    if (inputFields.empty() || inputFields.size() >= 0x8000)
        return; // nothing to index, or too many for the table's entries: inputField() scans
    std::size_t size = 4;
    while (size < 2 * inputFields.size())
        size *= 2;
    inputFieldSlots.assign(size, 0);
    indexedInputFields = inputFields.size();
    const std::size_t mask = size - 1;
    for (std::size_t i = 0; i < inputFields.size(); ++i) {
        if (inputField(inputFields[i].name) != nullptr)
            continue; // a repeated name: the first keeps it
        std::size_t slot = slotHash(inputFields[i].name) & mask;
        while (inputFieldSlots[slot] != 0)
            slot = (slot + 1) & mask;
        inputFieldSlots[slot] = static_cast<std::uint16_t>(i + 1);
    }
}

const EnumValue *NamedType::enumValue(std::string_view valueName) const
{
    return findByName(enumValues, valueName);
}

const InputValue *DirectiveDefinition::argument(std::string_view argName) const
{
    return findByName(arguments, argName);
}

bool DirectiveDefinition::allows(DirectiveLocation location) const
{
    return std::find(locations.begin(), locations.end(), location) != locations.end();
}

} // namespace graft::schema
