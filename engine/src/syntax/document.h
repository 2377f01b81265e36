#pragma once

#include "graft/error.h"
#include "syntax/arena.h"
#include "syntax/ast.h"

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace graft::syntax {

/// A parsed GraphQL document: owns its source text and the arena holding every AST node.
/// Immutable after parsing; share it as `std::shared_ptr<const Document>` (parser.h).
class Document {
public:
    explicit Document(std::string source);
    Document(const Document &) = delete;
    Document &operator=(const Document &) = delete;

    /// The source text exactly as given to the parser; every Name and offset refers into it.
    std::string_view source() const { return m_source; }

    /// The top-level definitions in source order (never empty for a parsed document).
    const NodeList<const Definition *> &definitions() const { return m_definitions; }

    /// graphql-core's line:column for a byte offset into source() (CONTRACT §3.1 "Locations").
    SourceLocation location(std::uint32_t offset) const;

    /// Bytes the arena reserved for nodes and decoded strings.
    std::size_t arenaBytes() const { return m_arena.reservedBytes(); }

private:
    friend class Parser;

    std::string m_source;
    Arena m_arena;
    NodeList<const Definition *> m_definitions;
};

} // namespace graft::syntax
