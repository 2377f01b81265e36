#pragma once

#include "schema/type_table.h"

#include <map>
#include <set>
#include <string>
#include <vector>

namespace graft::schema {

/// Builds the generated input types of §1.6 — XWhereInput, XOrderByInput, the SFilter /
/// SListFilter types and OrderDirection — on demand, from the operator table (sql/operators.def).
/// Generated types go into their own TypeTable so the loader can check name clashes first.
class InputTypeGenerator {
public:
    /// `base` holds the scalars and the SDL object types; `objects` lists the view and embedded
    /// types (needed to decide which XOrderByInput exist, a least fixpoint over embedded types).
    InputTypeGenerator(const TypeTable &base, const std::vector<NamedType *> &objects);

    /// XWhereInput for view or embedded type `object` (generated with everything it refers to).
    const NamedType &whereInput(const NamedType &object);
    /// XOrderByInput for `object` (generated with what it refers to), or nullptr when it would have no field.
    const NamedType *orderByInput(const NamedType &object);

    /// The XWhereInput generated so far for `object`, or nullptr.
    const NamedType *generatedWhereInput(const NamedType &object) const;
    /// The XOrderByInput generated so far for `object`, or nullptr.
    const NamedType *generatedOrderByInput(const NamedType &object) const;

    /// The generated types (move them out once the schema is accepted).
    TypeTable &types() { return m_out; }

private:
    const NamedType &filter(ScalarId scalar, bool list);
    const NamedType &orderDirection();

    const TypeTable &m_base;
    TypeTable m_out;
    std::set<const NamedType *> m_orderable;
    std::map<const NamedType *, const NamedType *> m_where;
    std::map<const NamedType *, const NamedType *> m_order;
};

} // namespace graft::schema
