#pragma once

// The one depth-first walk of a document (CONTRACT §3.2 "Order"): graphql-core's visit() with a
// TypeInfoVisitor over a ParallelVisitor of the rules. At each node TypeInfo enters first, then the
// rules' enter hooks run in rule order; after the children, the rules' leave hooks, then TypeInfo
// leaves.

#include "validate/rule.h"
#include "validate/validation_context.h"

#include <array>
#include <cstdint>
#include <optional>
#include <utility>
#include <vector>

namespace graft::validate {

/// Walks one document once, running the rules' hooks at every node.
class Traversal {
public:
    /// Most rules a traversal runs.
    static constexpr std::size_t kMaxRules = 32;

    /// `rules` in the order their hooks run at each node (graphql-core specified_rules order).
    Traversal(ValidationContext &context, const std::vector<Rule *> &rules);

    /// Visits the whole document; may throw ValidationAborted from a rule's report.
    void run();

private:
    template <typename Call>
    void enter(Hook hook, const void *node, Call &&call);
    template <typename Call>
    void leave(Hook hook, const void *node, Call &&call);
    void leaveNode(const void *node);

    void definition(const syntax::Definition &definition);
    void operation(const syntax::OperationDefinition &operation);
    void variableDefinition(const syntax::VariableDefinition &definition);
    void selectionSet(const syntax::SelectionSet &set);
    void field(const syntax::Field &field);
    void argument(const syntax::Argument &argument, const syntax::Field *field);
    void fragmentSpread(const syntax::FragmentSpread &spread);
    void inlineFragment(const syntax::InlineFragment &fragment);
    void fragmentDefinition(const syntax::FragmentDefinition &fragment);
    void directives(const syntax::NodeList<syntax::Directive> &list, std::optional<schema::DirectiveLocation> location);
    void directive(const syntax::Directive &directive, std::optional<schema::DirectiveLocation> location);
    void typeRef(const syntax::TypeRef &type);
    void value(const syntax::Value &value);
    void objectField(const syntax::ObjectField &field);

    void schemaDefinition(const syntax::SchemaDefinition &schema);
    void typeDefinition(const syntax::TypeDefinition &type);
    void fieldDefinition(const syntax::FieldDefinition &field);
    void inputValueDefinition(const syntax::InputValueDefinition &input, bool inputObjectField);
    void enumValueDefinition(const syntax::EnumValueDefinition &value);
    void directiveDefinition(const syntax::DirectiveDefinition &directive);
    void typeSystemNode(const SdlNode &node, const void *identity);

    struct Dispatch {
        std::array<std::uint8_t, kMaxRules> rules{};
        std::uint8_t count = 0;
    };

    ValidationContext &m_context;
    TypeInfo &m_typeInfo;
    std::vector<Rule *> m_rules;
    std::array<Dispatch, kHookCount> m_dispatch{};
    std::array<const void *, kMaxRules> m_skipping{};
    /// The rules skipping now and the nodes they skipped, innermost last (skips nest like nodes).
    std::vector<std::pair<std::uint8_t, const void *>> m_skips;
};

} // namespace graft::validate
