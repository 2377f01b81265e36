#include "json/row_projector.h"

namespace graft::json {

namespace {

/// Copies a list of plain strings and scalars — the common list value — compacted: the ", "
/// PostgreSQL writes between elements becomes ",". False (with `out` partly written) at anything
/// else: a nested container, an escape or control character, a malformed element.
bool copyFlatList(const char *p, const char *end, TextBuffer &out)
{
    ++p; // '['
    out.put('[');
    scan::skipSpace(p, end);
    if (p < end && *p == ']') {
        out.put(']');
        return p + 1 == end;
    }
    for (;;) {
        if (p >= end)
            return false;
        const char *start = p;
        if (*p == '"') {
            p = scan::findSpecial<true>(p + 1, end);
            if (p >= end || *p != '"')
                return false;
            ++p;
        } else {
            if (*p == '{' || *p == '[')
                return false;
            scan::skipScalar(p, end);
            if (!scan::isScalarToken(start, p))
                return false;
        }
        out.put(start, p);
        scan::skipSpace(p, end);
        if (p < end && *p == ',') {
            out.put(',');
            ++p;
            scan::skipSpace(p, end);
            continue;
        }
        if (p < end && *p == ']') {
            out.put(']');
            return p + 1 == end;
        }
        return false;
    }
}

} // namespace

bool RowProjector::transcode(std::string_view text, std::string &out)
{
    const char *p = text.data();
    const char *end = p + text.size();
    if (!scan::transcodeValue(p, end, out))
        return false;
    scan::skipSpace(p, end);
    return p == end;
}

RowOutcome RowProjector::project(const Projection &projection, std::string_view text, std::string &out)
{
    TextBuffer buffer;
    const RowOutcome outcome = project(projection, text, buffer);
    out.append(buffer.view());
    return outcome;
}

RowOutcome RowProjector::project(const Projection &projection, std::string_view text, TextBuffer &out)
{
    const char *p = text.data();
    const char *end = p + text.size();
    scan::skipSpace(p, end);
    if (p >= end)
        return RowOutcome::Malformed;
    if (*p != '{') {
        std::string scratch;
        return transcode(text, scratch) ? RowOutcome::Skipped : RowOutcome::Malformed;
    }
    const std::size_t mark = out.size();
    m_spans.clear();
    if (!projectObject(projection, p, end, out)) {
        out.truncate(mark);
        return RowOutcome::Malformed;
    }
    scan::skipSpace(p, end);
    if (p != end) {
        out.truncate(mark);
        return RowOutcome::Malformed;
    }
    return RowOutcome::Projected;
}

bool RowProjector::projectObject(const Projection &projection, const char *&p, const char *end, TextBuffer &out)
{
    const std::size_t base = m_spans.size();
    m_spans.resize(base + projection.frameSize());
    const bool ok = scanObject(projection, p, end, base) && writeObject(projection, base, out);
    m_spans.resize(base);
    return ok;
}

bool RowProjector::scanObject(const Projection &projection, const char *&p, const char *end, std::size_t base)
{
    // Every member is scanned (the last of duplicate names wins, as in Python). The separators
    // PostgreSQL writes — `": "` and `", "` — are taken with one compare each; any other
    // whitespace falls through to skipSpace.
    for (std::size_t slot = 0; slot < projection.slotCount(); ++slot)
        m_spans[base + slot].begin = nullptr;
    ++p; // '{'
    scan::skipSpace(p, end);
    if (p < end && *p == '}') {
        ++p;
        return true;
    }
    for (;;) {
        if (p >= end || *p != '"')
            return false;
        const char *keyBegin = p + 1;
        p = scan::findSpecial<false>(keyBegin, end);
        if (p >= end)
            return false;
        std::string_view key(keyBegin, static_cast<std::size_t>(p - keyBegin));
        const char *readable = end; // how far past the key's start the row text goes
        if (*p == '"') {
            ++p;
        } else {
            bool escaped = true;
            if (!scan::skipStringRest(p, end, escaped))
                return false;
            m_key.clear();
            if (!scan::decodeString(keyBegin, p - 1, m_key))
                return false;
            key = m_key;
            readable = nullptr;
        }
        if (end - p >= 3 && p[0] == ':' && p[1] == ' ' && static_cast<unsigned char>(p[2]) > ' ') {
            p += 2;
        } else {
            scan::skipSpace(p, end);
            if (p >= end || *p != ':')
                return false;
            ++p;
            scan::skipSpace(p, end);
        }
        const int slot = projection.slotOf(key, readable);
        Span &span = slot >= 0 ? m_spans[base + static_cast<std::size_t>(slot)] : m_unread;
        const char *valueBegin = p;
        const Projection *child = slot >= 0 ? projection.inlineChild(static_cast<std::size_t>(slot)) : nullptr;
        if (child && p < end && *p == '{') {
            span.shape = scan::ValueShape::Container;
            if (!scanObject(*child, p, end, base + projection.childFrame(static_cast<std::size_t>(slot))))
                return false;
        } else if (!scan::scanValue(p, end, span.shape)) {
            return false;
        }
        span.begin = valueBegin;
        span.end = p;
        if (end - p >= 3 && p[0] == ',' && p[1] == ' ' && p[2] == '"') {
            p += 2;
            continue;
        }
        scan::skipSpace(p, end);
        if (p < end && *p == ',') {
            ++p;
            scan::skipSpace(p, end);
            continue;
        }
        if (p < end && *p == '}') {
            ++p;
            return true;
        }
        return false;
    }
}

bool RowProjector::writeValue(const Span &span, TextBuffer &out)
{
    switch (span.shape) {
    case scan::ValueShape::PlainString:
        out.put(span.begin, span.end);
        return true;
    case scan::ValueShape::Scalar:
        if (!scan::isScalarToken(span.begin, span.end))
            return false;
        out.put(span.begin, span.end);
        return true;
    case scan::ValueShape::Container:
        if (*span.begin == '[') {
            const std::size_t mark = out.size();
            if (copyFlatList(span.begin, span.end, out))
                return true;
            out.truncate(mark); // nested, escaped or malformed: the transcoder decides
        }
        break;
    case scan::ValueShape::String:
        break;
    }
    const char *v = span.begin;
    std::string &text = m_transcoded;
    text.clear();
    if (!scan::transcodeValue(v, span.end, text) || v != span.end)
        return false;
    out.put(text);
    return true;
}

bool RowProjector::writeObject(const Projection &projection, std::size_t base, TextBuffer &out)
{
    out.put('{');
    bool first = true;
    for (const ProjectedField &field : projection.fields()) {
        if (!first)
            out.put(',');
        first = false;
        out.put(field.keyJson);
        if (field.kind == ProjectedKind::Typename) {
            out.put(field.typenameJson);
            continue;
        }
        const Span span = m_spans[base + field.slot];
        if (!span.begin) {
            out.put("null");
            continue;
        }
        switch (field.kind) {
        case ProjectedKind::Value:
            if (!writeValue(span, out))
                return false;
            break;
        case ProjectedKind::Object:
            if (*span.begin != '{') {
                out.put("null");
            } else if (projection.inlineChild(field.slot)) {
                if (!writeObject(*field.child, base + projection.childFrame(field.slot), out))
                    return false;
            } else {
                const char *v = span.begin;
                if (!projectObject(*field.child, v, span.end, out))
                    return false;
            }
            break;
        case ProjectedKind::ObjectList:
            if (*span.begin != '[') {
                out.put("null");
            } else if (!projectList(*field.child, span, out)) {
                return false;
            }
            break;
        case ProjectedKind::Typename:
            break;
        }
    }
    out.put('}');
    return true;
}

bool RowProjector::projectList(const Projection &projection, Span span, TextBuffer &out)
{
    const char *p = span.begin + 1; // '['
    const char *end = span.end;
    out.put('[');
    scan::skipSpace(p, end);
    if (p < end && *p == ']') {
        out.put(']');
        return true;
    }
    bool first = true;
    for (;;) {
        scan::skipSpace(p, end);
        if (p >= end)
            return false;
        if (!first)
            out.put(',');
        first = false;
        if (*p == '{') {
            if (!projectObject(projection, p, end, out))
                return false;
        } else {
            if (!scan::skipValue(p, end))
                return false;
            out.put("null");
        }
        scan::skipSpace(p, end);
        if (p < end && *p == ',') {
            ++p;
            continue;
        }
        if (p < end && *p == ']') {
            out.put(']');
            return true;
        }
        return false;
    }
}

} // namespace graft::json
