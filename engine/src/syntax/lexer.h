#pragma once

#include "syntax/arena.h"
#include "syntax/token.h"

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

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

    /// Appends the next non-comment token to `tokens` (constructed in place) and returns its kind.
    TokenKind appendNext(std::vector<Token> &tokens);

    /// The full `Syntax Error: …` message of the last Error token.
    const std::string &errorMessage() const { return m_error; }

private:
    void readToken();
    void readComment(std::size_t start);
    void readName(std::size_t start);
    void readNumber(std::size_t start);
    void readString(std::size_t start);
    void readBlockString(std::size_t start);
    bool readDigits(std::size_t &pos);
    /// Reads the escape at m_source[pos] == '\\' into m_scratch; returns bytes consumed, or 0
    /// after writing the Error token.
    std::size_t readEscape(std::size_t pos);
    std::size_t readFixedUnicodeEscape(std::size_t pos);
    std::size_t readVariableUnicodeEscape(std::size_t pos);

    /// Writes an Error token at `pos` with `message` to the output token.
    void fail(std::size_t pos, std::string_view message);
    std::string printCodePointAt(std::size_t pos) const;
    /// The text of `count` code points from `pos` (fewer at the end of the source).
    std::string_view codePointsAt(std::size_t pos, std::size_t count) const;
    /// How many code points remain from `pos`, counting at most `limit`.
    std::size_t codePointsLeft(std::size_t pos, std::size_t limit) const;
    /// Writes the output token (tokens are built in place, never copied, for speed).
    void make(TokenKind kind, std::size_t start, std::size_t end, std::string_view value = {})
    {
        m_out->kind = kind;
        m_out->start = static_cast<std::uint32_t>(start);
        m_out->end = static_cast<std::uint32_t>(end);
        m_out->value = value;
    }

    std::string_view m_source;
    Arena &m_arena;
    std::size_t m_pos = 0;
    bool m_finished = false;
    Token m_final;
    Token *m_out = nullptr;
    std::string m_error;
    std::string m_scratch;
};

/// BlockStringValue(): removes the common indentation and the leading/trailing blank lines of the
/// raw `lines` of a block string and joins them with `\n` into `out` (graphql-core
/// dedent_block_string_lines).
void dedentBlockStringLines(const std::string_view *lines, std::size_t count, std::string &out);

} // namespace graft::syntax
