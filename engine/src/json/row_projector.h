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
#include <memory>
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

    /// The calling thread's projector: its key models (see KeyModel) and scratch space outlive a
    /// request, so the rows of a repeated query are guessed from its first request on.
    static RowProjector &forThisThread();

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

    /// At a `{` at `position`: finds the members `projection` reads (into m_spans from `base`,
    /// frameSize() of them; inline children projected into their frames) and moves `position`
    /// past the closing `}`.
    bool scanObject(const Projection &projection, const char *&position, const char *end, std::size_t base);
    /// Writes the object whose members scanObject found at `base`, in response order.
    bool writeObject(const Projection &projection, std::size_t base, TextBuffer &out);
    /// Scans and writes the object at `p` in a frame of its own past the frames in use.
    bool projectObject(const Projection &projection, const char *&p, const char *end, TextBuffer &out);
    bool projectList(const Projection &projection, Span span, TextBuffer &out);
    bool writeValue(const Span &span, TextBuffer &out);
    /// writeValue for containers and strings with escapes: copied or transcoded.
    [[gnu::noinline]] bool writeOtherValue(const Span &span, TextBuffer &out);

    /// A guess at the next member of an object: the bytes from the end of the value before it (or
    /// the first member's opening quote) to its value — comma, name, colon and the space around
    /// them, as an earlier object had them.
    struct KeyGuess {
        char bytes[32] = {};      ///< zero-padded
        std::uint32_t mask[2] = {}; ///< bit i of mask[h] set: bytes[16 * h + i] is one of them
        std::uint32_t size = 0;   ///< how many (at most 32)
        int slot = -1;            ///< the projection's slot of the name, or -1
    };
    /// The member names the objects of one projection had, in their order: the rows of one view
    /// mostly share one sequence (PostgreSQL writes jsonb keys sorted), so a member usually costs
    /// one compare with the guess after the last member's, instead of a scan and a lookup.
    struct KeyModel {
        std::vector<KeyGuess> guesses; ///< the members after the first, in order
        std::vector<KeyGuess> firsts;  ///< the first members
    };
    /// What readName found.
    struct NameRead {
        const char *value = nullptr; ///< where the member's value starts; null: malformed text
        int slot = -1;               ///< the projection's slot of the name, or -1
        std::uint32_t next = 0;      ///< the model's guess at the member after it
    };
    /// The model of `projection`'s objects, made empty when new.
    KeyModel &keyModel(const Projection &projection);
    /// Past a member name's opening quote at `keyBegin`, when no guess matched: reads the name and
    /// its colon, and learns the text from `guessBegin` to the value as `guesses[next]` when the
    /// name is plain and the text short. Out of line: most members are guessed.
    [[gnu::noinline]] NameRead readName(const Projection &projection, std::vector<KeyGuess> &guesses,
                                        const char *guessBegin, const char *keyBegin, const char *end,
                                        std::size_t next);

    std::vector<Span> m_spans; // the frames of the objects being projected, outermost first
    std::size_t m_framesUsed = 0; // how many of m_spans those frames take
    // Stable while nested objects add models; dropped together, between rows, past kMaxModels.
    std::vector<std::unique_ptr<KeyModel>> m_models;
    std::vector<std::uint64_t> m_modelIds;           // the Projection::id() of each of m_models
    Span m_unread;             // where scanObject records the members no field reads
    std::string m_key;         // a member name that needed unescaping
    std::string m_transcoded;  // a value being transcoded
};

} // namespace graft::json
