#include "json/projection.h"

#include <algorithm>
#include <atomic>
#include <bit>
#include <cstring>

namespace graft::json {

Projection::Projection(std::vector<ProjectedField> fields) : m_fields(std::move(fields))
{
    static std::atomic<std::uint64_t> s_lastId{0};
    m_id = s_lastId.fetch_add(1, std::memory_order_relaxed) + 1;
    for (ProjectedField &field : m_fields) {
        field.prefixJson = (&field == &m_fields.front() ? "{" : ",") + field.keyJson;
        if (field.kind == ProjectedKind::Typename)
            continue;
        auto it = std::find_if(m_keys.begin(), m_keys.end(), [&](const Key &key) { return key.text == field.documentKey; });
        field.slot = static_cast<std::uint32_t>(it - m_keys.begin());
        if (it != m_keys.end())
            continue;
        const std::string &text = field.documentKey;
        std::uint64_t tail = 0;
        if (text.size() > sizeof tail)
            std::memcpy(&tail, text.data() + text.size() - sizeof tail, sizeof tail);
        m_keys.push_back(Key{headOf(text), tail, static_cast<std::uint32_t>(text.size()), field.slot, text});
    }
    // A slot read by one Object field is projected inline; its child's frame follows the slots.
    std::vector<std::uint32_t> readers(m_keys.size(), 0);
    for (const ProjectedField &field : m_fields)
        if (field.kind != ProjectedKind::Typename)
            ++readers[field.slot];
    m_slots.resize(m_keys.size());
    m_frameSize = m_keys.size();
    for (const ProjectedField &field : m_fields) {
        if (field.kind != ProjectedKind::Object || readers[field.slot] != 1)
            continue;
        m_slots[field.slot] = Slot{field.child.get(), m_frameSize};
        m_frameSize += field.child->frameSize();
    }

    std::size_t buckets = 8;
    while (buckets < 4 * m_keys.size())
        buckets *= 2;
    m_shift = 64 - static_cast<unsigned>(std::countr_zero(buckets));
    m_table.assign(buckets, -1);
    for (std::size_t i = 0; i < m_keys.size(); ++i) {
        std::size_t at = bucketOf(m_keys[i].head, m_keys[i].size);
        while (m_table[at] >= 0)
            at = (at + 1) & (buckets - 1);
        m_table[at] = static_cast<std::int32_t>(i);
    }
}

std::size_t Projection::bytes() const
{
    std::size_t total = sizeof(Projection) + m_fields.capacity() * sizeof(ProjectedField)
        + m_keys.capacity() * sizeof(Key) + m_slots.capacity() * sizeof(Slot)
        + m_table.capacity() * sizeof(std::int32_t);
    for (const Key &key : m_keys)
        total += key.text.capacity();
    for (const ProjectedField &field : m_fields) {
        total += field.responseKey.capacity() + field.keyJson.capacity() + field.prefixJson.capacity()
            + field.documentKey.capacity() + field.typenameJson.capacity();
        if (field.child)
            total += field.child->bytes();
    }
    return total;
}

} // namespace graft::json
