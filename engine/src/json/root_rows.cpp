#include "json/root_rows.h"

namespace graft::json {

RootRows::RootRows(std::shared_ptr<const Projection> projection) : m_projection(std::move(projection))
{
    m_out.put('['); // so that listJson() is the buffer itself
}

void RootRows::row(std::optional<std::string_view> text)
{
    if (!text)
        return;
    const std::size_t mark = m_out.size();
    if (m_count > 0)
        m_out.put(',');
    switch (m_projector.project(*m_projection, *text, m_out)) {
    case RowOutcome::Projected:
        ++m_count;
        break;
    case RowOutcome::Malformed:
        m_malformed = true;
        m_out.truncate(mark);
        break;
    case RowOutcome::Skipped:
        m_out.truncate(mark);
        break;
    }
}

std::string_view RootRows::listJson()
{
    if (!m_closed) {
        m_out.put(']');
        m_closed = true;
    }
    return m_out.view();
}

std::string_view RootRows::lookupJson() const
{
    return m_count == 0 ? std::string_view("null") : m_out.view().substr(1);
}

} // namespace graft::json
