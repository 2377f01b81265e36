#pragma once

// What every rule shares during one validation (graphql-core ValidationContext): the document,
// the schema, the TypeInfo of the walk, the error list with its limit, and the lazily computed,
// cached facts about fragments and variable usages.

#include "graft/error.h"
#include "schema/schema_registry.h"
#include "syntax/document.h"
#include "validate/type_info.h"
#include "validate/type_view.h"

#include <cstdint>
#include <initializer_list>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

namespace graft::validate {

/// One use of a variable (graphql-core VariableUsage): the `$v` node, the input type expected
/// there (or none), and whether that position has a default value.
struct VariableUsage {
    const syntax::Value *node = nullptr;
    TypeView type;
    bool hasLocationDefault = false;
};

/// Thrown by ValidationContext::report when graphql-core's error limit is exceeded; it ends the walk.
struct ValidationAborted {};

/// The state shared by the rules while one document is validated.
class ValidationContext {
public:
    /// graphql-core validate's default max_errors.
    static constexpr std::size_t kMaxErrors = 100;

    ValidationContext(const syntax::Document &document, const schema::SchemaRegistry &registry);
    ValidationContext(const ValidationContext &) = delete;
    ValidationContext &operator=(const ValidationContext &) = delete;

    const syntax::Document &document() const { return m_document; }
    const schema::SchemaRegistry &registry() const { return m_registry; }
    TypeInfo &typeInfo() { return m_typeInfo; }

    /// Records a GRAPHQL_VALIDATION_FAILED error located at the nodes starting at `offsets`; past
    /// the limit, records graphql-core's "Too many validation errors" instead and throws ValidationAborted.
    void report(std::string message, std::initializer_list<std::uint32_t> offsets);
    /// As above with the offsets in a vector.
    void report(std::string message, const std::vector<std::uint32_t> &offsets);

    /// The errors recorded so far, in order.
    std::vector<Error> takeErrors() { return std::move(m_errors); }

    /// The fragment definition called `name` (the last one when several share it), or nullptr.
    const syntax::FragmentDefinition *fragment(std::string_view name);
    /// The directive definition called `name` written in the document (the last one), or nullptr;
    /// graphql-core's directive rules let it replace a schema directive of the same name.
    const syntax::DirectiveDefinition *documentDirective(std::string_view name) const;
    /// True when the document defines at least one fragment.
    bool hasFragments();
    /// The spreads under `set` in graphql-core's get_fragment_spreads order (CONTRACT §3.2).
    const std::vector<const syntax::FragmentSpread *> &fragmentSpreads(const syntax::SelectionSet &set);
    /// The fragments reachable from `operation` (get_recursively_referenced_fragments).
    const std::vector<const syntax::FragmentDefinition *> &recursivelyReferencedFragments(
        const syntax::OperationDefinition &operation);
    /// The variables used in `operation` and the fragments it reaches (get_recursive_variable_usages).
    const std::vector<VariableUsage> &recursiveVariableUsages(const syntax::OperationDefinition &operation);

private:
    const syntax::Document &m_document;
    const schema::SchemaRegistry &m_registry;
    TypeInfo m_typeInfo;
    std::vector<Error> m_errors;

    bool m_fragmentsIndexed = false;
    std::vector<std::pair<std::string_view, const syntax::FragmentDefinition *>> m_fragments; // sorted by name
    std::unordered_map<const syntax::SelectionSet *, std::vector<const syntax::FragmentSpread *>> m_spreads;
    std::unordered_map<const syntax::OperationDefinition *, std::vector<const syntax::FragmentDefinition *>>
        m_referencedFragments;
    std::unordered_map<const void *, std::vector<VariableUsage>> m_usages;
    std::unordered_map<const syntax::OperationDefinition *, std::vector<VariableUsage>> m_recursiveUsages;
    std::vector<const syntax::FragmentDefinition *> m_noFragments;
};

} // namespace graft::validate
