#include "cache/operation_facts.h"

namespace graft::cache {

OperationFacts OperationFacts::of(const syntax::Document &document, const syntax::OperationDefinition &operation,
                                  const schema::SchemaRegistry &registry, const PlanKeyBuilder &keys)
{
    OperationFacts facts;
    facts.measures = validate::measureStatic(document, operation);
    facts.inputArguments = validate::inputArguments(document, operation);
    facts.variableTypes = validate::variableTypes(operation, registry);
    facts.roots = sql::staticRoots(document, operation, registry);
    facts.keyTemplate = keys.prepare(document, operation, registry, facts.roots ? &*facts.roots : nullptr);
    return facts;
}

} // namespace graft::cache
