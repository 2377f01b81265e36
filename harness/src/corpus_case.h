#pragma once

#include <optional>
#include <string>
#include <vector>

namespace graft::harness {

/// One corpus record (CONTRACT §10.1), as both sides receive it.
struct Case {
    std::string id;
    std::string query;
    std::optional<std::string> variables;      ///< compact JSON text, number tokens verbatim; nullopt ≡ null
    std::optional<std::string> operationName;  ///< nullopt ≡ null
    std::string context = "{}";                ///< compact JSON text
    std::vector<std::string> tags;
    std::string source;  ///< file the record came from
    int line = 0;        ///< 1-based line in that file
};

} // namespace graft::harness
