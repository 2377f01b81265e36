#include "sql/sql_plan.h"

namespace graft::sql {

namespace {

std::size_t stringBytes(const std::string &text)
{
    return sizeof(std::string) + text.capacity();
}

std::size_t rootBytes(const RootPlan &root)
{
    std::size_t bytes = sizeof(RootPlan) + root.responseKey.capacity() + root.fieldName.capacity()
        + root.viewType.capacity() + root.sql.capacity();
    for (const std::string &type : root.parameterTypes)
        bytes += stringBytes(type);
    for (const BindStep &step : root.steps) {
        bytes += sizeof(BindStep) + step.address.steps.capacity() * sizeof(std::uint32_t) + step.argument.capacity()
            + step.path.capacity();
    }
    return bytes;
}

} // namespace

SqlPlan::SqlPlan(std::vector<RootPlan> roots, std::size_t attachedBytes) : m_roots(std::move(roots))
{
    m_bytes = sizeof(SqlPlan) + attachedBytes;
    for (const RootPlan &root : m_roots)
        m_bytes += rootBytes(root);
}

} // namespace graft::sql
