#include "validate/type_info.h"

namespace graft::validate {

namespace {

TypeView inputOrNone(TypeView type)
{
    return type.isInputType() ? type : TypeView();
}

} // namespace

TypeInfo::TypeInfo(const schema::SchemaRegistry &registry) : m_registry(registry)
{
    m_types.reserve(32);
    m_parentTypes.reserve(32);
    m_inputTypes.reserve(32);
    m_fieldDefs.reserve(32);
    m_defaults.reserve(32);
}

void TypeInfo::enterOperation(const syntax::OperationDefinition &operation)
{
    // Graft's schema has a query root only: mutations and subscriptions carry no type.
    m_types.push_back(operation.operation == syntax::OperationType::Query ? TypeView::named(&m_registry.queryType())
                                                                         : TypeView());
}

void TypeInfo::enterTypeCondition(const syntax::TypeRef *condition)
{
    const TypeView type =
        condition != nullptr ? TypeView::fromAst(condition, m_registry) : TypeView::named(this->type().namedType());
    m_types.push_back(type.isOutputType() ? type : TypeView());
}

void TypeInfo::enterSelectionSet()
{
    const schema::NamedType *named = type().namedType();
    m_parentTypes.push_back(named != nullptr && named->isCompositeType() ? named : nullptr);
}

void TypeInfo::enterField(const syntax::Field &field)
{
    const schema::NamedType *parent = parentType();
    const schema::FieldDefinition *def = parent != nullptr ? m_registry.fieldOf(*parent, field.name.value) : nullptr;
    m_fieldDefs.push_back(def);
    m_types.push_back(def != nullptr ? TypeView::of(def->type) : TypeView());
}

void TypeInfo::leaveField()
{
    m_fieldDefs.pop_back();
    m_types.pop_back();
}

void TypeInfo::enterDirective(const syntax::Directive &directive)
{
    m_directive = m_registry.directive(directive.name.value);
}

void TypeInfo::enterVariableDefinition(const syntax::VariableDefinition &definition)
{
    m_inputTypes.push_back(inputOrNone(TypeView::fromAst(definition.type, m_registry)));
}

void TypeInfo::enterArgument(const syntax::Argument &argument)
{
    // graphql-core: `self.get_directive() or self.get_field_def()` - an unknown directive's
    // arguments are looked up on the enclosing field.
    const schema::InputValue *def = nullptr;
    if (m_directive != nullptr)
        def = m_directive->argument(argument.name.value);
    else if (const schema::FieldDefinition *field = fieldDef())
        def = field->argument(argument.name.value);
    m_argument = def;
    m_defaults.push_back(def != nullptr && def->defaultValue.has_value());
    m_inputTypes.push_back(def != nullptr ? inputOrNone(TypeView::of(def->type)) : TypeView());
}

void TypeInfo::leaveArgument()
{
    m_argument = nullptr;
    m_defaults.pop_back();
    m_inputTypes.pop_back();
}

void TypeInfo::enterListValue()
{
    const TypeView listType = inputType().nullable();
    const TypeView itemType = listType.isList() ? listType.ofType() : listType;
    m_defaults.push_back(false);
    m_inputTypes.push_back(inputOrNone(itemType));
}

void TypeInfo::leaveListValue()
{
    m_defaults.pop_back();
    m_inputTypes.pop_back();
}

void TypeInfo::enterObjectField(const syntax::ObjectField &field)
{
    const schema::NamedType *objectType = inputType().namedType();
    const schema::InputValue *def = nullptr;
    if (objectType != nullptr && objectType->kind == schema::NamedTypeKind::InputObject)
        def = objectType->inputField(field.name.value);
    m_defaults.push_back(def != nullptr && def->defaultValue.has_value());
    m_inputTypes.push_back(def != nullptr ? inputOrNone(TypeView::of(def->type)) : TypeView());
}

} // namespace graft::validate
