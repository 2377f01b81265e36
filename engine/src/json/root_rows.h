#pragma once

#include "json/projection.h"
#include "json/row_projector.h"
#include "json/text_buffer.h"

#include <cstddef>
#include <memory>
#include <optional>
#include <string_view>

namespace graft::json {

/// Receives the rows of one root field's statement and projects each as it arrives (§6, §7.2):
/// SQL NULL and non-object documents are skipped; the projected objects are joined in row order.
class RootRows {
public:
    /// Projects through `projection`, which must outlive this object.
    explicit RootRows(std::shared_ptr<const Projection> projection);

    /// Room for the projections of rows whose texts total `textBytes` (an estimate: a projection
    /// is at most as long as its row, usually much shorter).
    void reserve(std::size_t textBytes) { m_out.reserve(textBytes / 2); }
    /// One row: its text, or nullopt for SQL NULL.
    void row(std::optional<std::string_view> text);

    /// Rows projected so far.
    std::size_t count() const { return m_count; }
    /// True when some row was not valid JSON text (an internal error of the request).
    bool malformed() const { return m_malformed; }
    /// A list query's value: `[…]` of the projected rows. Ends the list: no row may follow.
    std::string_view listJson();
    /// A lookup's value when count() <= 1: the projected row, or `null`.
    std::string_view lookupJson() const;

private:
    std::shared_ptr<const Projection> m_projection;
    RowProjector &m_projector = RowProjector::forThisThread();
    TextBuffer m_out; // `[` then the projected rows joined by ','
    std::size_t m_count = 0;
    bool m_malformed = false;
    bool m_closed = false;
};

} // namespace graft::json
