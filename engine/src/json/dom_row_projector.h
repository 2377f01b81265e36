#pragma once

// The DOM alternative to RowProjector: each row is read by RapidJSON's SAX Reader (iterative,
// numbers as strings) into a flat value tree, then projected. Same output bytes; kept for the
// streaming-vs-DOM measurement (bench_response_writer) and as a cross-check in tests.

#include "json/projection.h"
#include "json/row_projector.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace graft::json {

/// Projects rows by building a per-row value tree first; one instance per thread.
class DomRowProjector {
public:
    /// Appends the projection of row `text` to `out` when it is a JSON object.
    RowOutcome project(const Projection &projection, std::string_view text, std::string &out);

    /// One node of the flat tree, in document pre-order.
    struct Node {
        enum class Kind : std::uint8_t { Null, True, False, Number, String, Array, Object } kind = Kind::Null;
        std::uint32_t text = 0;   ///< String/Number: offset of the decoded text in the pool
        std::uint32_t length = 0; ///< String/Number: its length; Array/Object: members or items
        std::uint32_t size = 1;   ///< nodes in this subtree (itself included); object keys count
    };

private:
    void projectObject(const Projection &projection, std::uint32_t index, std::string &out);
    void write(std::uint32_t index, std::string &out) const;
    std::string_view text(const Node &node) const { return std::string_view(m_pool).substr(node.text, node.length); }

    std::vector<Node> m_nodes;
    std::string m_pool;
    std::vector<std::uint32_t> m_slots;
};

} // namespace graft::json
