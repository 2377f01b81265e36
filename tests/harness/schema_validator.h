#pragma once

#include "json_value.h"

#include <string>
#include <vector>

namespace graft::harness::test {

/// Validates JSON against the JSON Schema subset report.schema.json uses: type, enum, properties,
/// required, additionalProperties, items, minimum, oneOf, local $ref (#/$defs/…). Unknown keywords
/// are errors, so the schema cannot silently use more than is checked.
class SchemaValidator {
public:
    explicit SchemaValidator(JsonValue schema) : m_schema(std::move(schema)) {}

    /// Every violation, as "pointer: message"; empty when valid.
    std::vector<std::string> validate(const JsonValue& instance) const;

private:
    void check(const JsonValue& schema, const JsonValue& value, const std::string& at, std::vector<std::string>& out) const;
    const JsonValue* resolve(const std::string& ref) const;

    JsonValue m_schema;
};

} // namespace graft::harness::test
