#include "syntax/source_location.h"

#include "syntax/utf8.h"

namespace graft::syntax {

SourceLocation locateOffset(std::string_view source, std::uint32_t offset)
{
    const std::size_t end = offset < source.size() ? offset : source.size();
    int line = 1;
    int column = 1;
    // splitlines: a break ends the current line; the next line exists only once a character follows.
    bool pendingBreak = false;
    std::size_t pos = 0;
    while (pos < end) {
        char32_t cp;
        std::uint32_t length;
        const auto byte = static_cast<unsigned char>(source[pos]);
        if (byte < 0x80) {
            cp = byte;
            length = 1;
        } else {
            const utf8::Decoded decoded = utf8::decode(source, pos);
            cp = decoded.codePoint;
            length = decoded.length;
        }
        if (pendingBreak) {
            ++line;
            column = 1;
            pendingBreak = false;
        }
        if (utf8::isLineBreak(cp)) {
            pendingBreak = true;
            if (cp == '\r' && pos + 1 < end && source[pos + 1] == '\n')
                ++length;
        } else {
            ++column;
        }
        pos += length;
    }
    return SourceLocation{line, column};
}

} // namespace graft::syntax
