#include "validate/variable_usages.h"

namespace graft::validate {

namespace {

/// A depth-first walk keeping `typeInfo` in step, recording every variable it meets.
class UsageWalker {
public:
    UsageWalker(TypeInfo &typeInfo, std::vector<VariableUsage> &out) : m_typeInfo(typeInfo), m_out(out) {}

    void directives(const syntax::NodeList<syntax::Directive> &list)
    {
        for (const syntax::Directive &directive : list) {
            m_typeInfo.enterDirective(directive);
            arguments(directive.arguments);
            m_typeInfo.leaveDirective();
        }
    }

    void selectionSet(const syntax::SelectionSet *set)
    {
        if (set == nullptr)
            return;
        m_typeInfo.enterSelectionSet();
        for (const syntax::Selection *selection : set->selections) {
            if (const auto *field = selection->as<syntax::Field>()) {
                m_typeInfo.enterField(*field);
                arguments(field->arguments);
                directives(field->directives);
                selectionSet(field->selectionSet);
                m_typeInfo.leaveField();
            } else if (const auto *spread = selection->as<syntax::FragmentSpread>()) {
                directives(spread->directives);
            } else if (const auto *inlineFragment = selection->as<syntax::InlineFragment>()) {
                m_typeInfo.enterInlineFragment(*inlineFragment);
                directives(inlineFragment->directives);
                selectionSet(inlineFragment->selectionSet);
                m_typeInfo.leaveInlineFragment();
            }
        }
        m_typeInfo.leaveSelectionSet();
    }

private:
    void arguments(const syntax::NodeList<syntax::Argument> &list)
    {
        for (const syntax::Argument &argument : list) {
            m_typeInfo.enterArgument(argument);
            value(*argument.value);
            m_typeInfo.leaveArgument();
        }
    }

    void value(const syntax::Value &node)
    {
        switch (node.kind) {
        case syntax::ValueKind::Variable:
            m_out.push_back({&node, m_typeInfo.inputType(), m_typeInfo.hasDefaultValue()});
            return;
        case syntax::ValueKind::List:
            m_typeInfo.enterListValue();
            for (const syntax::Value *item : node.items)
                value(*item);
            m_typeInfo.leaveListValue();
            return;
        case syntax::ValueKind::Object:
            for (const syntax::ObjectField &field : node.fields) {
                m_typeInfo.enterObjectField(field);
                value(*field.value);
                m_typeInfo.leaveObjectField();
            }
            return;
        default:
            return;
        }
    }

    TypeInfo &m_typeInfo;
    std::vector<VariableUsage> &m_out;
};

} // namespace

void collectVariableUsages(const syntax::OperationDefinition &operation, TypeInfo &typeInfo,
                           std::vector<VariableUsage> &out)
{
    UsageWalker walker(typeInfo, out);
    typeInfo.enterOperation(operation);
    walker.directives(operation.directives);
    walker.selectionSet(operation.selectionSet);
    typeInfo.leaveOperation();
}

void collectVariableUsages(const syntax::FragmentDefinition &fragment, TypeInfo &typeInfo,
                           std::vector<VariableUsage> &out)
{
    UsageWalker walker(typeInfo, out);
    typeInfo.enterFragmentDefinition(fragment);
    walker.directives(fragment.directives);
    walker.selectionSet(fragment.selectionSet);
    typeInfo.leaveFragmentDefinition();
}

} // namespace graft::validate
