#include "syntax/document.h"

#include "syntax/source_location.h"

#include <utility>

namespace graft::syntax {

Document::Document(std::string source)
    : m_source(std::move(source)), m_arena(m_source.size() * 4 + 512)
{
}

SourceLocation Document::location(std::uint32_t offset) const
{
    return locateOffset(m_source, offset);
}

} // namespace graft::syntax
