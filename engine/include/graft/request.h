#pragma once

#include <optional>
#include <string>

namespace graft {

/// One GraphQL request (CONTRACT §2.1): the query text and the optional variables JSON text,
/// operation name and context JSON text (only `context.tenant` is read).
struct Request {
    std::string query;
    std::optional<std::string> variables;
    std::optional<std::string> operationName;
    std::optional<std::string> context;
};

} // namespace graft
