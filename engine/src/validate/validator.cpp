#include "validate/validator.h"

#include "validate/rules/argument_rules.h"
#include "validate/rules/directive_rules.h"
#include "validate/rules/document_rules.h"
#include "validate/rules/field_rules.h"
#include "validate/rules/fragment_rules.h"
#include "validate/rules/known_type_names.h"
#include "validate/rules/overlapping_fields.h"
#include "validate/rules/values_of_correct_type.h"
#include "validate/rules/variable_rules.h"
#include "validate/traversal.h"
#include "validate/validation_context.h"

namespace graft::validate {

namespace {

/// graphql-core's specified_rules, in order (SingleFieldSubscriptions omitted: it needs a
/// subscription root type, which Graft's schema never has).
struct RuleSet {
    explicit RuleSet(ValidationContext &context)
        : executableDefinitions(context)
        , uniqueOperationNames(context)
        , loneAnonymousOperation(context)
        , knownTypeNames(context)
        , fragmentsOnCompositeTypes(context)
        , variablesAreInputTypes(context)
        , scalarLeafs(context)
        , fieldsOnCorrectType(context)
        , uniqueFragmentNames(context)
        , knownFragmentNames(context)
        , noUnusedFragments(context)
        , possibleFragmentSpreads(context)
        , noFragmentCycles(context)
        , uniqueVariableNames(context)
        , noUndefinedVariables(context)
        , noUnusedVariables(context)
        , knownDirectives(context)
        , uniqueDirectivesPerLocation(context)
        , knownArgumentNames(context)
        , uniqueArgumentNames(context)
        , valuesOfCorrectType(context)
        , providedRequiredArguments(context)
        , variablesInAllowedPosition(context)
        , overlappingFields(context)
        , uniqueInputFieldNames(context)
    {
    }

    std::vector<Rule *> ordered()
    {
        return {&executableDefinitions, &uniqueOperationNames, &loneAnonymousOperation, &knownTypeNames,
                &fragmentsOnCompositeTypes, &variablesAreInputTypes, &scalarLeafs, &fieldsOnCorrectType,
                &uniqueFragmentNames, &knownFragmentNames, &noUnusedFragments, &possibleFragmentSpreads,
                &noFragmentCycles, &uniqueVariableNames, &noUndefinedVariables, &noUnusedVariables,
                &knownDirectives, &uniqueDirectivesPerLocation, &knownArgumentNames, &uniqueArgumentNames,
                &valuesOfCorrectType, &providedRequiredArguments, &variablesInAllowedPosition, &overlappingFields,
                &uniqueInputFieldNames};
    }

    ExecutableDefinitionsRule executableDefinitions;
    UniqueOperationNamesRule uniqueOperationNames;
    LoneAnonymousOperationRule loneAnonymousOperation;
    KnownTypeNamesRule knownTypeNames;
    FragmentsOnCompositeTypesRule fragmentsOnCompositeTypes;
    VariablesAreInputTypesRule variablesAreInputTypes;
    ScalarLeafsRule scalarLeafs;
    FieldsOnCorrectTypeRule fieldsOnCorrectType;
    UniqueFragmentNamesRule uniqueFragmentNames;
    KnownFragmentNamesRule knownFragmentNames;
    NoUnusedFragmentsRule noUnusedFragments;
    PossibleFragmentSpreadsRule possibleFragmentSpreads;
    NoFragmentCyclesRule noFragmentCycles;
    UniqueVariableNamesRule uniqueVariableNames;
    NoUndefinedVariablesRule noUndefinedVariables;
    NoUnusedVariablesRule noUnusedVariables;
    KnownDirectivesRule knownDirectives;
    UniqueDirectivesPerLocationRule uniqueDirectivesPerLocation;
    KnownArgumentNamesRule knownArgumentNames;
    UniqueArgumentNamesRule uniqueArgumentNames;
    ValuesOfCorrectTypeRule valuesOfCorrectType;
    ProvidedRequiredArgumentsRule providedRequiredArguments;
    VariablesInAllowedPositionRule variablesInAllowedPosition;
    OverlappingFieldsRule overlappingFields;
    UniqueInputFieldNamesRule uniqueInputFieldNames;
};

} // namespace

std::vector<Error> validateDocument(const syntax::Document &document, const schema::SchemaRegistry &registry)
{
    ValidationContext context(document, registry);
    RuleSet rules(context);
    Traversal traversal(context, rules.ordered());
    try {
        traversal.run();
    } catch (const ValidationAborted &) {
        // The error limit was reached; the limit message is the last error.
    }
    return context.takeErrors();
}

} // namespace graft::validate
