#include "json/field_collector.h"

#include "validate/literal_values.h"

#include <algorithm>

namespace graft::json {

FieldCollector::FieldCollector(const syntax::Document &document, const schema::SchemaRegistry &registry,
                               const validate::CoercedVariables &variables)
    : m_document(document), m_registry(registry), m_variables(variables), m_fragments(document)
{
}

Result<CollectedFields> FieldCollector::subFields(std::string_view typeName,
                                                  const std::vector<const syntax::Field *> &nodes)
{
    CollectedFields out;
    Visited visited; // shared by every node, as graphql-core's collect_sub_fields does
    for (const syntax::Field *node : nodes) {
        if (!node->selectionSet)
            continue;
        Result<bool> done = collect(typeName, *node->selectionSet, out, visited);
        if (!done)
            return std::move(done).takeErrors();
    }
    return out;
}

Result<CollectedFields> FieldCollector::fields(std::string_view typeName, const syntax::SelectionSet &selectionSet)
{
    CollectedFields out;
    Visited visited;
    Result<bool> done = collect(typeName, selectionSet, out, visited);
    if (!done)
        return std::move(done).takeErrors();
    return out;
}

Result<bool> FieldCollector::include(const syntax::NodeList<syntax::Directive> &directives) const
{
    if (directives.size() == 0)
        return true;
    return validate::shouldIncludeNode(directives, m_registry, m_variables, m_document);
}

Result<bool> FieldCollector::collect(std::string_view typeName, const syntax::SelectionSet &selectionSet,
                                     CollectedFields &out, Visited &visited)
{
    const auto matches = [typeName](const syntax::TypeRef *condition) {
        return !condition || condition->name.value == typeName;
    };
    for (const syntax::Selection *selection : selectionSet.selections) {
        if (const auto *field = selection->as<syntax::Field>()) {
            Result<bool> included = include(field->directives);
            if (!included)
                return included;
            if (!*included)
                continue;
            const std::string_view key = field->responseKey();
            auto it = std::find_if(out.begin(), out.end(), [key](const CollectedField &c) { return c.responseKey == key; });
            if (it == out.end())
                out.push_back({key, {field}});
            else
                it->nodes.push_back(field);
        } else if (const auto *inlineFragment = selection->as<syntax::InlineFragment>()) {
            Result<bool> included = include(inlineFragment->directives);
            if (!included)
                return included;
            if (!*included || !matches(inlineFragment->typeCondition))
                continue;
            Result<bool> inner = collect(typeName, *inlineFragment->selectionSet, out, visited);
            if (!inner)
                return inner;
        } else if (const auto *spread = selection->as<syntax::FragmentSpread>()) {
            const std::string_view name = spread->name.value;
            if (std::find(visited.begin(), visited.end(), name) != visited.end())
                continue;
            Result<bool> included = include(spread->directives);
            if (!included)
                return included;
            if (!*included)
                continue;
            visited.push_back(name);
            const syntax::FragmentDefinition *fragment = m_fragments.find(name);
            if (!fragment || !matches(fragment->typeCondition))
                continue;
            Result<bool> inner = collect(typeName, *fragment->selectionSet, out, visited);
            if (!inner)
                return inner;
        }
    }
    return true;
}

} // namespace graft::json
