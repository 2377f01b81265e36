#include "validate/rules/document_rules.h"

#include "validate/validation_context.h"

#include <string>

namespace graft::validate {

Action ExecutableDefinitionsRule::enterDocument(const syntax::Document &document)
{
    for (const syntax::Definition *definition : document.definitions()) {
        if (syntax::isExecutableDefinition(definition->kind))
            continue;
        std::string message = "The ";
        if (definition->as<syntax::SchemaDefinition>() != nullptr) {
            message += "schema";
        } else {
            std::string_view name;
            if (const auto *type = definition->as<syntax::TypeDefinition>())
                name = type->name.value;
            else if (const auto *directive = definition->as<syntax::DirectiveDefinition>())
                name = directive->name.value;
            message += '\'';
            message += name;
            message += '\'';
        }
        message += " definition is not executable.";
        context().report(std::move(message), {definition->offset});
    }
    return Action::Skip;
}

Action UniqueOperationNamesRule::enterOperation(const syntax::OperationDefinition &operation)
{
    if (operation.name.present()) {
        auto [it, inserted] = m_known.try_emplace(operation.name.value, operation.name.offset);
        if (!inserted) {
            context().report("There can be only one operation named '" + std::string(operation.name.value) + "'.",
                             {it->second, operation.name.offset});
        }
    }
    return Action::Skip;
}

Action LoneAnonymousOperationRule::enterDocument(const syntax::Document &document)
{
    m_operationCount = 0;
    for (const syntax::Definition *definition : document.definitions()) {
        if (definition->kind == syntax::DefinitionKind::Operation)
            ++m_operationCount;
    }
    return Action::Continue;
}

Action LoneAnonymousOperationRule::enterOperation(const syntax::OperationDefinition &operation)
{
    if (!operation.name.present() && m_operationCount > 1)
        context().report("This anonymous operation must be the only defined operation.", {operation.offset});
    return Action::Continue;
}

} // namespace graft::validate
