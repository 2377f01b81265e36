#pragma once

#include "graft/error.h"

#include <memory>
#include <string>

namespace graft {

namespace schema {
class SchemaRegistry;
}

/// Configuration a schema depends on (CONTRACT §2.1).
struct SchemaOptions {
    std::string defaultSchema = "public"; ///< relation schema of `@view(name: "v")`
};

/// A loaded, immutable GraphQL schema (CONTRACT §1): what a host loads once and hands to the
/// engine. Cheap to copy (shared). Load failures come back as errors located in the SDL file.
class Schema {
public:
    /// Loads the SDL file at `path`; on failure, every problem found, each with its line:column.
    static Result<Schema> loadFile(const std::string &path, const SchemaOptions &options = {});
    /// Loads SDL text (the schema hash covers exactly these bytes).
    static Result<Schema> loadText(std::string sdl, const SchemaOptions &options = {});

    /// Lower-case hex SHA-256 of the SDL bytes (§1.7); part of the plan-cache key (§9).
    const std::string &hash() const;
    /// The exposed schema in graphql-core `print_schema` form.
    std::string printSdl() const;

    /// The engine-internal model (engine/src/schema); opaque to hosts.
    const std::shared_ptr<const schema::SchemaRegistry> &registry() const { return m_registry; }

private:
    explicit Schema(std::shared_ptr<const schema::SchemaRegistry> registry) : m_registry(std::move(registry)) {}

    std::shared_ptr<const schema::SchemaRegistry> m_registry;
};

} // namespace graft
