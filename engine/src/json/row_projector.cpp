#include "json/row_projector.h"

#include <algorithm>
#include <cstring>

namespace graft::json {

namespace {

/// Guesses tried for one member: the one after the last member's, and the next two (an object
/// that lacks one or two members the last one had).
constexpr std::size_t kLookahead = 3;
/// Bound of one projection's model; past it the model starts again (objects of no common shape).
constexpr std::size_t kMaxGuesses = 64;
/// Key models a projector keeps: past this many projections seen, all are dropped before the
/// next row (a thread serving many distinct queries relearns; the common few stay learnt).
constexpr std::size_t kMaxModels = 32;

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

/// findGuess byte by byte, where fewer than 32 bytes are readable from `key` (`room` of them).
template <typename Guess>
[[gnu::noinline]] const Guess *findGuessBytewise(const Guess *guess, const Guess *last, const char *key,
                                                 std::size_t room)
{
    for (; guess < last; ++guess)
        if (room >= guess->size && std::memcmp(key, guess->bytes, guess->size) == 0)
            return guess;
    return nullptr;
}

/// The first of the guesses [guess, last) (at most kLookahead of them) that the text at `key`
/// (where a member's separator or first name starts; `end` ends the row text) begins with, or
/// null: one 16-byte compare each, two for the longer ones.
template <typename Guess>
inline const Guess *findGuess(const Guess *guess, const Guess *last, const char *key, const char *end)
{
    if (last - guess > static_cast<std::ptrdiff_t>(kLookahead))
        last = guess + kLookahead;
    const auto room = static_cast<std::size_t>(end - key);
#if defined(__SSE2__)
    if (room >= 16) [[likely]] {
        const __m128i row = _mm_loadu_si128(reinterpret_cast<const __m128i *>(key));
        for (; guess < last; ++guess) {
            const __m128i expected = _mm_loadu_si128(reinterpret_cast<const __m128i *>(guess->bytes));
            const auto same = static_cast<std::uint32_t>(_mm_movemask_epi8(_mm_cmpeq_epi8(row, expected)));
            if ((same & guess->mask[0]) != guess->mask[0])
                continue;
            if (guess->size <= 16)
                return guess;
            if (room < 32)
                return findGuessBytewise(guess, last, key, room);
            const __m128i rowTail = _mm_loadu_si128(reinterpret_cast<const __m128i *>(key + 16));
            const __m128i expectedTail = _mm_loadu_si128(reinterpret_cast<const __m128i *>(guess->bytes + 16));
            const auto sameTail = static_cast<std::uint32_t>(_mm_movemask_epi8(_mm_cmpeq_epi8(rowTail, expectedTail)));
            if ((sameTail & guess->mask[1]) == guess->mask[1])
                return guess;
        }
        return nullptr;
    }
#endif
    return findGuessBytewise(guess, last, key, room);
}

} // namespace

RowProjector::KeyModel &RowProjector::keyModel(const Projection &projection)
{
    const std::uint64_t id = projection.id();
    for (std::size_t i = 0, n = m_modelIds.size(); i < n; ++i)
        if (m_modelIds[i] == id)
            return *m_models[i];
    // Room for the members of most objects, so learning the first row allocates once.
    auto model = std::make_unique<KeyModel>();
    model->guesses.reserve(32);
    model->firsts.reserve(4);
    m_models.push_back(std::move(model));
    m_modelIds.push_back(id);
    return *m_models.back();
}

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

RowProjector &RowProjector::forThisThread()
{
    thread_local RowProjector projector;
    return projector;
}

RowOutcome RowProjector::project(const Projection &projection, std::string_view text, TextBuffer &out)
{
    if (m_models.size() > kMaxModels) { // between rows: no scan holds a model
        m_models.clear();
        m_modelIds.clear();
    }
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
    m_framesUsed = 0;
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
    // The spans past m_framesUsed are kept from object to object, not cleared: scanObject clears
    // the slots of each frame it scans, and a child's frame is read only once its scan filled it.
    const std::size_t base = m_framesUsed;
    m_framesUsed = base + projection.frameSize();
    if (m_spans.size() < m_framesUsed)
        m_spans.resize(m_framesUsed);
    const bool ok = scanObject(projection, p, end, base) && writeObject(projection, base, out);
    m_framesUsed = base;
    return ok;
}

RowProjector::NameRead RowProjector::readName(const Projection &projection, std::vector<KeyGuess> &guesses,
                                              const char *guessBegin, const char *keyBegin, const char *end,
                                              std::size_t next)
{
    const char *p = scan::findSpecial<false>(keyBegin, end);
    if (p >= end)
        return {};
    std::string_view key(keyBegin, static_cast<std::size_t>(p - keyBegin));
    const char *readable = end; // how far past the key's start the row text goes
    const bool plain = *p == '"';
    if (plain) {
        ++p;
    } else {
        bool escaped = true;
        if (!scan::skipStringRest(p, end, escaped))
            return {};
        m_key.clear();
        if (!scan::decodeString(keyBegin, p - 1, m_key))
            return {};
        key = m_key;
        readable = nullptr;
    }
    if (end - p >= 3 && p[0] == ':' && p[1] == ' ' && static_cast<unsigned char>(p[2]) > ' ') {
        p += 2;
    } else {
        scan::skipSpace(p, end);
        if (p >= end || *p != ':')
            return {};
        ++p;
        scan::skipSpace(p, end);
    }
    const int slot = projection.slotOf(key, readable);
    const auto size = static_cast<std::size_t>(p - guessBegin);
    next = std::min(next, guesses.size());
    if (plain && size <= sizeof KeyGuess::bytes) {
        // Learnt where the guesses were: the objects that have this member then guess it there.
        if (guesses.size() >= kMaxGuesses) {
            guesses.clear();
            next = 0;
        }
        KeyGuess guess;
        std::memcpy(guess.bytes, guessBegin, size);
        guess.mask[0] = size >= 16 ? 0xFFFFu : (1u << size) - 1;
        guess.mask[1] = size <= 16 ? 0u : (1u << (size - 16)) - 1;
        guess.size = static_cast<std::uint32_t>(size);
        guess.slot = slot;
        guesses.insert(guesses.begin() + static_cast<std::ptrdiff_t>(next), guess);
        ++next;
    }
    return {p, slot, static_cast<std::uint32_t>(next)};
}

bool RowProjector::scanObject(const Projection &projection, const char *&position, const char *end, std::size_t base)
{
    // Every member is scanned (the last of duplicate names wins, as in Python). The separators
    // PostgreSQL writes — `": "` and `", "` — are taken with one compare each; any other
    // whitespace falls through to skipSpace. The position is kept in a local: the spans written
    // below could otherwise alias it, and it would be reloaded after each.
    const char *p = position;
    Span *const frame = m_spans.data() + base;
    for (std::size_t slot = 0, slots = projection.slotCount(); slot < slots; ++slot)
        frame[slot].begin = nullptr;
    ++p; // '{'
    scan::skipSpace(p, end);
    if (p < end && *p == '}') {
        position = p + 1;
        return true;
    }
    if (p >= end || *p != '"')
        return false;
    // The text from the first member's quote, or from the end of a value, to the start of the next
    // value is first compared with the model's guesses (see KeyModel): separator, name and colon
    // in one compare. A member none matches is scanned and looked up, and then learnt where the
    // guesses were. First members have guesses of their own, starting with a quote; the others'
    // start with a separator, so no guess matches where a quote is not (or is) allowed.
    KeyModel &model = keyModel(projection);
    int slot = -1;
    if (const KeyGuess *hit = findGuess(model.firsts.data(), model.firsts.data() + model.firsts.size(), p, end)) {
        slot = hit->slot;
        p += hit->size; // any more space before the value: see below
    } else {
        const NameRead read = readName(projection, model.firsts, p, p + 1, end, 0);
        if (!read.value)
            return false;
        p = read.value;
        slot = read.slot;
    }
    const KeyGuess *guess = model.guesses.data(); // the guess at the next member
    const KeyGuess *guessesEnd = guess + model.guesses.size();
    for (;;) {
        Span &span = slot >= 0 ? frame[static_cast<std::size_t>(slot)] : m_unread;
        const char *valueBegin = p;
        const Projection *child = slot >= 0 ? projection.inlineChild(static_cast<std::size_t>(slot)) : nullptr;
        // The calls below move a copy of p: p itself then need not live in memory.
        const char *valueEnd = p;
        if (child && p < end && *p == '{') {
            span.shape = scan::ValueShape::Container;
            const auto next = static_cast<std::size_t>(guess - model.guesses.data());
            if (!scanObject(*child, valueEnd, end, base + projection.childFrame(static_cast<std::size_t>(slot))))
                return false;
            // Only an object of this same projection could have changed the model; none is nested
            // in itself, but the guesses are found again rather than assumed in place.
            guess = model.guesses.data() + std::min(next, model.guesses.size());
            guessesEnd = model.guesses.data() + model.guesses.size();
        } else if (!scan::scanValue(valueEnd, end, span.shape)) {
            // A guess ends where its member's value started; another's may start past more space.
            // Taken here, where no value starts with a space, not on every guess.
            const char *spaced = p;
            scan::skipSpace(p, end);
            if (p == spaced)
                return false;
            continue;
        }
        p = valueEnd;
        span.begin = valueBegin;
        span.end = p;

        if (const KeyGuess *hit = findGuess(guess, guessesEnd, p, end)) {
            slot = hit->slot;
            p += hit->size; // any more space before the value: see above
            guess = hit + 1;
            continue;
        }
        const char *guessBegin = p;
        if (end - p >= 3 && p[0] == ',' && p[1] == ' ' && p[2] == '"') {
            p += 2;
        } else {
            scan::skipSpace(p, end);
            if (p < end && *p == '}') {
                position = p + 1;
                return true;
            }
            if (p >= end || *p != ',')
                return false;
            ++p;
            scan::skipSpace(p, end);
            if (p >= end || *p != '"')
                return false;
        }
        const NameRead read = readName(projection, model.guesses, guessBegin, p + 1, end,
                                       static_cast<std::size_t>(guess - model.guesses.data()));
        if (!read.value)
            return false;
        p = read.value;
        slot = read.slot;
        guess = model.guesses.data() + read.next;
        guessesEnd = model.guesses.data() + model.guesses.size();
    }
}

inline bool RowProjector::writeValue(const Span &span, TextBuffer &out)
{
    // Inline: most values are plain strings and scalars, a copy each; the rest out of line.
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
    case scan::ValueShape::String:
        break;
    }
    return writeOtherValue(span, out);
}

bool RowProjector::writeOtherValue(const Span &span, TextBuffer &out)
{
    if (span.shape == scan::ValueShape::Container && *span.begin == '[') {
        const std::size_t mark = out.size();
        if (copyFlatList(span.begin, span.end, out))
            return true;
        out.truncate(mark); // nested, escaped or malformed: the transcoder decides
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
    if (projection.fields().empty())
        out.put('{');
    for (const ProjectedField &field : projection.fields()) {
        out.put(field.prefixJson); // `{` or `,`, and the key
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
