#include "schema/type_ref.h"

#include "schema/type_system.h"

namespace graft::schema {

TypeRef TypeRef::listOf(TypeRef inner)
{
    inner.m_wrappers.pushFront(Wrapper::List);
    return inner;
}

TypeRef TypeRef::nonNullOf(TypeRef inner)
{
    inner.m_wrappers.pushFront(Wrapper::NonNull);
    return inner;
}

TypeRef TypeRef::ofType() const
{
    TypeRef inner = *this;
    if (!inner.m_wrappers.empty())
        inner.m_wrappers.popFront();
    return inner;
}

std::string TypeRef::toString() const
{
    std::string text;
    for (std::size_t i = 0; i < m_wrappers.size(); ++i) {
        if (m_wrappers[i] == Wrapper::List)
            text += '[';
    }
    text += m_named != nullptr ? m_named->name : std::string();
    for (std::size_t i = m_wrappers.size(); i-- > 0;)
        text += m_wrappers[i] == Wrapper::List ? ']' : '!';
    return text;
}

} // namespace graft::schema
