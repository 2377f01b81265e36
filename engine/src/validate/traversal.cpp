#include "validate/traversal.h"

namespace graft::validate {

using schema::DirectiveLocation;

Traversal::Traversal(ValidationContext &context, const std::vector<Rule *> &rules)
    : m_context(context), m_typeInfo(context.typeInfo()), m_rules(rules)
{
    m_skips.reserve(8);
    for (std::size_t i = 0; i < m_rules.size() && i < kMaxRules; ++i) {
        for (HookSet hooks = m_rules[i]->hooks(); hooks != 0; hooks &= hooks - 1) {
            Dispatch &dispatch = m_dispatch[static_cast<std::size_t>(__builtin_ctz(hooks))];
            dispatch.rules[dispatch.count++] = static_cast<std::uint8_t>(i);
        }
    }
}

template <typename Call>
void Traversal::enter(Hook hook, const void *node, Call &&call)
{
    const Dispatch &dispatch = m_dispatch[static_cast<std::size_t>(hook)];
    for (std::uint8_t k = 0; k < dispatch.count; ++k) {
        const std::uint8_t i = dispatch.rules[k];
        if (m_skipping[i] != nullptr)
            continue;
        if (call(*m_rules[i]) == Action::Skip) {
            m_skipping[i] = node;
            m_skips.emplace_back(i, node);
        }
    }
}

template <typename Call>
void Traversal::leave(Hook hook, const void *node, Call &&call)
{
    const Dispatch &dispatch = m_dispatch[static_cast<std::size_t>(hook)];
    for (std::uint8_t k = 0; k < dispatch.count; ++k) {
        const std::uint8_t i = dispatch.rules[k];
        if (m_skipping[i] == nullptr)
            call(*m_rules[i]);
    }
    leaveNode(node);
}

void Traversal::leaveNode(const void *node)
{
    // A rule that skipped this node sees the rest of the document again.
    while (!m_skips.empty() && m_skips.back().second == node) {
        m_skipping[m_skips.back().first] = nullptr;
        m_skips.pop_back();
    }
}

void Traversal::run()
{
    const syntax::Document &document = m_context.document();
    enter(Hook::EnterDocument, &document, [&](Rule &rule) { return rule.enterDocument(document); });
    for (const syntax::Definition *def : document.definitions())
        definition(*def);
    leave(Hook::LeaveDocument, &document, [&](Rule &rule) { rule.leaveDocument(document); });
}

void Traversal::definition(const syntax::Definition &def)
{
    if (const auto *op = def.as<syntax::OperationDefinition>())
        operation(*op);
    else if (const auto *fragment = def.as<syntax::FragmentDefinition>())
        fragmentDefinition(*fragment);
    else if (const auto *schemaDef = def.as<syntax::SchemaDefinition>())
        schemaDefinition(*schemaDef);
    else if (const auto *type = def.as<syntax::TypeDefinition>())
        typeDefinition(*type);
    else if (const auto *directiveDef = def.as<syntax::DirectiveDefinition>())
        directiveDefinition(*directiveDef);
}

void Traversal::operation(const syntax::OperationDefinition &op)
{
    m_typeInfo.enterOperation(op);
    enter(Hook::EnterOperation, &op, [&](Rule &rule) { return rule.enterOperation(op); });
    for (const syntax::VariableDefinition &def : op.variableDefinitions)
        variableDefinition(def);
    DirectiveLocation location = DirectiveLocation::Query;
    if (op.operation == syntax::OperationType::Mutation)
        location = DirectiveLocation::Mutation;
    else if (op.operation == syntax::OperationType::Subscription)
        location = DirectiveLocation::Subscription;
    directives(op.directives, location);
    selectionSet(*op.selectionSet);
    leave(Hook::LeaveOperation, &op, [&](Rule &rule) { rule.leaveOperation(op); });
    m_typeInfo.leaveOperation();
}

void Traversal::variableDefinition(const syntax::VariableDefinition &def)
{
    m_typeInfo.enterVariableDefinition(def);
    enter(Hook::EnterVariableDefinition, &def, [&](Rule &rule) { return rule.enterVariableDefinition(def); });
    typeRef(*def.type);
    if (def.defaultValue != nullptr)
        value(*def.defaultValue);
    directives(def.directives, DirectiveLocation::VariableDefinition);
    leaveNode(&def);
    m_typeInfo.leaveVariableDefinition();
}

void Traversal::selectionSet(const syntax::SelectionSet &set)
{
    m_typeInfo.enterSelectionSet();
    enter(Hook::EnterSelectionSet, &set, [&](Rule &rule) { return rule.enterSelectionSet(set); });
    for (const syntax::Selection *selection : set.selections) {
        if (const auto *f = selection->as<syntax::Field>())
            field(*f);
        else if (const auto *spread = selection->as<syntax::FragmentSpread>())
            fragmentSpread(*spread);
        else if (const auto *inlineFragmentNode = selection->as<syntax::InlineFragment>())
            inlineFragment(*inlineFragmentNode);
    }
    leaveNode(&set);
    m_typeInfo.leaveSelectionSet();
}

void Traversal::field(const syntax::Field &f)
{
    m_typeInfo.enterField(f);
    enter(Hook::EnterField, &f, [&](Rule &rule) { return rule.enterField(f); });
    for (const syntax::Argument &arg : f.arguments)
        argument(arg, &f);
    directives(f.directives, DirectiveLocation::Field);
    if (f.selectionSet != nullptr)
        selectionSet(*f.selectionSet);
    leave(Hook::LeaveField, &f, [&](Rule &rule) { rule.leaveField(f); });
    m_typeInfo.leaveField();
}

void Traversal::argument(const syntax::Argument &arg, const syntax::Field *owner)
{
    m_typeInfo.enterArgument(arg);
    enter(Hook::EnterArgument, &arg, [&](Rule &rule) { return rule.enterArgument(arg, owner); });
    value(*arg.value);
    leaveNode(&arg);
    m_typeInfo.leaveArgument();
}

void Traversal::fragmentSpread(const syntax::FragmentSpread &spread)
{
    enter(Hook::EnterFragmentSpread, &spread, [&](Rule &rule) { return rule.enterFragmentSpread(spread); });
    directives(spread.directives, DirectiveLocation::FragmentSpread);
    leaveNode(&spread);
}

void Traversal::inlineFragment(const syntax::InlineFragment &fragment)
{
    m_typeInfo.enterInlineFragment(fragment);
    enter(Hook::EnterInlineFragment, &fragment, [&](Rule &rule) { return rule.enterInlineFragment(fragment); });
    if (fragment.typeCondition != nullptr)
        typeRef(*fragment.typeCondition);
    directives(fragment.directives, DirectiveLocation::InlineFragment);
    selectionSet(*fragment.selectionSet);
    leaveNode(&fragment);
    m_typeInfo.leaveInlineFragment();
}

void Traversal::fragmentDefinition(const syntax::FragmentDefinition &fragment)
{
    m_typeInfo.enterFragmentDefinition(fragment);
    enter(Hook::EnterFragmentDefinition, &fragment,
          [&](Rule &rule) { return rule.enterFragmentDefinition(fragment); });
    typeRef(*fragment.typeCondition);
    directives(fragment.directives, DirectiveLocation::FragmentDefinition);
    selectionSet(*fragment.selectionSet);
    leaveNode(&fragment);
    m_typeInfo.leaveFragmentDefinition();
}

void Traversal::directives(const syntax::NodeList<syntax::Directive> &list, std::optional<DirectiveLocation> location)
{
    for (const syntax::Directive &d : list)
        directive(d, location);
}

void Traversal::directive(const syntax::Directive &d, std::optional<DirectiveLocation> location)
{
    m_typeInfo.enterDirective(d);
    enter(Hook::EnterDirective, &d, [&](Rule &rule) { return rule.enterDirective(d, location); });
    for (const syntax::Argument &arg : d.arguments)
        argument(arg, nullptr);
    leave(Hook::LeaveDirective, &d, [&](Rule &rule) { rule.leaveDirective(d); });
    m_typeInfo.leaveDirective();
}

void Traversal::typeRef(const syntax::TypeRef &type)
{
    if (type.kind != syntax::TypeKind::Named) {
        typeRef(*type.ofType);
        return;
    }
    enter(Hook::EnterNamedType, &type, [&](Rule &rule) { return rule.enterNamedType(type); });
    leaveNode(&type);
}

void Traversal::value(const syntax::Value &node)
{
    switch (node.kind) {
    case syntax::ValueKind::Variable:
        return;
    case syntax::ValueKind::Null:
        enter(Hook::EnterNullValue, &node, [&](Rule &rule) { return rule.enterNullValue(node); });
        leaveNode(&node);
        return;
    case syntax::ValueKind::Int:
    case syntax::ValueKind::Float:
    case syntax::ValueKind::String:
    case syntax::ValueKind::Boolean:
    case syntax::ValueKind::Enum:
        enter(Hook::EnterLeafValue, &node, [&](Rule &rule) { return rule.enterLeafValue(node); });
        leaveNode(&node);
        return;
    case syntax::ValueKind::List:
        m_typeInfo.enterListValue();
        enter(Hook::EnterListValue, &node, [&](Rule &rule) { return rule.enterListValue(node); });
        for (const syntax::Value *item : node.items)
            value(*item);
        leaveNode(&node);
        m_typeInfo.leaveListValue();
        return;
    case syntax::ValueKind::Object:
        enter(Hook::EnterObjectValue, &node, [&](Rule &rule) { return rule.enterObjectValue(node); });
        for (const syntax::ObjectField &f : node.fields)
            objectField(f);
        leave(Hook::LeaveObjectValue, &node, [&](Rule &rule) { rule.leaveObjectValue(node); });
        return;
    }
}

void Traversal::objectField(const syntax::ObjectField &f)
{
    m_typeInfo.enterObjectField(f);
    enter(Hook::EnterObjectField, &f, [&](Rule &rule) { return rule.enterObjectField(f); });
    value(*f.value);
    leaveNode(&f);
    m_typeInfo.leaveObjectField();
}

void Traversal::typeSystemNode(const SdlNode &node, const void *identity)
{
    enter(Hook::EnterTypeSystemNode, identity, [&](Rule &rule) { return rule.enterTypeSystemNode(node); });
}

void Traversal::schemaDefinition(const syntax::SchemaDefinition &schemaDef)
{
    typeSystemNode({SdlNodeKind::SchemaDefinition, &schemaDef.directives, {}}, &schemaDef);
    directives(schemaDef.directives, DirectiveLocation::Schema);
    for (const syntax::OperationTypeDefinition &opType : schemaDef.operationTypes)
        typeRef(*opType.type);
    leaveNode(&schemaDef);
}

void Traversal::typeDefinition(const syntax::TypeDefinition &type)
{
    typeSystemNode({SdlNodeKind::TypeDefinition, &type.directives, type.name.value}, &type);
    for (const syntax::TypeRef *iface : type.interfaces)
        typeRef(*iface);
    DirectiveLocation location = DirectiveLocation::Object;
    switch (type.kind) {
    case syntax::DefinitionKind::ScalarType:
    case syntax::DefinitionKind::ScalarTypeExtension: location = DirectiveLocation::Scalar; break;
    case syntax::DefinitionKind::InterfaceType:
    case syntax::DefinitionKind::InterfaceTypeExtension: location = DirectiveLocation::Interface; break;
    case syntax::DefinitionKind::UnionType:
    case syntax::DefinitionKind::UnionTypeExtension: location = DirectiveLocation::Union; break;
    case syntax::DefinitionKind::EnumType:
    case syntax::DefinitionKind::EnumTypeExtension: location = DirectiveLocation::Enum; break;
    case syntax::DefinitionKind::InputObjectType:
    case syntax::DefinitionKind::InputObjectTypeExtension: location = DirectiveLocation::InputObject; break;
    default: break;
    }
    directives(type.directives, location);
    for (const syntax::FieldDefinition &f : type.fields)
        fieldDefinition(f);
    for (const syntax::TypeRef *member : type.types)
        typeRef(*member);
    for (const syntax::EnumValueDefinition &v : type.values)
        enumValueDefinition(v);
    // graphql-core's KnownDirectives tells input fields from arguments by the parent's kind, and
    // only an input object type *definition* counts (an extension's fields read as arguments).
    const bool inputObject = type.kind == syntax::DefinitionKind::InputObjectType;
    for (const syntax::InputValueDefinition &input : type.inputFields)
        inputValueDefinition(input, inputObject);
    leaveNode(&type);
}

void Traversal::fieldDefinition(const syntax::FieldDefinition &f)
{
    typeSystemNode({SdlNodeKind::FieldDefinition, &f.directives, {}}, &f);
    for (const syntax::InputValueDefinition &arg : f.arguments)
        inputValueDefinition(arg, false);
    typeRef(*f.type);
    directives(f.directives, DirectiveLocation::FieldDefinition);
    leaveNode(&f);
}

void Traversal::inputValueDefinition(const syntax::InputValueDefinition &input, bool inputObjectField)
{
    typeSystemNode({SdlNodeKind::InputValueDefinition, &input.directives, {}}, &input);
    typeRef(*input.type);
    if (input.defaultValue != nullptr)
        value(*input.defaultValue);
    directives(input.directives,
               inputObjectField ? DirectiveLocation::InputFieldDefinition : DirectiveLocation::ArgumentDefinition);
    leaveNode(&input);
}

void Traversal::enumValueDefinition(const syntax::EnumValueDefinition &v)
{
    typeSystemNode({SdlNodeKind::EnumValueDefinition, &v.directives, {}}, &v);
    directives(v.directives, DirectiveLocation::EnumValue);
    leaveNode(&v);
}

void Traversal::directiveDefinition(const syntax::DirectiveDefinition &d)
{
    for (const syntax::InputValueDefinition &arg : d.arguments)
        inputValueDefinition(arg, false);
}

} // namespace graft::validate
