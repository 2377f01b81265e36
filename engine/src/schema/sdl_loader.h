#pragma once

#include "graft/error.h"
#include "schema/schema_registry.h"

#include <memory>
#include <string>

namespace graft::schema {

/// Configuration the schema depends on (CONTRACT §2.1).
struct SchemaLoadOptions {
    std::string defaultSchema = "public"; ///< the relation schema of `@view(name: "v")`
};

/// Reads an SDL file (CONTRACT §1.1-§1.6) into a SchemaRegistry: resolves @view, @json and
/// @column, checks every schema-load rule, generates the input types. On failure returns every
/// error found, each located at its SDL line:column as an editor counts them (syntax errors keep
/// graphql-core's location rule, §3.1), code InternalServerError (a schema that does not load
/// stops the engine, the error never reaches a client); never a partial registry.
class SdlLoader {
public:
    /// Loads SDL text; the schema hash is the SHA-256 of exactly these bytes.
    static Result<std::shared_ptr<const SchemaRegistry>> loadText(std::string sdl,
                                                                  const SchemaLoadOptions &options = {});
    /// Loads the SDL file at `path` (an unreadable file is an error without location).
    static Result<std::shared_ptr<const SchemaRegistry>> loadFile(const std::string &path,
                                                                  const SchemaLoadOptions &options = {});
};

/// Lower-case hex SHA-256 of `bytes` (the schema hash of §1.7).
std::string sha256Hex(std::string_view bytes);

} // namespace graft::schema
