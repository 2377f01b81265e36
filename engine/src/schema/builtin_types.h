#pragma once

#include "schema/type_table.h"

#include <vector>

namespace graft::schema {

/// Adds the fourteen scalars of §1.3 to `table`.
void addScalarTypes(TypeTable &table);

/// Adds graphql-core 3.2.6's introspection types (§1.7): __Schema __Type __TypeKind __Field
/// __InputValue __EnumValue __Directive __DirectiveLocation, with their fields and arguments.
/// Needs the scalars String and Boolean in `table`.
void addIntrospectionTypes(TypeTable &table);

/// graphql-core's specified directives in order: include, skip, deprecated, specifiedBy.
/// Needs the scalars String and Boolean in `table`.
std::vector<DirectiveDefinition> specifiedDirectives(const TypeTable &table);

} // namespace graft::schema
