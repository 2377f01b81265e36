#include "syntax/parser.h"

#include "syntax/lexer.h"
#include "syntax/source_location.h"

#include <cstring>
#include <limits>
#include <utility>

namespace graft::syntax {

namespace {

/// Thrown inside the parser only (never across parseDocument): the first syntax error.
struct SyntaxFailure {
    std::string message;
    std::uint32_t offset;
};

/// Thrown when the parser's own depth guard trips (the nesting pre-scan normally prevents it).
struct DepthFailure {};

constexpr std::string_view kDirectiveLocations[] = {
    "QUERY",           "MUTATION",        "SUBSCRIPTION", "FIELD",     "FRAGMENT_DEFINITION", "FRAGMENT_SPREAD",
    "INLINE_FRAGMENT", "VARIABLE_DEFINITION", "SCHEMA",   "SCALAR",    "OBJECT",              "FIELD_DEFINITION",
    "ARGUMENT_DEFINITION", "INTERFACE",   "UNION",        "ENUM",      "ENUM_VALUE",          "INPUT_OBJECT",
    "INPUT_FIELD_DEFINITION",
};

bool isDirectiveLocation(std::string_view name)
{
    for (std::string_view location : kDirectiveLocations)
        if (location == name)
            return true;
    return false;
}

Error nestingError(std::size_t maxNesting)
{
    return Error{ErrorCode::QueryTooComplex,
                 "Document nesting depth exceeds the maximum of " + std::to_string(maxNesting) + ".",
                 {}, {}, {}};
}

} // namespace

Parser::Parser(Document &document, const std::vector<Token> &tokens, std::string lexerError)
    : m_document(document), m_arena(document.m_arena), m_tokens(tokens), m_lexerError(std::move(lexerError))
{
    m_scratch.resize(256);
}

void Parser::throwAt(std::uint32_t offset, std::string message)
{
    throw SyntaxFailure{"Syntax Error: " + std::move(message), offset};
}

void Parser::throwUnexpected(const Token &at)
{
    throwAt(at.start, "Unexpected " + tokenDescription(at) + ".");
}

void Parser::advance()
{
    // Like graphql-core's lexer, advancing past <EOF> stays on <EOF>.
    if (m_tokens[m_index].kind == TokenKind::Eof)
        return;
    ++m_index;
    if (m_tokens[m_index].kind == TokenKind::Error)
        throw SyntaxFailure{m_lexerError, m_tokens[m_index].start};
}

const Token &Parser::lookahead()
{
    if (token().kind == TokenKind::Eof)
        return token();
    const Token &next = m_tokens[m_index + 1];
    if (next.kind == TokenKind::Error)
        throw SyntaxFailure{m_lexerError, next.start};
    return next;
}

const Token &Parser::expectToken(TokenKind kind)
{
    const Token &current = token();
    if (current.kind != kind)
        throwAt(current.start,
                "Expected " + std::string(tokenKindText(kind)) + ", found " + tokenDescription(current) + ".");
    advance();
    return current;
}

bool Parser::expectOptionalToken(TokenKind kind)
{
    if (token().kind != kind)
        return false;
    advance();
    return true;
}

void Parser::expectKeyword(std::string_view keyword)
{
    const Token &current = token();
    if (current.kind != TokenKind::Name || current.value != keyword)
        throwAt(current.start,
                "Expected '" + std::string(keyword) + "', found " + tokenDescription(current) + ".");
    advance();
}

bool Parser::expectOptionalKeyword(std::string_view keyword)
{
    const Token &current = token();
    if (current.kind != TokenKind::Name || current.value != keyword)
        return false;
    advance();
    return true;
}

void Parser::enter()
{
    if (++m_depth > kHardNestingCap)
        throw DepthFailure{};
}

template <typename T>
std::size_t Parser::scratchMark() const
{
    return m_scratchTop;
}

template <typename T>
void Parser::scratchPush(const T &item)
{
    static_assert(std::is_trivially_copyable_v<T> && sizeof(T) % sizeof(std::uint64_t) == 0 && alignof(T) <= 8);
    constexpr std::size_t words = sizeof(T) / sizeof(std::uint64_t);
    if (m_scratchTop + words > m_scratch.size())
        m_scratch.resize(2 * (m_scratchTop + words));
    std::memcpy(static_cast<void *>(m_scratch.data() + m_scratchTop), &item, sizeof(T));
    m_scratchTop += words;
}

template <typename T>
NodeList<T> Parser::scratchTake(std::size_t mark)
{
    const std::size_t words = m_scratchTop - mark;
    const std::size_t count = words * sizeof(std::uint64_t) / sizeof(T);
    if (count == 0)
        return {};
    void *data = m_arena.allocate(words * sizeof(std::uint64_t), alignof(T));
    std::memcpy(data, m_scratch.data() + mark, words * sizeof(std::uint64_t));
    m_scratchTop = mark;
    return NodeList<T>(static_cast<const T *>(data), static_cast<std::uint32_t>(count));
}

Result<bool> Parser::parse()
{
    try {
        expectToken(TokenKind::Sof);
        const std::size_t mark = scratchMark<const Definition *>();
        do {
            scratchPush(parseDefinition());
        } while (!expectOptionalToken(TokenKind::Eof));
        m_document.m_definitions = scratchTake<const Definition *>(mark);
        return true;
    } catch (const SyntaxFailure &failure) {
        return Error{ErrorCode::GraphqlParseFailed, failure.message,
                     {locateOffset(m_document.source(), failure.offset)}, {}, {}};
    } catch (const DepthFailure &) {
        return Error{ErrorCode::QueryTooComplex, {}, {}, {}, {}}; // message filled in by parseDocument
    }
}

Name Parser::parseName()
{
    const Token &name = expectToken(TokenKind::Name);
    return Name{name.value, name.start};
}

const Definition *Parser::parseDefinition()
{
    if (peek(TokenKind::BraceL))
        return parseOperationDefinition();
    const bool hasDescription = peek(TokenKind::String) || peek(TokenKind::BlockString);
    const Token &keyword = hasDescription ? lookahead() : token();
    if (keyword.kind == TokenKind::Name) {
        const std::string_view name = keyword.value;
        if (name == "schema")
            return parseSchemaDefinition();
        if (name == "scalar")
            return parseTypeDefinition(DefinitionKind::ScalarType, name, false);
        if (name == "type")
            return parseTypeDefinition(DefinitionKind::ObjectType, name, false);
        if (name == "interface")
            return parseTypeDefinition(DefinitionKind::InterfaceType, name, false);
        if (name == "union")
            return parseTypeDefinition(DefinitionKind::UnionType, name, false);
        if (name == "enum")
            return parseTypeDefinition(DefinitionKind::EnumType, name, false);
        if (name == "input")
            return parseTypeDefinition(DefinitionKind::InputObjectType, name, false);
        if (name == "directive")
            return parseDirectiveDefinition();
        if (hasDescription)
            throwAt(token().start, "Unexpected description, descriptions are supported only on type definitions.");
        if (name == "query" || name == "mutation" || name == "subscription")
            return parseOperationDefinition();
        if (name == "fragment")
            return parseFragmentDefinition();
        if (name == "extend")
            return parseTypeSystemExtension();
    }
    throwUnexpected(keyword);
}

const OperationDefinition *Parser::parseOperationDefinition()
{
    auto *operation = m_arena.make<OperationDefinition>();
    operation->kind = DefinitionKind::Operation;
    operation->offset = token().start;
    if (peek(TokenKind::BraceL)) {
        operation->operation = OperationType::Query;
        operation->selectionSet = parseSelectionSet();
        return operation;
    }
    operation->operation = parseOperationType();
    if (peek(TokenKind::Name))
        operation->name = parseName();
    operation->variableDefinitions = parseVariableDefinitions();
    operation->directives = parseDirectives(false);
    operation->selectionSet = parseSelectionSet();
    return operation;
}

OperationType Parser::parseOperationType()
{
    const Token &operation = expectToken(TokenKind::Name);
    if (operation.value == "query")
        return OperationType::Query;
    if (operation.value == "mutation")
        return OperationType::Mutation;
    if (operation.value == "subscription")
        return OperationType::Subscription;
    throwUnexpected(operation);
}

NodeList<VariableDefinition> Parser::parseVariableDefinitions()
{
    if (!expectOptionalToken(TokenKind::ParenL))
        return {};
    const std::size_t mark = scratchMark<VariableDefinition>();
    do {
        VariableDefinition definition;
        definition.offset = token().start;
        definition.variable = parseVariable();
        expectToken(TokenKind::Colon);
        definition.type = parseTypeReference();
        if (expectOptionalToken(TokenKind::Equals))
            definition.defaultValue = parseValueLiteral(true);
        definition.directives = parseDirectives(true);
        scratchPush(definition);
    } while (!expectOptionalToken(TokenKind::ParenR));
    return scratchTake<VariableDefinition>(mark);
}

const Value *Parser::parseVariable()
{
    const std::uint32_t start = token().start;
    expectToken(TokenKind::Dollar);
    auto *variable = m_arena.make<Value>();
    variable->kind = ValueKind::Variable;
    variable->offset = start;
    variable->name = parseName();
    return variable;
}

const SelectionSet *Parser::parseSelectionSet()
{
    enter();
    auto *set = m_arena.make<SelectionSet>();
    set->offset = token().start;
    expectToken(TokenKind::BraceL);
    const std::size_t mark = scratchMark<const Selection *>();
    do {
        scratchPush(parseSelection());
    } while (!expectOptionalToken(TokenKind::BraceR));
    set->selections = scratchTake<const Selection *>(mark);
    leave();
    return set;
}

const Selection *Parser::parseSelection()
{
    if (peek(TokenKind::Spread))
        return parseFragment();
    return parseField();
}

const Field *Parser::parseField()
{
    auto *field = m_arena.make<Field>();
    field->kind = SelectionKind::Field;
    field->offset = token().start;
    const Name nameOrAlias = parseName();
    if (expectOptionalToken(TokenKind::Colon)) {
        field->alias = nameOrAlias;
        field->name = parseName();
    } else {
        field->name = nameOrAlias;
    }
    field->arguments = parseArguments(false);
    field->directives = parseDirectives(false);
    if (peek(TokenKind::BraceL))
        field->selectionSet = parseSelectionSet();
    return field;
}

NodeList<Argument> Parser::parseArguments(bool isConst)
{
    if (!expectOptionalToken(TokenKind::ParenL))
        return {};
    const std::size_t mark = scratchMark<Argument>();
    do {
        scratchPush(parseArgument(isConst));
    } while (!expectOptionalToken(TokenKind::ParenR));
    return scratchTake<Argument>(mark);
}

Argument Parser::parseArgument(bool isConst)
{
    Argument argument;
    argument.offset = token().start;
    argument.name = parseName();
    expectToken(TokenKind::Colon);
    argument.value = parseValueLiteral(isConst);
    return argument;
}

const Selection *Parser::parseFragment()
{
    const std::uint32_t start = token().start;
    expectToken(TokenKind::Spread);
    const bool hasTypeCondition = expectOptionalKeyword("on");
    if (!hasTypeCondition && peek(TokenKind::Name)) {
        auto *spread = m_arena.make<FragmentSpread>();
        spread->kind = SelectionKind::FragmentSpread;
        spread->offset = start;
        spread->name = parseFragmentName();
        spread->directives = parseDirectives(false);
        return spread;
    }
    auto *inlineFragment = m_arena.make<InlineFragment>();
    inlineFragment->kind = SelectionKind::InlineFragment;
    inlineFragment->offset = start;
    if (hasTypeCondition)
        inlineFragment->typeCondition = parseNamedType();
    inlineFragment->directives = parseDirectives(false);
    inlineFragment->selectionSet = parseSelectionSet();
    return inlineFragment;
}

const FragmentDefinition *Parser::parseFragmentDefinition()
{
    auto *fragment = m_arena.make<FragmentDefinition>();
    fragment->kind = DefinitionKind::Fragment;
    fragment->offset = token().start;
    expectKeyword("fragment");
    fragment->name = parseFragmentName();
    expectKeyword("on");
    fragment->typeCondition = parseNamedType();
    fragment->directives = parseDirectives(false);
    fragment->selectionSet = parseSelectionSet();
    return fragment;
}

Name Parser::parseFragmentName()
{
    // graphql-core compares the value of any token kind (a String "on" is refused here too).
    const Token &current = token();
    const bool hasValue = current.kind == TokenKind::Name || current.kind == TokenKind::Int ||
                          current.kind == TokenKind::Float || current.kind == TokenKind::String ||
                          current.kind == TokenKind::BlockString;
    if (hasValue && current.value == "on")
        throwUnexpected(current);
    return parseName();
}

const Value *Parser::parseValueLiteral(bool isConst)
{
    const Token &current = token();
    switch (current.kind) {
    case TokenKind::BracketL: {
        enter();
        auto *list = m_arena.make<Value>();
        list->kind = ValueKind::List;
        list->offset = current.start;
        advance();
        const std::size_t mark = scratchMark<const Value *>();
        while (!expectOptionalToken(TokenKind::BracketR))
            scratchPush(parseValueLiteral(isConst));
        list->items = scratchTake<const Value *>(mark);
        leave();
        return list;
    }
    case TokenKind::BraceL: {
        enter();
        auto *object = m_arena.make<Value>();
        object->kind = ValueKind::Object;
        object->offset = current.start;
        advance();
        const std::size_t mark = scratchMark<ObjectField>();
        while (!expectOptionalToken(TokenKind::BraceR)) {
            ObjectField field;
            field.offset = token().start;
            field.name = parseName();
            expectToken(TokenKind::Colon);
            field.value = parseValueLiteral(isConst);
            scratchPush(field);
        }
        object->fields = scratchTake<ObjectField>(mark);
        leave();
        return object;
    }
    case TokenKind::Int:
    case TokenKind::Float: {
        advance();
        auto *number = m_arena.make<Value>();
        number->kind = current.kind == TokenKind::Int ? ValueKind::Int : ValueKind::Float;
        number->offset = current.start;
        number->text = current.value;
        return number;
    }
    case TokenKind::String:
    case TokenKind::BlockString:
        return parseStringLiteral();
    case TokenKind::Name: {
        advance();
        auto *named = m_arena.make<Value>();
        named->offset = current.start;
        if (current.value == "true" || current.value == "false") {
            named->kind = ValueKind::Boolean;
            named->boolean = current.value == "true";
        } else if (current.value == "null") {
            named->kind = ValueKind::Null;
        } else {
            named->kind = ValueKind::Enum;
            named->name = Name{current.value, current.start};
        }
        return named;
    }
    case TokenKind::Dollar:
        if (isConst) {
            // graphql-core consumes the `$` before looking at what follows it.
            advance();
            const Token &next = token();
            if (next.kind == TokenKind::Name)
                throwAt(current.start, "Unexpected variable '$" + std::string(next.value) + "' in constant value.");
            throwUnexpected(current);
        }
        return parseVariable();
    default:
        throwUnexpected(current);
    }
}

const Value *Parser::parseStringLiteral()
{
    const Token &current = token();
    advance();
    auto *string = m_arena.make<Value>();
    string->kind = ValueKind::String;
    string->block = current.kind == TokenKind::BlockString;
    string->offset = current.start;
    string->text = current.value;
    return string;
}

NodeList<Directive> Parser::parseDirectives(bool isConst)
{
    if (!peek(TokenKind::At))
        return {};
    const std::size_t mark = scratchMark<Directive>();
    while (peek(TokenKind::At)) {
        Directive directive;
        directive.offset = token().start;
        advance();
        directive.name = parseName();
        directive.arguments = parseArguments(isConst);
        scratchPush(directive);
    }
    return scratchTake<Directive>(mark);
}

const TypeRef *Parser::parseTypeReference()
{
    const std::uint32_t start = token().start;
    const TypeRef *type;
    if (expectOptionalToken(TokenKind::BracketL)) {
        enter();
        auto *list = m_arena.make<TypeRef>();
        list->kind = TypeKind::List;
        list->offset = start;
        list->ofType = parseTypeReference();
        expectToken(TokenKind::BracketR);
        leave();
        type = list;
    } else {
        type = parseNamedType();
    }
    if (expectOptionalToken(TokenKind::Bang)) {
        auto *nonNull = m_arena.make<TypeRef>();
        nonNull->kind = TypeKind::NonNull;
        nonNull->offset = start;
        nonNull->ofType = type;
        return nonNull;
    }
    return type;
}

const TypeRef *Parser::parseNamedType()
{
    auto *named = m_arena.make<TypeRef>();
    named->kind = TypeKind::Named;
    named->offset = token().start;
    named->name = parseName();
    return named;
}

// ---- type system ------------------------------------------------------------------------------

const Value *Parser::parseDescription()
{
    if (peek(TokenKind::String) || peek(TokenKind::BlockString))
        return parseStringLiteral();
    return nullptr;
}

const Definition *Parser::parseTypeSystemExtension()
{
    const Token &keyword = lookahead();
    if (keyword.kind == TokenKind::Name) {
        const std::string_view name = keyword.value;
        if (name == "schema")
            return parseSchemaExtension();
        if (name == "scalar")
            return parseTypeDefinition(DefinitionKind::ScalarTypeExtension, name, true);
        if (name == "type")
            return parseTypeDefinition(DefinitionKind::ObjectTypeExtension, name, true);
        if (name == "interface")
            return parseTypeDefinition(DefinitionKind::InterfaceTypeExtension, name, true);
        if (name == "union")
            return parseTypeDefinition(DefinitionKind::UnionTypeExtension, name, true);
        if (name == "enum")
            return parseTypeDefinition(DefinitionKind::EnumTypeExtension, name, true);
        if (name == "input")
            return parseTypeDefinition(DefinitionKind::InputObjectTypeExtension, name, true);
    }
    throwUnexpected(keyword);
}

NodeList<OperationTypeDefinition> Parser::parseOperationTypeDefinitions(bool optional)
{
    if (optional) {
        if (!expectOptionalToken(TokenKind::BraceL))
            return {};
    } else {
        expectToken(TokenKind::BraceL);
    }
    const std::size_t mark = scratchMark<OperationTypeDefinition>();
    do {
        OperationTypeDefinition definition;
        definition.offset = token().start;
        definition.operation = parseOperationType();
        expectToken(TokenKind::Colon);
        definition.type = parseNamedType();
        scratchPush(definition);
    } while (!expectOptionalToken(TokenKind::BraceR));
    return scratchTake<OperationTypeDefinition>(mark);
}

const SchemaDefinition *Parser::parseSchemaDefinition()
{
    auto *schema = m_arena.make<SchemaDefinition>();
    schema->kind = DefinitionKind::Schema;
    schema->offset = token().start;
    schema->description = parseDescription();
    expectKeyword("schema");
    schema->directives = parseDirectives(true);
    schema->operationTypes = parseOperationTypeDefinitions(false);
    return schema;
}

const SchemaDefinition *Parser::parseSchemaExtension()
{
    auto *schema = m_arena.make<SchemaDefinition>();
    schema->kind = DefinitionKind::SchemaExtension;
    schema->offset = token().start;
    expectKeyword("extend");
    expectKeyword("schema");
    schema->directives = parseDirectives(true);
    schema->operationTypes = parseOperationTypeDefinitions(true);
    if (schema->directives.empty() && schema->operationTypes.empty())
        throwUnexpected(token());
    return schema;
}

const TypeDefinition *Parser::parseTypeDefinition(DefinitionKind kind, std::string_view keyword, bool extension)
{
    auto *type = m_arena.make<TypeDefinition>();
    type->kind = kind;
    type->offset = token().start;
    if (extension)
        expectKeyword("extend");
    else
        type->description = parseDescription();
    expectKeyword(keyword);
    type->name = parseName();
    bool hasBody = false;
    switch (kind) {
    case DefinitionKind::ScalarType:
    case DefinitionKind::ScalarTypeExtension:
        type->directives = parseDirectives(true);
        hasBody = !type->directives.empty();
        break;
    case DefinitionKind::ObjectType:
    case DefinitionKind::ObjectTypeExtension:
    case DefinitionKind::InterfaceType:
    case DefinitionKind::InterfaceTypeExtension:
        type->interfaces = parseImplementsInterfaces();
        type->directives = parseDirectives(true);
        type->fields = parseFieldsDefinition();
        hasBody = !type->interfaces.empty() || !type->directives.empty() || !type->fields.empty();
        break;
    case DefinitionKind::UnionType:
    case DefinitionKind::UnionTypeExtension:
        type->directives = parseDirectives(true);
        type->types = parseUnionMemberTypes();
        hasBody = !type->directives.empty() || !type->types.empty();
        break;
    case DefinitionKind::EnumType:
    case DefinitionKind::EnumTypeExtension:
        type->directives = parseDirectives(true);
        type->values = parseEnumValuesDefinition();
        hasBody = !type->directives.empty() || !type->values.empty();
        break;
    case DefinitionKind::InputObjectType:
    case DefinitionKind::InputObjectTypeExtension:
        type->directives = parseDirectives(true);
        type->inputFields = parseInputFieldsDefinition();
        hasBody = !type->directives.empty() || !type->inputFields.empty();
        break;
    default:
        break;
    }
    if (extension && !hasBody)
        throwUnexpected(token());
    return type;
}

NodeList<const TypeRef *> Parser::parseImplementsInterfaces()
{
    if (!expectOptionalKeyword("implements"))
        return {};
    const std::size_t mark = scratchMark<const TypeRef *>();
    expectOptionalToken(TokenKind::Amp);
    do {
        scratchPush(parseNamedType());
    } while (expectOptionalToken(TokenKind::Amp));
    return scratchTake<const TypeRef *>(mark);
}

NodeList<FieldDefinition> Parser::parseFieldsDefinition()
{
    if (!expectOptionalToken(TokenKind::BraceL))
        return {};
    const std::size_t mark = scratchMark<FieldDefinition>();
    do {
        FieldDefinition field;
        field.offset = token().start;
        field.description = parseDescription();
        field.name = parseName();
        field.arguments = parseArgumentDefs();
        expectToken(TokenKind::Colon);
        field.type = parseTypeReference();
        field.directives = parseDirectives(true);
        scratchPush(field);
    } while (!expectOptionalToken(TokenKind::BraceR));
    return scratchTake<FieldDefinition>(mark);
}

NodeList<InputValueDefinition> Parser::parseArgumentDefs()
{
    if (!expectOptionalToken(TokenKind::ParenL))
        return {};
    const std::size_t mark = scratchMark<InputValueDefinition>();
    do {
        scratchPush(parseInputValueDef());
    } while (!expectOptionalToken(TokenKind::ParenR));
    return scratchTake<InputValueDefinition>(mark);
}

InputValueDefinition Parser::parseInputValueDef()
{
    InputValueDefinition input;
    input.offset = token().start;
    input.description = parseDescription();
    input.name = parseName();
    expectToken(TokenKind::Colon);
    input.type = parseTypeReference();
    if (expectOptionalToken(TokenKind::Equals))
        input.defaultValue = parseValueLiteral(true);
    input.directives = parseDirectives(true);
    return input;
}

NodeList<InputValueDefinition> Parser::parseInputFieldsDefinition()
{
    if (!expectOptionalToken(TokenKind::BraceL))
        return {};
    const std::size_t mark = scratchMark<InputValueDefinition>();
    do {
        scratchPush(parseInputValueDef());
    } while (!expectOptionalToken(TokenKind::BraceR));
    return scratchTake<InputValueDefinition>(mark);
}

NodeList<const TypeRef *> Parser::parseUnionMemberTypes()
{
    if (!expectOptionalToken(TokenKind::Equals))
        return {};
    const std::size_t mark = scratchMark<const TypeRef *>();
    expectOptionalToken(TokenKind::Pipe);
    do {
        scratchPush(parseNamedType());
    } while (expectOptionalToken(TokenKind::Pipe));
    return scratchTake<const TypeRef *>(mark);
}

NodeList<EnumValueDefinition> Parser::parseEnumValuesDefinition()
{
    if (!expectOptionalToken(TokenKind::BraceL))
        return {};
    const std::size_t mark = scratchMark<EnumValueDefinition>();
    do {
        EnumValueDefinition value;
        value.offset = token().start;
        value.description = parseDescription();
        const Token &current = token();
        const bool hasValue = current.kind == TokenKind::Name || current.kind == TokenKind::Int ||
                              current.kind == TokenKind::Float || current.kind == TokenKind::String ||
                              current.kind == TokenKind::BlockString;
        if (hasValue && (current.value == "true" || current.value == "false" || current.value == "null"))
            throwAt(current.start, tokenDescription(current) + " is reserved and cannot be used for an enum value.");
        value.name = parseName();
        value.directives = parseDirectives(true);
        scratchPush(value);
    } while (!expectOptionalToken(TokenKind::BraceR));
    return scratchTake<EnumValueDefinition>(mark);
}

const DirectiveDefinition *Parser::parseDirectiveDefinition()
{
    auto *directive = m_arena.make<DirectiveDefinition>();
    directive->kind = DefinitionKind::Directive;
    directive->offset = token().start;
    directive->description = parseDescription();
    expectKeyword("directive");
    expectToken(TokenKind::At);
    directive->name = parseName();
    directive->arguments = parseArgumentDefs();
    directive->repeatable = expectOptionalKeyword("repeatable");
    expectKeyword("on");
    const std::size_t mark = scratchMark<Name>();
    expectOptionalToken(TokenKind::Pipe);
    do {
        // graphql-core consumes the name before checking it.
        const Token &location = token();
        const Name name = parseName();
        if (!isDirectiveLocation(name.value))
            throwUnexpected(location);
        scratchPush(name);
    } while (expectOptionalToken(TokenKind::Pipe));
    directive->locations = scratchTake<Name>(mark);
    return directive;
}

// ---- entry point ------------------------------------------------------------------------------

Result<std::shared_ptr<const Document>> parseDocument(std::string source, const ParseLimits &limits)
{
    return Parser::run(std::move(source), limits);
}

Result<std::shared_ptr<const Document>> Parser::run(std::string source, const ParseLimits &limits)
{
    if (source.size() > limits.maxDocumentBytes || source.size() >= std::numeric_limits<std::uint32_t>::max())
        return Error{ErrorCode::QueryTooComplex,
                     "Document size " + std::to_string(source.size()) + " bytes exceeds the maximum of " +
                         std::to_string(limits.maxDocumentBytes) + " bytes.",
                     {}, {}, {}};
    auto document = std::make_shared<Document>(std::move(source));
    const std::string_view text = document->source();

    // The nesting pre-scan reads every token the parser may read; the parser then walks this list.
    std::vector<Token> tokens;
    tokens.reserve(text.size() / 3 + 4);
    tokens.push_back(Token{TokenKind::Sof, 0, 0, {}});
    Lexer lexer(text, document->m_arena);
    std::size_t depth = 0;
    for (;;) {
        const TokenKind kind = lexer.appendNext(tokens);
        if (kind == TokenKind::Eof || kind == TokenKind::Error)
            break;
        switch (kind) {
        case TokenKind::BraceL:
        case TokenKind::BracketL:
        case TokenKind::ParenL:
            if (++depth > limits.maxNesting)
                return nestingError(limits.maxNesting);
            break;
        case TokenKind::BraceR:
        case TokenKind::BracketR:
        case TokenKind::ParenR:
            if (depth > 0)
                --depth;
            break;
        default:
            break;
        }
    }

    Parser parser(*document, tokens, lexer.errorMessage());
    Result<bool> parsed = parser.parse();
    if (!parsed) {
        Errors errors = std::move(parsed).takeErrors();
        if (errors.front().code == ErrorCode::QueryTooComplex)
            return nestingError(limits.maxNesting);
        return errors;
    }
    return std::shared_ptr<const Document>(std::move(document));
}

} // namespace graft::syntax
