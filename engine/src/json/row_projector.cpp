#include "json/row_projector.h"

#include "json/json_text_scanner.h"

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
    // Locate the members the projection reads (the last of duplicate names wins, as in Python).
    const std::size_t base = m_spans.size();
    m_spans.resize(base + projection.slotCount());
    ++p; // '{'
    scan::skipSpace(p, end);
    if (p < end && *p == '}') {
        ++p;
    } else {
        for (;;) {
            scan::skipSeparatorSpace(p, end);
            if (p >= end || *p != '"')
                return false;
            const char *keyBegin = p + 1;
            bool escaped = false;
            if (!scan::skipString(p, end, escaped))
                return false;
            std::string_view key(keyBegin, static_cast<std::size_t>(p - 1 - keyBegin));
            const char *readable = end; // how far past the key's start the row text goes
            if (escaped) {
                m_key.clear();
                if (!scan::decodeString(keyBegin, p - 1, m_key))
                    return false;
                key = m_key;
                readable = nullptr;
            }
            scan::skipSeparatorSpace(p, end);
            if (p >= end || *p != ':')
                return false;
            ++p;
            scan::skipSeparatorSpace(p, end);
            const char *valueBegin = p;
            if (!scan::skipValue(p, end))
                return false;
            const int slot = projection.slotOf(key, readable);
            if (slot >= 0)
                m_spans[base + static_cast<std::size_t>(slot)] = {valueBegin, p};
            scan::skipSeparatorSpace(p, end);
            if (p < end && *p == ',') {
                ++p;
                continue;
            }
            if (p < end && *p == '}') {
                ++p;
                break;
            }
            return false;
        }
    }

    // Write the fields in response order.
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
        const char *v = span.begin;
        switch (field.kind) {
        case ProjectedKind::Value:
            if (!scan::copyPlainValue(span.begin, span.end, end, out) && !scan::transcodeValue(v, span.end, out))
                return false;
            break;
        case ProjectedKind::Object:
            if (*v == '{') {
                if (!projectObject(*field.child, v, span.end, out))
                    return false;
            } else {
                out += "null";
            }
            break;
        case ProjectedKind::ObjectList:
            if (*v == '[') {
                if (!projectList(*field.child, span, out))
                    return false;
            } else {
                out += "null";
            }
            break;
        case ProjectedKind::Typename:
            break;
        }
    }
    out += '}';
    m_spans.resize(base);
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
