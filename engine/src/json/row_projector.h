#pragma once

// Projects row documents through a Projection with a hand-written single-pass scanner (CONTRACT
// §6, §7.2, §7.3): members a field reads are located as spans of the row text, the rest skipped;
// then the output is written in response order. Selected scalars, JSON values and lists are copied
// verbatim — number tokens exactly as PostgreSQL wrote them, whitespace dropped, strings decoded and
// re-encoded with §7.3 escaping — so no value tree is ever built.

#include "json/json_text_scanner.h"
#include "json/projection.h"
#include "json/text_buffer.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace graft::json {

/// What became of one row.
enum class RowOutcome : std::uint8_t {
    Projected, ///< a JSON object: its projection was appended
    Skipped,   ///< valid JSON but not an object: nothing appended (§6)
    Malformed, ///< not valid JSON text: nothing appended
};

/// Projects rows; holds scratch space, so one instance serves one thread at a time.
class RowProjector {
public:
    /// Appends the projection of row `text` to `out` when it is a JSON object.
    RowOutcome project(const Projection &projection, std::string_view text, TextBuffer &out);
    RowOutcome project(const Projection &projection, std::string_view text, std::string &out);

    /// Appends the one JSON value `text` compacted, numbers verbatim, strings re-escaped per §7.3;
    /// false (with `out` partly written) when `text` is not one valid JSON value.
    static bool transcode(std::string_view text, std::string &out);

private:
    /// Where a member's value lies in the row text, and what its scan learnt of it.
    struct Span {
        const char *begin = nullptr; ///< null: the member is absent
        const char *end = nullptr;
        scan::ValueShape shape = scan::ValueShape::Scalar;
    };

    /// At a `{`: finds the members `projection` reads (into m_spans from `base`, frameSize() of
    /// them; inline children projected into their frames) and moves past the closing `}`.
    bool scanObject(const Projection &projection, const char *&p, const char *end, std::size_t base);
    /// Writes the object whose members scanObject found at `base`, in response order.
    bool writeObject(const Projection &projection, std::size_t base, TextBuffer &out);
    /// Scans and writes the object at `p` in a frame of its own past the frames in use.
    bool projectObject(const Projection &projection, const char *&p, const char *end, TextBuffer &out);
    bool projectList(const Projection &projection, Span span, TextBuffer &out);
    bool writeValue(const Span &span, TextBuffer &out);

    std::vector<Span> m_spans; // the frames of the objects being projected, outermost first
    Span m_unread;             // where scanObject records the members no field reads
    std::string m_key;         // a member name that needed unescaping
    std::string m_transcoded;  // a value being transcoded
};

} // namespace graft::json
