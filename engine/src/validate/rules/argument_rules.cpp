#include "validate/rules/argument_rules.h"

#include "syntax/printer.h"
#include "values/suggestions.h"
#include "validate/validation_context.h"

#include <string>
#include <vector>

namespace graft::validate {

namespace {

bool provided(const syntax::NodeList<syntax::Argument> &arguments, std::string_view name)
{
    for (const syntax::Argument &argument : arguments) {
        if (argument.name.value == name)
            return true;
    }
    return false;
}

/// graphql-core is_required_argument: non-null without a default value.
bool required(const schema::InputValue &argument)
{
    return argument.type.isNonNull() && !argument.defaultValue.has_value();
}

} // namespace

Action KnownArgumentNamesRule::enterDirective(const syntax::Directive &directive, std::optional<schema::DirectiveLocation>)
{
    if (directive.arguments.empty())
        return Action::Skip;
    std::vector<std::string_view> known;
    const std::string_view name = directive.name.value;
    if (const syntax::DirectiveDefinition *defined = context().documentDirective(name)) {
        for (const syntax::InputValueDefinition &argument : defined->arguments)
            known.push_back(argument.name.value);
    } else if (const schema::DirectiveDefinition *schemaDirective = context().registry().directive(name)) {
        for (const schema::InputValue &argument : schemaDirective->arguments)
            known.push_back(argument.name);
    } else {
        return Action::Skip;
    }
    for (const syntax::Argument &argument : directive.arguments) {
        bool found = false;
        for (std::string_view candidate : known)
            found = found || candidate == argument.name.value;
        if (found)
            continue;
        context().report("Unknown argument '" + std::string(argument.name.value) + "' on directive '@" +
                             std::string(name) + "'." + values::didYouMean(values::suggestionList(argument.name.value, known)),
                         {argument.offset});
    }
    return Action::Skip;
}

Action KnownArgumentNamesRule::enterArgument(const syntax::Argument &argument, const syntax::Field *field)
{
    const TypeInfo &typeInfo = context().typeInfo();
    const schema::FieldDefinition *fieldDef = typeInfo.fieldDef();
    const schema::NamedType *parent = typeInfo.parentType();
    if (typeInfo.argument() != nullptr || fieldDef == nullptr || parent == nullptr || field == nullptr)
        return Action::Continue;
    std::vector<std::string_view> known;
    for (const schema::InputValue &candidate : fieldDef->arguments)
        known.push_back(candidate.name);
    context().report("Unknown argument '" + std::string(argument.name.value) + "' on field '" + parent->name + "." +
                         std::string(field->name.value) + "'." + values::didYouMean(values::suggestionList(argument.name.value, known)),
                     {argument.offset});
    return Action::Continue;
}

Action UniqueArgumentNamesRule::enterField(const syntax::Field &field)
{
    check(field.arguments);
    return Action::Continue;
}

Action UniqueArgumentNamesRule::enterDirective(const syntax::Directive &directive, std::optional<schema::DirectiveLocation>)
{
    check(directive.arguments);
    return Action::Continue;
}

void UniqueArgumentNamesRule::check(const syntax::NodeList<syntax::Argument> &arguments)
{
    // graphql-core group_by: groups in order of first occurrence.
    for (std::size_t i = 0; i < arguments.size(); ++i) {
        const std::string_view name = arguments[i].name.value;
        bool firstOfName = true;
        for (std::size_t j = 0; j < i && firstOfName; ++j)
            firstOfName = arguments[j].name.value != name;
        if (!firstOfName)
            continue;
        std::vector<std::uint32_t> offsets;
        for (std::size_t j = i; j < arguments.size(); ++j) {
            if (arguments[j].name.value == name)
                offsets.push_back(arguments[j].name.offset);
        }
        if (offsets.size() > 1)
            context().report("There can be only one argument named '" + std::string(name) + "'.", offsets);
    }
}

void ProvidedRequiredArgumentsRule::leaveField(const syntax::Field &field)
{
    const schema::FieldDefinition *fieldDef = context().typeInfo().fieldDef();
    if (fieldDef == nullptr)
        return;
    for (const schema::InputValue &argument : fieldDef->arguments) {
        if (!required(argument) || provided(field.arguments, argument.name))
            continue;
        context().report("Field '" + std::string(field.name.value) + "' argument '" + argument.name + "' of type '" +
                             argument.type.toString() + "' is required, but it was not provided.",
                         {field.offset});
    }
}

void ProvidedRequiredArgumentsRule::leaveDirective(const syntax::Directive &directive)
{
    const std::string_view name = directive.name.value;
    const auto missing = [&](std::string_view argument, const std::string &type) {
        context().report("Directive '@" + std::string(name) + "' argument '" + std::string(argument) + "' of type '" +
                             type + "' is required, but it was not provided.",
                         {directive.offset});
    };
    if (const syntax::DirectiveDefinition *defined = context().documentDirective(name)) {
        // graphql-core keeps the required arguments in a dict by name: a repeated name keeps the
        // position of its first required definition and the type of its last.
        const auto isRequired = [](const syntax::InputValueDefinition &argument) {
            return argument.type->kind == syntax::TypeKind::NonNull && argument.defaultValue == nullptr;
        };
        const auto &arguments = defined->arguments;
        for (std::size_t i = 0; i < arguments.size(); ++i) {
            if (!isRequired(arguments[i]))
                continue;
            const std::string_view argName = arguments[i].name.value;
            bool firstOfName = true;
            for (std::size_t j = 0; j < i && firstOfName; ++j)
                firstOfName = !(isRequired(arguments[j]) && arguments[j].name.value == argName);
            if (!firstOfName)
                continue;
            const syntax::InputValueDefinition *last = &arguments[i];
            for (std::size_t j = i + 1; j < arguments.size(); ++j) {
                if (isRequired(arguments[j]) && arguments[j].name.value == argName)
                    last = &arguments[j];
            }
            if (!provided(directive.arguments, argName))
                missing(argName, syntax::printType(*last->type));
        }
        return;
    }
    if (const schema::DirectiveDefinition *known = context().registry().directive(name)) {
        for (const schema::InputValue &argument : known->arguments) {
            if (required(argument) && !provided(directive.arguments, argument.name))
                missing(argument.name, argument.type.toString());
        }
    }
}

} // namespace graft::validate
