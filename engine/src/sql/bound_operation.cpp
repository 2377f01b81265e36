#include "sql/bound_operation.h"

#include "validate/fragment_index.h"

#include <memory>
#include <set>

namespace graft::sql {

namespace {

RootKind rootKind(const schema::FieldDefinition &definition)
{
    switch (definition.role) {
    case schema::FieldRole::ListQuery:
        return RootKind::ListQuery;
    case schema::FieldRole::Lookup:
        return RootKind::Lookup;
    case schema::FieldRole::MetaTypename:
        return RootKind::Typename;
    default:
        return RootKind::Introspection;
    }
}

// graphql-core collect_fields over the root selection set (runtime type Query).
class RootCollector {
public:
    /// `variables` null: collect only while no directive is met (collect() then fails with no error).
    RootCollector(const syntax::Document &document, const schema::SchemaRegistry &registry,
                  const validate::CoercedVariables *variables)
        : m_document(document), m_registry(registry), m_variables(variables)
    {
    }

    Result<bool> collect(const syntax::SelectionSet &selectionSet, BoundOperation &out)
    {
        for (const syntax::Selection *selection : selectionSet.selections) {
            if (const auto *field = selection->as<syntax::Field>()) {
                Result<bool> included = include(field->directives);
                if (!included)
                    return included;
                if (*included)
                    addField(*field, out);
            } else if (const auto *inline_ = selection->as<syntax::InlineFragment>()) {
                Result<bool> included = include(inline_->directives);
                if (!included)
                    return included;
                if (!*included || !matchesQuery(inline_->typeCondition))
                    continue;
                Result<bool> inner = collect(*inline_->selectionSet, out);
                if (!inner)
                    return inner;
            } else if (const auto *spread = selection->as<syntax::FragmentSpread>()) {
                if (m_visited.count(spread->name.value) != 0)
                    continue;
                Result<bool> included = include(spread->directives);
                if (!included)
                    return included;
                if (!*included)
                    continue;
                m_visited.insert(spread->name.value);
                if (!m_fragments)
                    m_fragments = std::make_unique<validate::FragmentIndex>(m_document);
                const syntax::FragmentDefinition *fragment = m_fragments->find(spread->name.value);
                if (!fragment || !matchesQuery(fragment->typeCondition))
                    continue;
                Result<bool> inner = collect(*fragment->selectionSet, out);
                if (!inner)
                    return inner;
            }
        }
        return true;
    }

private:
    Result<bool> include(const syntax::NodeList<syntax::Directive> &directives)
    {
        if (directives.size() == 0)
            return true;
        if (!m_variables)
            return Errors{};
        return validate::shouldIncludeNode(directives, m_registry, *m_variables, m_document);
    }

    static bool matchesQuery(const syntax::TypeRef *condition)
    {
        return !condition || condition->name.value == "Query";
    }

    void addField(const syntax::Field &field, BoundOperation &out)
    {
        const std::string_view key = field.responseKey();
        for (BoundRootField &root : out.roots) {
            if (root.responseKey == key) {
                root.nodes.push_back(&field);
                return;
            }
        }
        BoundRootField root;
        root.responseKey = key;
        root.nodes.push_back(&field);
        root.definition = m_registry.fieldOf(m_registry.queryType(), field.name.value);
        root.kind = root.definition ? rootKind(*root.definition) : RootKind::Introspection;
        root.location = m_document.location(field.offset);
        out.roots.push_back(std::move(root));
    }

    const syntax::Document &m_document;
    const schema::SchemaRegistry &m_registry;
    const validate::CoercedVariables *m_variables;
    std::unique_ptr<validate::FragmentIndex> m_fragments;
    std::set<std::string_view> m_visited;
};

} // namespace

std::optional<std::vector<BoundRootField>> staticRoots(const syntax::Document &document,
                                                       const syntax::OperationDefinition &operation,
                                                       const schema::SchemaRegistry &registry)
{
    BoundOperation collected;
    if (!RootCollector(document, registry, nullptr).collect(*operation.selectionSet, collected))
        return std::nullopt;
    return std::move(collected.roots);
}

Result<BoundOperation> bindOperation(const syntax::Document &document, const syntax::OperationDefinition &operation,
                                     const schema::SchemaRegistry &registry,
                                     const validate::CoercedVariables &variables,
                                     const std::vector<BoundRootField> *roots)
{
    BoundOperation bound;
    if (roots) {
        bound.roots = *roots;
    } else {
        Result<bool> collected = RootCollector(document, registry, &variables).collect(*operation.selectionSet, bound);
        if (!collected)
            return std::move(collected).takeErrors();
    }
    for (BoundRootField &root : bound.roots) {
        if (root.kind != RootKind::ListQuery && root.kind != RootKind::Lookup)
            continue;
        const syntax::Field &field = *root.nodes.front();
        Result<validate::ArgumentValues> arguments =
            validate::argumentValues(root.definition->arguments, field.arguments, field.offset, variables, document);
        if (arguments) {
            root.arguments = std::move(arguments).value();
            continue;
        }
        // A field error: located at the root field, with its path (§8.1).
        Error error = arguments.errors().front();
        error.locations = {root.location};
        error.path = {std::string(root.responseKey)};
        root.argumentError = std::move(error);
    }
    return bound;
}

} // namespace graft::sql
