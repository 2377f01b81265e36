#include "sql/path_expression.h"

namespace graft::sql {

void appendIdentifier(std::string &out, std::string_view name)
{
    out += '"';
    out += name;
    out += '"';
}

PathExpression pathExpression(const schema::FieldDefinition &field, std::string_view jsonb,
                              std::span<const std::string_view> prefix)
{
    const schema::ScalarId scalar = field.scalar.value_or(schema::ScalarId::JSON);
    PathExpression path;
    if (field.column) {
        appendIdentifier(path.typed, *field.column);
        path.json = path.typed;
        path.nullTest = path.typed;
        path.type = schema::fieldParameterType(scalar, true);
        return path;
    }
    // R = "jsonb"->'e1'->…->'em'; keys match [A-Za-z0-9_-] (§1.2), so they are quoted as they are.
    std::string base;
    appendIdentifier(base, jsonb);
    for (std::string_view key : prefix) {
        base += "->'";
        base += key;
        base += '\'';
    }
    path.json = base + "->'" + field.documentKey + "'";
    path.nullTest = base + "->>'" + field.documentKey + "'";
    if (field.list || scalar == schema::ScalarId::JSON) {
        path.typed = path.json;
        path.type = "jsonb";
        return path;
    }
    const std::string_view cast = schema::scalarInfo(scalar).pathCast;
    path.type = schema::fieldParameterType(scalar, false);
    if (cast.empty()) {
        path.typed = path.nullTest;
        return path;
    }
    path.typed.reserve(path.nullTest.size() + cast.size() + 4);
    path.typed += '(';
    path.typed += path.nullTest;
    path.typed += ")::";
    path.typed += cast;
    return path;
}

} // namespace graft::sql
