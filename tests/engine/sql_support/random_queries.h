#pragma once

// Seeded random list queries over a schema's generated input types: where filters with every
// operator the filter types have, embedded fields, AND/OR/NOT, orderBy, limit and offset. The
// structure (shape) and the values come from separate seeds, so one shape can be drawn with many
// value sets — the plan cache must serve them all from one plan.

#include "schema/schema_registry.h"

#include <cstdint>
#include <random>
#include <string>

namespace graft::test {

/// One generated request.
struct RandomQuery {
    std::string query;
    std::string variables; ///< JSON text or empty
};

/// Draws list queries from a schema.
class RandomQueryGenerator {
public:
    explicit RandomQueryGenerator(const schema::SchemaRegistry &registry) : m_registry(registry) {}

    /// The query of shape `shapeSeed` with values `valueSeed`; with `asVariable`, the where value is
    /// passed as the variable `$w` (JSON text) instead of a literal.
    RandomQuery generate(std::uint64_t shapeSeed, std::uint64_t valueSeed, bool asVariable = false);

private:
    void where(const schema::NamedType &whereInput, int depth, bool json);
    void filter(const schema::NamedType &filterType, bool json);
    void operatorValue(const schema::InputValue &input, schema::ScalarId scalar, bool json);
    void scalarValue(schema::ScalarId scalar, bool json);
    void orderBy(const schema::NamedType &orderByInput, int depth);
    void string(const std::string &text, bool json);
    std::size_t shapeInt(std::size_t bound) { return static_cast<std::size_t>(m_shape() % bound); }
    std::size_t valueInt(std::size_t bound) { return static_cast<std::size_t>(m_values() % bound); }

    const schema::SchemaRegistry &m_registry;
    std::mt19937_64 m_shape;
    std::mt19937_64 m_values;
    std::string m_out;
};

} // namespace graft::test
