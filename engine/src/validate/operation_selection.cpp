#include "validate/operation_selection.h"

#include <string>

namespace graft::validate {

namespace {

Error validationError(std::string message, std::vector<SourceLocation> locations = {})
{
    return Error{ErrorCode::GraphqlValidationFailed, std::move(message), std::move(locations), {}, {}};
}

} // namespace

Result<const syntax::OperationDefinition *> selectOperation(const syntax::Document &document,
                                                           std::optional<std::string_view> operationName)
{
    using syntax::OperationDefinition;
    const OperationDefinition *selected = nullptr;
    for (const syntax::Definition *definition : document.definitions()) {
        const auto *operation = definition->as<OperationDefinition>();
        if (!operation)
            continue;
        if (!operationName) {
            if (selected)
                return validationError("Must provide operation name if query contains multiple operations.");
            selected = operation;
        } else if (operation->name.present() && operation->name.value == *operationName) {
            // graphql-core keeps the last operation of that name; validation has rejected duplicates.
            selected = operation;
        }
    }
    if (!selected) {
        if (operationName)
            return validationError("Unknown operation named '" + std::string(*operationName) + "'.");
        // A document without an operation fails validation first; kept for graphql-core parity.
        return validationError("Must provide an operation.");
    }
    if (selected->operation != syntax::OperationType::Query) {
        const char *kind = selected->operation == syntax::OperationType::Mutation ? "mutation" : "subscription";
        return validationError(std::string("Schema is not configured to execute ") + kind + " operation.",
                               {document.location(selected->offset)});
    }
    return selected;
}

} // namespace graft::validate
