#pragma once

// The plan-cache key of CONTRACT §9: a canonical byte string of everything a plan depends on and
// nothing that becomes a parameter, with a 64-bit hash for the table (the bytes are compared on a
// hit, so a hash collision can never serve a wrong plan).

#include "schema/schema_registry.h"
#include "sql/bound_operation.h"
#include "syntax/document.h"
#include "validate/coerced_variables.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace graft::cache {

/// A key: its canonical bytes and their hash.
struct PlanKey {
    std::uint64_t hash = 0;
    std::string bytes;
};

/// The hash of a key's bytes (64-bit, eight bytes per round).
std::uint64_t keyHash(std::string_view bytes);

/// The part of an operation's plan keys that no request changes, rendered once per validated
/// document (cache/operation_facts.h): everything before the root fields and, when no directive
/// can change them, each root field's normalised selection.
struct PlanKeyTemplate {
    std::string head;                    ///< the builder's prefix, the operation's name and variables
    std::uint64_t headState = 0;         ///< the key hash's state after the head's whole eight-byte words
    std::vector<std::string> selections; ///< per root of `roots` given to prepare(); empty: written per request
};

/// Writes plan keys. The schema hash and the configuration are fixed per builder (a reload makes a
/// new builder and clears the cache); the rest comes from each request.
class PlanKeyBuilder {
public:
    /// `configuration` is a canonical text of every configuration key of §2.1 (the caller renders it once).
    PlanKeyBuilder(std::string_view schemaHash, std::string_view configuration);

    /// The template of `operation`'s keys; `roots` is what sql::staticRoots() gave for it (null: none).
    PlanKeyTemplate prepare(const syntax::Document &document, const syntax::OperationDefinition &operation,
                            const schema::SchemaRegistry &registry,
                            const std::vector<sql::BoundRootField> *roots) const;

    /// build() from `keyTemplate`, which prepare() made for `operation` with the roots `bound` starts from.
    void build(PlanKey &key, const PlanKeyTemplate &keyTemplate, const syntax::Document &document,
               const schema::SchemaRegistry &registry, const validate::CoercedVariables &variables,
               const sql::BoundOperation &bound) const;

    /// Fills `key` (its buffer is reused) for the selected `operation` bound as `bound`: the operation's
    /// name, its variables' names and types, the normalised selection (fragments expanded, @skip/@include
    /// evaluated with `variables`, aliases, field and argument names) and the shape of the root fields'
    /// argument values after substitution.
    void build(PlanKey &key, const syntax::Document &document, const syntax::OperationDefinition &operation,
               const schema::SchemaRegistry &registry, const validate::CoercedVariables &variables,
               const sql::BoundOperation &bound) const;

private:
    std::string m_prefix;
};

} // namespace graft::cache
