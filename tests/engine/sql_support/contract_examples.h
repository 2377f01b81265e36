#pragma once

// The worked examples of CONTRACT §11 that plan SQL (E1-E20) and the field-error cases X7-X10,
// as data: the request and the exact planning outcome in golden-line form (sql_request.h).

#include <string>
#include <vector>

namespace graft::test {

/// One example: request and expected `s`/`p`/`e` lines.
struct ContractExample {
    std::string name;
    std::string query;
    std::string variables;
    std::string context;
    std::vector<std::string> expected;
};

/// E1-E20 and X7-X10, in the contract's order.
const std::vector<ContractExample> &contractExamples();

} // namespace graft::test
