#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace graft::syntax {

/// graphql-core's TokenKind, plus Error for a token the lexer could not read.
enum class TokenKind : std::uint8_t {
    Sof,
    Eof,
    Bang,
    Dollar,
    Amp,
    ParenL,
    ParenR,
    Spread,
    Colon,
    Equals,
    At,
    BracketL,
    BracketR,
    BraceL,
    Pipe,
    BraceR,
    Name,
    Int,
    Float,
    String,
    BlockString,
    Comment,
    Error,
};

/// One lexical token; `value` is set for Name, Int, Float (source text), String and BlockString
/// (decoded value) and Comment; it views the source or the arena the lexer writes decoded text to.
struct Token {
    TokenKind kind = TokenKind::Sof;
    std::uint32_t start = 0; ///< byte offset of the first character (for Error: of the failure)
    std::uint32_t end = 0;   ///< byte offset just past the token
    std::string_view value;
};

/// True for the punctuator kinds (printed in single quotes in messages).
constexpr bool isPunctuator(TokenKind kind)
{
    return kind >= TokenKind::Bang && kind <= TokenKind::BraceR;
}

/// graphql-core's get_token_kind_desc: `'{'` for punctuators, `Name`, `<EOF>`, ...
std::string_view tokenKindText(TokenKind kind);

/// graphql-core's get_token_desc: the kind, then ` '<value>'` for tokens with a value.
std::string tokenDescription(const Token &token);

} // namespace graft::syntax
