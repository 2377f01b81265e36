#pragma once

#include "graft/error.h"
#include "syntax/document.h"
#include "syntax/token.h"

#include <cstddef>
#include <memory>
#include <string>
#include <vector>

namespace graft::syntax {

/// The parse-stage guards of CONTRACT §2.2 (configuration keys maxDocumentBytes, maxNesting).
struct ParseLimits {
    std::size_t maxDocumentBytes = 65536;
    std::size_t maxNesting = 512;
};

/// The parser refuses to recurse deeper than this many selection sets / list or object values /
/// list types, reporting the maxNesting error whatever maxNesting says, so the recursive descent
/// never exhausts a thread's stack. Only reachable when maxNesting is raised above it.
inline constexpr std::size_t kHardNestingCap = 4096;

/// Parses `source` as graphql-core 3.2.6 would, after the size and nesting guards (CONTRACT §3.1).
/// Errors: QueryTooComplex (guards, no location) or GraphqlParseFailed (message + location).
Result<std::shared_ptr<const Document>> parseDocument(std::string source, const ParseLimits &limits = {});

/// Recursive-descent parser mirroring graphql-core 3.2.6's Parser over a pre-read token list.
class Parser {
public:
    /// The implementation of parseDocument().
    static Result<std::shared_ptr<const Document>> run(std::string source, const ParseLimits &limits);

private:
    Parser(Document &document, const std::vector<Token> &tokens, std::string lexerError);
    Parser(const Parser &) = delete;
    Parser &operator=(const Parser &) = delete;

    /// Parses the whole token list into the document; on failure returns the first error.
    Result<bool> parse();

    // Token stream (graphql-core's Lexer.token / advance / lookahead).
    const Token &token() const { return m_tokens[m_index]; }
    const Token &lookahead();
    void advance();
    bool peek(TokenKind kind) const { return token().kind == kind; }
    const Token &expectToken(TokenKind kind);
    bool expectOptionalToken(TokenKind kind);
    void expectKeyword(std::string_view keyword);
    bool expectOptionalKeyword(std::string_view keyword);
    [[noreturn]] void throwUnexpected(const Token &token);
    [[noreturn]] void throwAt(std::uint32_t offset, std::string message);

    // Scratch stack for building child lists without per-list heap allocations.
    template <typename T>
    std::size_t scratchMark() const;
    template <typename T>
    void scratchPush(const T &item);
    template <typename T>
    NodeList<T> scratchTake(std::size_t mark);

    const Definition *parseDefinition();
    const OperationDefinition *parseOperationDefinition();
    OperationType parseOperationType();
    NodeList<VariableDefinition> parseVariableDefinitions();
    const Value *parseVariable();
    const SelectionSet *parseSelectionSet();
    const Selection *parseSelection();
    const Field *parseField();
    NodeList<Argument> parseArguments(bool isConst);
    Argument parseArgument(bool isConst);
    const Selection *parseFragment();
    const FragmentDefinition *parseFragmentDefinition();
    Name parseFragmentName();
    const Value *parseValueLiteral(bool isConst);
    const Value *parseStringLiteral();
    NodeList<Directive> parseDirectives(bool isConst);
    const TypeRef *parseTypeReference();
    const TypeRef *parseNamedType();
    Name parseName();

    const Definition *parseTypeSystemExtension();
    const Value *parseDescription();
    const SchemaDefinition *parseSchemaDefinition();
    const SchemaDefinition *parseSchemaExtension();
    NodeList<OperationTypeDefinition> parseOperationTypeDefinitions(bool optional);
    const TypeDefinition *parseTypeDefinition(DefinitionKind kind, std::string_view keyword, bool extension);
    NodeList<const TypeRef *> parseImplementsInterfaces();
    NodeList<FieldDefinition> parseFieldsDefinition();
    NodeList<InputValueDefinition> parseArgumentDefs();
    InputValueDefinition parseInputValueDef();
    NodeList<InputValueDefinition> parseInputFieldsDefinition();
    NodeList<const TypeRef *> parseUnionMemberTypes();
    NodeList<EnumValueDefinition> parseEnumValuesDefinition();
    const DirectiveDefinition *parseDirectiveDefinition();

    void enter();
    void leave() { --m_depth; }

    Document &m_document;
    Arena &m_arena;
    const std::vector<Token> &m_tokens;
    std::string m_lexerError;
    std::size_t m_index = 0;
    std::size_t m_depth = 0;
    std::vector<std::uint64_t> m_scratch; ///< storage; [0, m_scratchTop) is in use
    std::size_t m_scratchTop = 0;
};

} // namespace graft::syntax
