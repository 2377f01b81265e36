#pragma once

#include "syntax/arena.h"
#include "syntax/token.h"

#include <cstddef>
#include <string>
#include <string_view>

namespace graft::syntax {

/// graphql-core 3.2.6's lexer: reads one token at a time, with its exact error messages.
class Lexer {
public:
    /// A lexer over `source` (must outlive it); decoded string values that differ from the source
    /// text are written to `arena`.
    Lexer(std::string_view source, Arena &arena);

    /// The next token that is not a comment. An unreadable token comes back as kind Error with
    /// `start` at graphql-core's error position and the message in errorMessage(). After Eof or
    /// Error every call returns that same token again.
    Token next();

    /// The full `Syntax Error: …` message of the last Error token.
    const std::string &errorMessage() const { return m_error; }

private:
    Token readToken();
    Token readComment(std::size_t start);
    Token readName(std::size_t start);
    Token readNumber(std::size_t start);
    Token readString(std::size_t start);
    Token readBlockString(std::size_t start);
    bool readDigits(std::size_t &pos);
    /// Reads the escape at m_source[pos] == '\\' into m_scratch; returns bytes consumed or 0 on error.
    std::size_t readEscape(std::size_t pos, Token &error);
    std::size_t readFixedUnicodeEscape(std::size_t pos, Token &error);
    std::size_t readVariableUnicodeEscape(std::size_t pos, Token &error);

    Token fail(std::size_t pos, std::string_view message);
    std::string printCodePointAt(std::size_t pos) const;
    /// The text of `count` code points from `pos` (fewer at the end of the source).
    std::string_view codePointsAt(std::size_t pos, std::size_t count) const;
    /// How many code points remain from `pos`, counting at most `limit`.
    std::size_t codePointsLeft(std::size_t pos, std::size_t limit) const;
    Token make(TokenKind kind, std::size_t start, std::size_t end, std::string_view value = {}) const;

    std::string_view m_source;
    Arena &m_arena;
    std::size_t m_pos = 0;
    bool m_finished = false;
    Token m_final;
    std::string m_error;
    std::string m_scratch;
};

/// BlockStringValue(): removes the common indentation and the leading/trailing blank lines of the
/// raw `lines` of a block string and joins them with `\n` into `out` (graphql-core
/// dedent_block_string_lines).
void dedentBlockStringLines(const std::string_view *lines, std::size_t count, std::string &out);

} // namespace graft::syntax
