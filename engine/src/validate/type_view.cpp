#include "validate/type_view.h"

#include "schema/schema_registry.h"

namespace graft::validate {

TypeView TypeView::named(const schema::NamedType *named)
{
    TypeView view;
    view.m_named = named;
    return view;
}

TypeView TypeView::of(const schema::TypeRef &ref)
{
    TypeView view;
    if (!ref.valid())
        return view;
    view.m_named = ref.namedType();
    view.m_schemaRef = &ref;
    return view;
}

TypeView TypeView::fromAst(const syntax::TypeRef *ref, const schema::SchemaRegistry &registry)
{
    TypeView view;
    if (ref == nullptr)
        return view;
    const syntax::TypeRef *inner = ref;
    while (inner->kind != syntax::TypeKind::Named)
        inner = inner->ofType;
    view.m_named = registry.type(inner->name.value);
    if (view.m_named != nullptr)
        view.m_astRef = ref;
    return view;
}

TypeView::Wrapper TypeView::outer() const
{
    if (m_schemaRef != nullptr) {
        const auto &wrappers = m_schemaRef->wrappers();
        if (m_depth >= wrappers.size())
            return Wrapper::None;
        return wrappers[m_depth] == schema::TypeRef::Wrapper::List ? Wrapper::List : Wrapper::NonNull;
    }
    if (m_astRef != nullptr) {
        switch (m_astRef->kind) {
        case syntax::TypeKind::List: return Wrapper::List;
        case syntax::TypeKind::NonNull: return Wrapper::NonNull;
        case syntax::TypeKind::Named: return Wrapper::None;
        }
    }
    return Wrapper::None;
}

bool TypeView::isNonNull() const
{
    return outer() == Wrapper::NonNull;
}

bool TypeView::isList() const
{
    return outer() == Wrapper::List;
}

TypeView TypeView::ofType() const
{
    if (outer() == Wrapper::None)
        return *this;
    TypeView inner = *this;
    if (m_schemaRef != nullptr)
        ++inner.m_depth;
    else
        inner.m_astRef = m_astRef->ofType;
    return inner;
}

void TypeView::appendTo(std::string &out) const
{
    if (m_named == nullptr)
        return;
    switch (outer()) {
    case Wrapper::None:
        out += m_named->name;
        return;
    case Wrapper::List:
        out += '[';
        ofType().appendTo(out);
        out += ']';
        return;
    case Wrapper::NonNull:
        ofType().appendTo(out);
        out += '!';
        return;
    }
}

std::string TypeView::toString() const
{
    std::string out;
    appendTo(out);
    return out;
}

bool operator==(const TypeView &a, const TypeView &b)
{
    TypeView x = a;
    TypeView y = b;
    for (;;) {
        const TypeView::Wrapper wx = x.outer();
        if (wx != y.outer())
            return false;
        if (wx == TypeView::Wrapper::None)
            return x.m_named == y.m_named;
        x = x.ofType();
        y = y.ofType();
    }
}

bool isTypeSubTypeOf(const TypeView &sub, const TypeView &super)
{
    if (super.isNonNull()) {
        if (sub.isNonNull())
            return isTypeSubTypeOf(sub.ofType(), super.ofType());
        return false;
    }
    if (sub.isNonNull())
        return isTypeSubTypeOf(sub.ofType(), super);
    if (super.isList()) {
        if (sub.isList())
            return isTypeSubTypeOf(sub.ofType(), super.ofType());
        return false;
    }
    if (sub.isList())
        return false;
    // No abstract types in Graft: only the identical named type is a subtype.
    return sub.namedType() == super.namedType();
}

} // namespace graft::validate
