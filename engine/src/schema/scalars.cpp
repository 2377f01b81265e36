#include "schema/scalars.h"

namespace graft::schema {

namespace {

constexpr std::array<ScalarInfo, kScalarCount> kScalars = {{
#define GRAFT_SCALAR(id, name, kind, cast, column, builtIn) \
    {ScalarId::id, name, ScalarKind::kind, cast, column, builtIn},
#include "schema/scalars.def"
#undef GRAFT_SCALAR
}};

} // namespace

const ScalarInfo &scalarInfo(ScalarId id)
{
    return kScalars[static_cast<std::size_t>(id)];
}

const std::array<ScalarInfo, kScalarCount> &allScalars()
{
    return kScalars;
}

std::optional<ScalarId> scalarByName(std::string_view name)
{
    for (const ScalarInfo &info : kScalars) {
        if (info.name == name)
            return info.id;
    }
    return std::nullopt;
}

std::string_view fieldParameterType(ScalarId id, bool column)
{
    const ScalarInfo &info = scalarInfo(id);
    if (column)
        return info.columnType;
    if (info.kind == ScalarKind::Text)
        return "text";
    if (info.kind == ScalarKind::Jsonb)
        return "jsonb";
    return info.pathCast;
}

} // namespace graft::schema
