#include "sql/order_by_renderer.h"

#include "sql/path_expression.h"

#include <array>
#include <utility>

namespace graft::sql {

namespace {

using values::JsonValue;

constexpr std::array<std::pair<std::string_view, std::string_view>, 6> kDirections = {{
    {"ASC", "ASC NULLS LAST"},
    {"DESC", "DESC NULLS FIRST"},
    {"ASC_NULLS_FIRST", "ASC NULLS FIRST"},
    {"ASC_NULLS_LAST", "ASC NULLS LAST"},
    {"DESC_NULLS_FIRST", "DESC NULLS FIRST"},
    {"DESC_NULLS_LAST", "DESC NULLS LAST"},
}};

class ElementRenderer {
public:
    ElementRenderer(std::string_view jsonb, std::size_t index) : m_jsonb(jsonb), m_index(index) {}

    // The key of one element of type `orderByInput`; sets `top` to the element's top-level field.
    bool render(const schema::NamedType &orderByInput, const JsonValue &element, std::string &key,
                std::string &failure, const schema::FieldDefinition *&top)
    {
        const JsonValue *chosen = nullptr;
        std::size_t chosenIndex = 0;
        std::size_t count = 0;
        for (std::size_t i = 0; i < element.size(); ++i) {
            if (element.at(i).isNull())
                continue;
            ++count;
            chosen = &element.at(i);
            chosenIndex = i;
        }
        if (count != 1) {
            failure = "Invalid orderBy element at index " + std::to_string(m_index)
                + ": exactly one field must be set, found " + std::to_string(count) + ".";
            return false;
        }
        const schema::InputValue *entry = orderByInput.inputField(element.keyAt(chosenIndex));
        const schema::FieldDefinition &field =
            orderByInput.sourceType->fields[static_cast<std::size_t>(entry->sourceField)];
        if (!top)
            top = &field;
        const schema::NamedType *inputType = entry->type.namedType();
        if (inputType->role == schema::TypeRole::OrderByInput) {
            m_prefix.push_back(field.documentKey);
            return render(*inputType, *chosen, key, failure, top);
        }
        key = pathExpression(field, m_jsonb, m_prefix).typed;
        key += ' ';
        key += orderDirectionSql(chosen->stringValue());
        return true;
    }

private:
    std::string_view m_jsonb;
    std::size_t m_index;
    std::vector<std::string_view> m_prefix;
};

} // namespace

std::string_view orderDirectionSql(std::string_view direction)
{
    for (const auto &[name, sql] : kDirections) {
        if (name == direction)
            return sql;
    }
    return {};
}

OrderBy renderOrderBy(const schema::NamedType &viewType, std::string_view jsonb, const JsonValue &orderBy)
{
    OrderBy result;
    const schema::NamedType &orderByInput = *viewType.orderByInput;
    const std::size_t count = orderBy.isArray() ? orderBy.size() : 1;
    const schema::FieldDefinition *last = nullptr;
    for (std::size_t i = 0; i < count; ++i) {
        const JsonValue &element = orderBy.isArray() ? orderBy.at(i) : orderBy;
        std::string key;
        std::string failure;
        const schema::FieldDefinition *top = nullptr;
        if (!ElementRenderer(jsonb, i).render(orderByInput, element, key, failure, top)) {
            result.keys.clear();
            result.failure = std::move(failure);
            return result;
        }
        result.keys.push_back(std::move(key));
        last = top;
    }
    if (result.keys.empty())
        return result;
    for (const schema::FieldDefinition &field : viewType.fields) {
        if (field.column && *field.column == "id") {
            if (last != &field)
                result.keys.emplace_back("\"id\" ASC NULLS LAST");
            break;
        }
    }
    return result;
}

} // namespace graft::sql
