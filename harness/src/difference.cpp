#include "difference.h"

#include <array>
#include <utility>

namespace graft::harness {

namespace {

constexpr std::array<std::pair<DiffKind, const char*>, 11> kNames{{
    {DiffKind::Missing, "missing"},
    {DiffKind::Extra, "extra"},
    {DiffKind::Type, "type"},
    {DiffKind::Value, "value"},
    {DiffKind::Length, "length"},
    {DiffKind::Multiset, "multiset"},
    {DiffKind::KeyOrder, "key-order"},
    {DiffKind::Serialization, "serialization"},
    {DiffKind::Sql, "sql"},
    {DiffKind::Params, "params"},
    {DiffKind::Cache, "cache"},
}};

} // namespace

const char* diffKindName(DiffKind kind)
{
    for (const auto& [k, name] : kNames) {
        if (k == kind)
            return name;
    }
    return "value";
}

std::optional<DiffKind> diffKindFromName(std::string_view name)
{
    for (const auto& [k, n] : kNames) {
        if (name == n)
            return k;
    }
    return std::nullopt;
}

} // namespace graft::harness
