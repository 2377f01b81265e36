#pragma once

// The compiled plan of one request shape (CONTRACT §9): per root field, the SQL text and the recipe
// that turns a request's argument values into parameter texts. A plan never holds a parameter
// value, never points into a request, a document or a schema registry, and never changes once
// built: the plan cache shares it as `std::shared_ptr<const SqlPlan>` across threads.

#include "graft/error.h"
#include "schema/scalars.h"
#include "sql/operators.h"

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace graft::json {
class Projection; // the response writer's projection tree (engine/src/json), attached later
}

namespace graft::sql {

/// What a root field of the selected operation is (§1.5, §7.2).
enum class RootKind : std::uint8_t { ListQuery, Lookup, Typename, Introspection };

/// Where a value sits in a root field's bound argument values: the argument's index, then one
/// step per level — an object's member index in written order, or a list item index marked with
/// kListStep (item 0 of a single value given for a list is that value). Stable for every request
/// with the same plan key.
struct ValueAddress {
    /// Marks a step that indexes a list position rather than an object member.
    static constexpr std::uint32_t kListStep = 0x80000000U;

    std::uint32_t argument = 0;
    std::vector<std::uint32_t> steps;
};

/// What one bind step checks and produces.
enum class BindAction : std::uint8_t {
    Tenant,   ///< the tenant parameter (FORBIDDEN when the context has none), §5.5
    Limit,    ///< ` LIMIT` bigint: not negative, not above maxLimit, §5.7
    Offset,   ///< ` OFFSET` bigint: not negative, §5.7
    Fail,     ///< a failure the shape decides (the orderBy rule of §5.6); `path` is the message
    Operator, ///< an operator's parameter per `transform`, with the value checks of §5.3
    LookupId, ///< the lookup's `id` value text (§5.8), with the value checks of §5.3
};

/// One step of the bind recipe. Steps run in the check order of §5.7, which is not the order
/// of the parameters in the text: `parameter` says which parameter the step writes.
struct BindStep {
    BindAction action = BindAction::Operator;
    ParamText transform = ParamText::None; ///< Operator: how the text is made (operators.h)
    schema::ScalarId scalar = schema::ScalarId::String; ///< the value's (item) scalar
    std::int32_t parameter = -1; ///< index into the statement's parameters; -1: checks only (an elided part)
    ValueAddress address;        ///< the value (unused by Tenant and Fail)
    std::string argument;        ///< the argument's name, for messages
    std::string path;            ///< the value's path for messages (`where.AND[1].firstName.eq`); Fail: the message
};

/// The plan of one root field (in root selection order, one per response key).
struct RootPlan {
    std::string responseKey;
    std::string fieldName;
    RootKind kind = RootKind::ListQuery;
    std::string viewType;       ///< the view type's name (list queries and lookups)
    SourceLocation location;    ///< the field's first token: where its field errors point (§8.1)
    bool hasStatement = false;  ///< false for meta-fields and for roots whose arguments failed
    std::string sql;            ///< the statement of §5.1 (empty when the shape decided a failure)
    std::vector<std::string> parameterTypes; ///< the cast after each placeholder, in `$n` order
    std::vector<BindStep> steps;             ///< the bind recipe, in check order
    /// The response writer's projection of this field; null until that stage attaches one.
    std::shared_ptr<const json::Projection> projection;
};

/// An immutable plan: one RootPlan per collected root field.
class SqlPlan {
public:
    /// Takes the root plans and measures their footprint once; `attachedBytes` counts what later
    /// stages attached to the roots (the projections), which this stage cannot measure itself.
    explicit SqlPlan(std::vector<RootPlan> roots, std::size_t attachedBytes = 0);

    /// The root plans in root selection order.
    const std::vector<RootPlan> &roots() const { return m_roots; }
    /// Approximate heap bytes held by the plan (the cache's byte bound).
    std::size_t bytes() const { return m_bytes; }

private:
    std::vector<RootPlan> m_roots;
    std::size_t m_bytes = 0;
};

} // namespace graft::sql
