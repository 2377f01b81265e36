#include "syntax/token.h"

namespace graft::syntax {

std::string_view tokenKindText(TokenKind kind)
{
    switch (kind) {
    case TokenKind::Sof: return "<SOF>";
    case TokenKind::Eof: return "<EOF>";
    case TokenKind::Bang: return "'!'";
    case TokenKind::Dollar: return "'$'";
    case TokenKind::Amp: return "'&'";
    case TokenKind::ParenL: return "'('";
    case TokenKind::ParenR: return "')'";
    case TokenKind::Spread: return "'...'";
    case TokenKind::Colon: return "':'";
    case TokenKind::Equals: return "'='";
    case TokenKind::At: return "'@'";
    case TokenKind::BracketL: return "'['";
    case TokenKind::BracketR: return "']'";
    case TokenKind::BraceL: return "'{'";
    case TokenKind::Pipe: return "'|'";
    case TokenKind::BraceR: return "'}'";
    case TokenKind::Name: return "Name";
    case TokenKind::Int: return "Int";
    case TokenKind::Float: return "Float";
    case TokenKind::String: return "String";
    case TokenKind::BlockString: return "BlockString";
    case TokenKind::Comment: return "Comment";
    case TokenKind::Error: return "<error>";
    }
    return "<error>";
}

std::string tokenDescription(const Token &token)
{
    std::string text(tokenKindText(token.kind));
    switch (token.kind) {
    case TokenKind::Name:
    case TokenKind::Int:
    case TokenKind::Float:
    case TokenKind::String:
    case TokenKind::BlockString:
    case TokenKind::Comment:
        text += " '";
        text += token.value;
        text += '\'';
        break;
    default:
        break;
    }
    return text;
}

} // namespace graft::syntax
