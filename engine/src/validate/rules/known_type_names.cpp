#include "validate/rules/known_type_names.h"

#include "values/suggestions.h"
#include "validate/validation_context.h"

#include <string>
#include <vector>

namespace graft::validate {

bool KnownTypeNamesRule::definedInDocument(std::string_view name) const
{
    for (const syntax::Definition *definition : context().document().definitions()) {
        if (!syntax::isTypeDefinition(definition->kind))
            continue;
        if (definition->as<syntax::TypeDefinition>()->name.value == name)
            return true;
    }
    return false;
}

Action KnownTypeNamesRule::enterNamedType(const syntax::TypeRef &type)
{
    const std::string_view name = type.name.value;
    if (context().registry().type(name) != nullptr || definedInDocument(name))
        return Action::Continue;
    // In type-system definitions graphql-core also accepts and suggests the standard scalar and
    // introspection type names; Graft's schema always has them, so the candidates are the same.
    std::vector<std::string_view> candidates;
    for (const schema::NamedType *known : context().registry().types())
        candidates.push_back(known->name);
    for (const syntax::Definition *definition : context().document().definitions()) {
        if (syntax::isTypeDefinition(definition->kind))
            candidates.push_back(definition->as<syntax::TypeDefinition>()->name.value);
    }
    context().report("Unknown type '" + std::string(name) + "'." + values::didYouMean(values::suggestionList(name, candidates)),
                     {type.offset});
    return Action::Continue;
}

} // namespace graft::validate
