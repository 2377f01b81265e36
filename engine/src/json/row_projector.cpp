#include "json/row_projector.h"

namespace graft::json {

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
        out.resize(mark);
        return RowOutcome::Malformed;
    }
    scan::skipSpace(p, end);
    if (p != end) {
        out.resize(mark);
        return RowOutcome::Malformed;
    }
    return RowOutcome::Projected;
}

bool RowProjector::projectObject(const Projection &projection, const char *&p, const char *end, std::string &out)
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

bool RowProjector::writeValue(const Span &span, std::string &out)
{
    switch (span.shape) {
    case scan::ValueShape::PlainString:
        out.append(span.begin, span.end);
        return true;
    case scan::ValueShape::Scalar:
        return scan::copyScalar(span.begin, span.end, out);
    case scan::ValueShape::String:
    case scan::ValueShape::Container:
        break;
    }
    const char *v = span.begin;
    return scan::transcodeValue(v, span.end, out) && v == span.end;
}

bool RowProjector::writeObject(const Projection &projection, std::size_t base, std::string &out)
{
    out += '{';
    bool first = true;
    for (const ProjectedField &field : projection.fields()) {
        if (!first)
            out += ',';
        first = false;
        out += field.keyJson;
        if (field.kind == ProjectedKind::Typename) {
            out += field.typenameJson;
            continue;
        }
        const Span span = m_spans[base + field.slot];
        if (!span.begin) {
            out += "null";
            continue;
        }
        switch (field.kind) {
        case ProjectedKind::Value:
            if (!writeValue(span, out))
                return false;
            break;
        case ProjectedKind::Object:
            if (*span.begin != '{') {
                out += "null";
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
                out += "null";
            } else if (!projectList(*field.child, span, out)) {
                return false;
            }
            break;
        case ProjectedKind::Typename:
            break;
        }
    }
    out += '}';
    return true;
}

bool RowProjector::projectList(const Projection &projection, Span span, std::string &out)
{
    const char *p = span.begin + 1; // '['
    const char *end = span.end;
    out += '[';
    scan::skipSpace(p, end);
    if (p < end && *p == ']') {
        out += ']';
        return true;
    }
    bool first = true;
    for (;;) {
        scan::skipSpace(p, end);
        if (p >= end)
            return false;
        if (!first)
            out += ',';
        first = false;
        if (*p == '{') {
            if (!projectObject(projection, p, end, out))
                return false;
        } else {
            if (!scan::skipValue(p, end))
                return false;
            out += "null";
        }
        scan::skipSpace(p, end);
        if (p < end && *p == ',') {
            ++p;
            continue;
        }
        if (p < end && *p == ']') {
            out += ']';
            return true;
        }
        return false;
    }
}

} // namespace graft::json
