#include "schema/type_ref.h"

#include "schema/type_system.h"

namespace graft::schema {

TypeRef TypeRef::listOf(TypeRef inner)
{
    inner.m_wrappers.insert(inner.m_wrappers.begin(), Wrapper::List);
    return inner;
}

TypeRef TypeRef::nonNullOf(TypeRef inner)
{
    inner.m_wrappers.insert(inner.m_wrappers.begin(), Wrapper::NonNull);
    return inner;
}

TypeRef TypeRef::ofType() const
{
    TypeRef inner = *this;
    if (!inner.m_wrappers.empty())
        inner.m_wrappers.erase(inner.m_wrappers.begin());
    return inner;
}

std::string TypeRef::toString() const
{
    std::string text;
    for (Wrapper w : m_wrappers) {
        if (w == Wrapper::List)
            text += '[';
    }
    text += m_named != nullptr ? m_named->name : std::string();
    for (auto it = m_wrappers.rbegin(); it != m_wrappers.rend(); ++it)
        text += *it == Wrapper::List ? ']' : '!';
    return text;
}

} // namespace graft::schema
