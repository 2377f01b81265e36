#pragma once

// R(w) of CONTRACT §5.4 over a where value: entries in written order, null entries skipped,
// AND/OR/NOT composed exactly, atoms from the operator table (§5.3) over the path expressions of
// §5.2. Every operator value becomes a bind step, in rendering order — also inside parts that the
// composition elides, whose steps then only run their value checks (the legacy path checks them too).

#include "schema/type_system.h"
#include "sql/condition.h"
#include "sql/path_expression.h"
#include "sql/step_table.h"
#include "values/json_value.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace graft::sql {

/// Renders the `where` argument of one list query.
class WhereRenderer {
public:
    /// Steps go to `steps`; `argument` is the index of `where` among the bound argument values.
    WhereRenderer(std::string_view jsonb, std::uint32_t argument, StepTable &steps);

    /// R(where) for `whereInput` (an XWhereInput of the view type).
    Condition render(const schema::NamedType &whereInput, const values::JsonValue &where);

private:
    Condition renderWhere(const schema::NamedType &whereInput, const values::JsonValue &where);
    Condition renderList(const schema::NamedType &whereInput, const values::JsonValue &list, bool isOr);
    Condition renderFilter(const schema::FieldDefinition &field, const schema::NamedType &filterType,
                           const values::JsonValue &filter);
    Condition renderAtom(const Operator &op, const schema::FieldDefinition &field, const PathExpression &path,
                         const values::JsonValue &value);

    // Descends into child `index` of the current value (member or item); `suffix` extends the path.
    void enter(std::uint32_t index, std::string_view suffix);
    void leave();

    std::string_view m_jsonb;
    StepTable &m_steps;
    std::vector<std::string_view> m_prefix; // document keys of the embedded fields entered
    ValueAddress m_address;
    std::string m_path;
    std::vector<std::size_t> m_pathMarks;
};

} // namespace graft::sql
