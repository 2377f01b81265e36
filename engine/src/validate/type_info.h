#pragma once

// graphql-core 3.2.6's TypeInfo (CONTRACT §3.2 "Type information"): the stacks of output types,
// parent types, input types, field definitions and default values a depth-first walk keeps, and the
// current directive and argument. Each enter/leave pair mirrors TypeInfo.enter_*/leave_* exactly.

#include "schema/schema_registry.h"
#include "syntax/ast.h"
#include "validate/type_view.h"

#include <vector>

namespace graft::validate {

/// The type context at the current node of a document walk.
class TypeInfo {
public:
    explicit TypeInfo(const schema::SchemaRegistry &registry);

    /// The current output type (get_type), or no type.
    TypeView type() const { return m_types.empty() ? TypeView() : m_types.back(); }
    /// The parent object type of the current selection (get_parent_type), or nullptr.
    const schema::NamedType *parentType() const { return m_parentTypes.empty() ? nullptr : m_parentTypes.back(); }
    /// The expected type at the current value (get_input_type), or no type.
    TypeView inputType() const { return m_inputTypes.empty() ? TypeView() : m_inputTypes.back(); }
    /// The input type one level up (get_parent_input_type), or no type.
    TypeView parentInputType() const
    {
        return m_inputTypes.size() > 1 ? m_inputTypes[m_inputTypes.size() - 2] : TypeView();
    }
    /// The current field's definition (get_field_def), or nullptr.
    const schema::FieldDefinition *fieldDef() const { return m_fieldDefs.empty() ? nullptr : m_fieldDefs.back(); }
    /// True when the current position has a default value (get_default_value is not Undefined).
    bool hasDefaultValue() const { return !m_defaults.empty() && m_defaults.back(); }
    /// The current directive's definition (get_directive), or nullptr.
    const schema::DirectiveDefinition *directive() const { return m_directive; }
    /// The current argument's definition (get_argument), or nullptr.
    const schema::InputValue *argument() const { return m_argument; }

    void enterOperation(const syntax::OperationDefinition &operation);
    void leaveOperation() { m_types.pop_back(); }
    void enterFragmentDefinition(const syntax::FragmentDefinition &fragment) { enterTypeCondition(fragment.typeCondition); }
    void leaveFragmentDefinition() { m_types.pop_back(); }
    void enterInlineFragment(const syntax::InlineFragment &fragment) { enterTypeCondition(fragment.typeCondition); }
    void leaveInlineFragment() { m_types.pop_back(); }
    void enterSelectionSet();
    void leaveSelectionSet() { m_parentTypes.pop_back(); }
    void enterField(const syntax::Field &field);
    void leaveField();
    void enterDirective(const syntax::Directive &directive);
    void leaveDirective() { m_directive = nullptr; }
    void enterVariableDefinition(const syntax::VariableDefinition &definition);
    void leaveVariableDefinition() { m_inputTypes.pop_back(); }
    void enterArgument(const syntax::Argument &argument);
    void leaveArgument();
    void enterListValue();
    void leaveListValue();
    void enterObjectField(const syntax::ObjectField &field);
    void leaveObjectField() { leaveListValue(); }

    const schema::SchemaRegistry &registry() const { return m_registry; }

private:
    void enterTypeCondition(const syntax::TypeRef *condition);

    const schema::SchemaRegistry &m_registry;
    std::vector<TypeView> m_types;
    std::vector<const schema::NamedType *> m_parentTypes;
    std::vector<TypeView> m_inputTypes;
    std::vector<const schema::FieldDefinition *> m_fieldDefs;
    std::vector<bool> m_defaults;
    const schema::DirectiveDefinition *m_directive = nullptr;
    const schema::InputValue *m_argument = nullptr;
};

} // namespace graft::validate
