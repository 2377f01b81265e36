#pragma once

// The interface of one validation rule: enter / leave hooks per node kind, in the style of
// graphql-core's ASTValidationRule visitors. The traversal calls a rule only for the hooks it
// declares (hooks()), in specified_rules order, so errors come in traversal order. A hook that
// returns Action::Skip stops that rule - and only that rule - from seeing the node's descendants
// and its leave hook, like a visitor returning SKIP inside graphql-core's ParallelVisitor.

#include "schema/type_system.h"
#include "syntax/ast.h"
#include "syntax/document.h"

#include <cstdint>
#include <optional>

namespace graft::validate {

class ValidationContext;

/// What a hook tells the traversal.
enum class Action : std::uint8_t { Continue, Skip };

/// The node kinds and phases a rule can hook.
enum class Hook : std::uint8_t {
    EnterDocument,
    LeaveDocument,
    EnterOperation,
    LeaveOperation,
    EnterVariableDefinition,
    EnterSelectionSet,
    EnterField,
    LeaveField,
    EnterArgument,
    EnterFragmentSpread,
    EnterInlineFragment,
    EnterFragmentDefinition,
    EnterDirective,
    LeaveDirective,
    EnterNamedType,
    EnterListValue,
    EnterObjectValue,
    LeaveObjectValue,
    EnterObjectField,
    EnterNullValue,
    EnterLeafValue,
    EnterTypeSystemNode,
};

/// Number of Hook enumerators.
inline constexpr int kHookCount = static_cast<int>(Hook::EnterTypeSystemNode) + 1;

/// A set of hooks, as a bit mask.
using HookSet = std::uint32_t;

/// The bit of `hook` in a HookSet.
constexpr HookSet hookBit(Hook hook)
{
    return HookSet(1) << static_cast<unsigned>(hook);
}

/// The kinds of type-system node that may carry directives (graphql-core node kinds).
enum class SdlNodeKind : std::uint8_t {
    SchemaDefinition, ///< schema definition or extension
    TypeDefinition,   ///< any of the six type definitions or extensions
    FieldDefinition,
    InputValueDefinition,
    EnumValueDefinition,
};

/// A type-system node that carries directives, as UniqueDirectivesPerLocation sees it.
struct SdlNode {
    SdlNodeKind kind = SdlNodeKind::TypeDefinition;
    const syntax::NodeList<syntax::Directive> *directives = nullptr;
    std::string_view typeName; ///< TypeDefinition: the type's name
};

/// One validation rule (graphql-core ASTValidationRule); derived classes override the hooks they
/// list in hooks(). Hooks see the TypeInfo state of graphql-core's TypeInfoVisitor at that node.
class Rule {
public:
    explicit Rule(ValidationContext &context) : m_context(context) {}
    Rule(const Rule &) = delete;
    Rule &operator=(const Rule &) = delete;
    virtual ~Rule() = default;

    /// The hooks this rule implements.
    virtual HookSet hooks() const = 0;

    virtual Action enterDocument(const syntax::Document &) { return Action::Continue; }
    virtual void leaveDocument(const syntax::Document &) {}
    virtual Action enterOperation(const syntax::OperationDefinition &) { return Action::Continue; }
    virtual void leaveOperation(const syntax::OperationDefinition &) {}
    virtual Action enterVariableDefinition(const syntax::VariableDefinition &) { return Action::Continue; }
    virtual Action enterSelectionSet(const syntax::SelectionSet &) { return Action::Continue; }
    virtual Action enterField(const syntax::Field &) { return Action::Continue; }
    virtual void leaveField(const syntax::Field &) {}
    /// `field` is the field carrying the argument, nullptr for a directive's argument.
    virtual Action enterArgument(const syntax::Argument &, const syntax::Field *) { return Action::Continue; }
    virtual Action enterFragmentSpread(const syntax::FragmentSpread &) { return Action::Continue; }
    virtual Action enterInlineFragment(const syntax::InlineFragment &) { return Action::Continue; }
    virtual Action enterFragmentDefinition(const syntax::FragmentDefinition &) { return Action::Continue; }
    /// `location` is where the directive is applied (nullopt where graphql-core finds none).
    virtual Action enterDirective(const syntax::Directive &, std::optional<schema::DirectiveLocation>)
    {
        return Action::Continue;
    }
    virtual void leaveDirective(const syntax::Directive &) {}
    virtual Action enterNamedType(const syntax::TypeRef &) { return Action::Continue; }
    virtual Action enterListValue(const syntax::Value &) { return Action::Continue; }
    virtual Action enterObjectValue(const syntax::Value &) { return Action::Continue; }
    virtual void leaveObjectValue(const syntax::Value &) {}
    virtual Action enterObjectField(const syntax::ObjectField &) { return Action::Continue; }
    virtual Action enterNullValue(const syntax::Value &) { return Action::Continue; }
    /// Int, Float, String, Boolean and Enum literals.
    virtual Action enterLeafValue(const syntax::Value &) { return Action::Continue; }
    virtual Action enterTypeSystemNode(const SdlNode &) { return Action::Continue; }

protected:
    ValidationContext &context() const { return m_context; }

private:
    ValidationContext &m_context;
};

} // namespace graft::validate
