#include "pipeline/validate_stage.h"

#include "validate/complexity_limits.h"
#include "validate/operation_selection.h"
#include "validate/validator.h"
#include "validate/variable_coercion.h"
#include "values/variables_decoder.h"

namespace graft::pipeline {

bool ValidateStage::run(RequestState &state) const
{
    const syntax::Document &document = *state.document;
    if (!state.documentValidated) {
        Errors errors = validate::validateDocument(document, state.registry());
        if (!errors.empty()) {
            state.requestErrors = std::move(errors);
            return false;
        }
        // Only documents that passed every rule are stored, on their text's second miss (see
        // DocumentCache::lookup); a failing text takes this path each time.
        if (cache::DocumentCache *documents = state.snapshot.documents.get(); documents && state.documentAdmitted)
            documents->insert(state.query, state.document);
    }
    auto operation = validate::selectOperation(document, state.operationName);
    if (!operation) {
        state.requestErrors = std::move(operation).takeErrors();
        return false;
    }
    state.operation = *operation;
    if (state.cached)
        state.facts = &state.cached->facts(*state.operation, state.registry(), state.snapshot.keyBuilder);
    else
        state.facts = &state.ownFacts.emplace(
            cache::OperationFacts::of(document, *state.operation, state.registry(), state.snapshot.keyBuilder));
    if (auto tooComplex = validate::checkStaticLimits(state.facts->measures, state.settings.complexity)) {
        state.requestErrors = {std::move(*tooComplex)};
        return false;
    }
    std::optional<values::JsonValue> decoded;
    if (state.variablesText) {
        auto value = values::decodeVariables(*state.variablesText, static_cast<int>(state.settings.parse.maxNesting));
        if (!value) {
            state.requestErrors = std::move(value).takeErrors();
            return false;
        }
        decoded = std::move(value).value();
    }
    auto coerced = validate::coerceVariables(state.registry(), document, *state.operation, decoded ? &*decoded : nullptr,
                                             state.facts->variableTypes);
    if (!coerced) {
        state.requestErrors = std::move(coerced).takeErrors();
        return false;
    }
    state.variables = std::move(coerced).value();
    if (auto tooDeep = validate::checkInputDepth(state.facts->inputArguments, state.variables, state.settings.complexity)) {
        state.requestErrors = {std::move(*tooDeep)};
        return false;
    }
    return true;
}

} // namespace graft::pipeline
