#include "validate/rules/field_rules.h"

#include "values/suggestions.h"
#include "validate/validation_context.h"

#include <string>
#include <vector>

namespace graft::validate {

Action ScalarLeafsRule::enterField(const syntax::Field &field)
{
    const TypeView type = context().typeInfo().type();
    if (!type)
        return Action::Continue;
    if (type.namedType()->isLeafType()) {
        if (field.selectionSet != nullptr) {
            context().report("Field '" + std::string(field.name.value) + "' must not have a selection since type '" +
                                 type.toString() + "' has no subfields.",
                             {field.selectionSet->offset});
        }
    } else if (field.selectionSet == nullptr) {
        const std::string name(field.name.value);
        context().report("Field '" + name + "' of type '" + type.toString() +
                             "' must have a selection of subfields. Did you mean '" + name + " { ... }'?",
                         {field.offset});
    }
    return Action::Continue;
}

Action FieldsOnCorrectTypeRule::enterField(const syntax::Field &field)
{
    const schema::NamedType *parent = context().typeInfo().parentType();
    if (parent == nullptr || context().typeInfo().fieldDef() != nullptr)
        return Action::Continue;
    // Graft has no interfaces or unions, so graphql-core never suggests an inline fragment:
    // the suggestions are the parent's declared fields (meta-fields excluded).
    std::vector<std::string_view> candidates;
    candidates.reserve(parent->fields.size());
    for (const schema::FieldDefinition &candidate : parent->fields)
        candidates.push_back(candidate.name);
    context().report("Cannot query field '" + std::string(field.name.value) + "' on type '" + parent->name + "'." +
                         values::didYouMean(values::suggestionList(field.name.value, candidates)),
                     {field.offset});
    return Action::Continue;
}

} // namespace graft::validate
