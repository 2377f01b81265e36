#include "json/root_rows.h"

namespace graft::json {

RootRows::RootRows(std::shared_ptr<const Projection> projection) : m_projection(std::move(projection)) {}

void RootRows::row(std::optional<std::string_view> text)
{
    if (!text)
        return;
    const std::size_t mark = m_out.size();
    if (m_count > 0)
        m_out += ',';
    switch (m_projector.project(*m_projection, *text, m_out)) {
    case RowOutcome::Projected:
        ++m_count;
        break;
    case RowOutcome::Malformed:
        m_malformed = true;
        m_out.resize(mark);
        break;
    case RowOutcome::Skipped:
        m_out.resize(mark);
        break;
    }
}

void RootRows::clear()
{
    m_out.clear();
    m_count = 0;
    m_malformed = false;
}

std::string RootRows::listJson() const
{
    std::string json;
    json.reserve(m_out.size() + 2);
    json += '[';
    json += m_out;
    json += ']';
    return json;
}

std::string_view RootRows::lookupJson() const
{
    return m_count == 0 ? std::string_view("null") : std::string_view(m_out);
}

} // namespace graft::json
