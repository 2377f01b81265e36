#pragma once

#include <string>

namespace graft::harness {

/// What clusters divergences: outcome, index-free pointer, field coordinate, operator.
struct Signature {
    std::string outcome;     ///< caseOutcomeName
    std::string path;        ///< index-free pointer of the first deciding difference: /data/users/*/age
    std::string coordinate;  ///< response keys (users.homeAddress.city), the relation (app.v_user) or the error path
    std::string op;          ///< the SQL operator at the difference (LIKE, = ANY, ORDER BY), or the error code

    /// "outcome|path|coordinate|op": the clustering and baseline key.
    std::string key() const { return outcome + "|" + path + "|" + coordinate + "|" + op; }
    friend bool operator==(const Signature&, const Signature&) = default;
};

} // namespace graft::harness
