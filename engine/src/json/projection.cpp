#include "json/projection.h"

#include <algorithm>
#include <numeric>

namespace graft::json {

Projection::Projection(std::vector<ProjectedField> fields) : m_fields(std::move(fields))
{
    std::vector<std::string> distinct;
    for (ProjectedField &field : m_fields) {
        if (field.kind == ProjectedKind::Typename)
            continue;
        auto it = std::find(distinct.begin(), distinct.end(), field.documentKey);
        field.slot = static_cast<std::uint32_t>(it - distinct.begin());
        if (it == distinct.end())
            distinct.push_back(field.documentKey);
    }
    std::vector<std::uint32_t> order(distinct.size());
    std::iota(order.begin(), order.end(), 0u);
    std::sort(order.begin(), order.end(), [&](std::uint32_t a, std::uint32_t b) { return distinct[a] < distinct[b]; });
    for (std::uint32_t slot : order) {
        m_keys.push_back(distinct[slot]);
        m_keySlots.push_back(slot);
    }
}

int Projection::slotOf(std::string_view key) const
{
    auto it = std::lower_bound(m_keys.begin(), m_keys.end(), key,
                               [](const std::string &a, std::string_view b) { return std::string_view(a) < b; });
    if (it == m_keys.end() || *it != key)
        return -1;
    return static_cast<int>(m_keySlots[static_cast<std::size_t>(it - m_keys.begin())]);
}

std::size_t Projection::bytes() const
{
    std::size_t total = sizeof(Projection) + m_fields.capacity() * sizeof(ProjectedField)
        + m_keySlots.capacity() * sizeof(std::uint32_t);
    for (const std::string &key : m_keys)
        total += sizeof(std::string) + key.capacity();
    for (const ProjectedField &field : m_fields) {
        total += field.responseKey.capacity() + field.keyJson.capacity() + field.documentKey.capacity()
            + field.typenameJson.capacity();
        if (field.child)
            total += field.child->bytes();
    }
    return total;
}

} // namespace graft::json
