// The `graft` command line: `graft parse FILE|-` prints the syntax tree of a GraphQL document as JSON
// (graphql-core's ast_to_dict shape, with `loc.start` in code points) or the contract's error object;
// `graft schema --print|--hash FILE` loads an SDL file; `graft operators` prints the operator table.

#include "coerce_command.h"
#include "run_command.h"
#include "validate_command.h"
#include "graft/schema.h"
#include "sql/operators.h"
#include "syntax/ast.h"
#include "syntax/parser.h"
#include "syntax/utf8.h"

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

namespace {

using namespace graft::syntax;

/// Writes JSON text by hand with CONTRACT §7.3 string escaping.
class JsonWriter {
public:
    std::string &out() { return m_out; }

    void string(std::string_view text)
    {
        static constexpr char kHex[] = "0123456789abcdef";
        m_out += '"';
        for (const char ch : text) {
            const auto c = static_cast<unsigned char>(ch);
            switch (c) {
            case '"': m_out += "\\\""; break;
            case '\\': m_out += "\\\\"; break;
            case '\b': m_out += "\\b"; break;
            case '\f': m_out += "\\f"; break;
            case '\n': m_out += "\\n"; break;
            case '\r': m_out += "\\r"; break;
            case '\t': m_out += "\\t"; break;
            default:
                if (c < 0x20) {
                    m_out += "\\u00";
                    m_out += kHex[c >> 4];
                    m_out += kHex[c & 0xF];
                } else {
                    m_out += ch;
                }
            }
        }
        m_out += '"';
    }
    void key(std::string_view name)
    {
        comma();
        string(name);
        m_out += ':';
        m_first = true; // the value follows without a comma
        m_afterKey = true;
    }
    void beginObject()
    {
        comma();
        m_out += '{';
        m_first = true;
    }
    void endObject()
    {
        m_out += '}';
        m_first = false;
    }
    void beginArray()
    {
        comma();
        m_out += '[';
        m_first = true;
    }
    void endArray()
    {
        m_out += ']';
        m_first = false;
    }
    void value(std::string_view text)
    {
        comma();
        string(text);
        m_first = false;
    }
    void raw(std::string_view text)
    {
        comma();
        m_out += text;
        m_first = false;
    }
    void number(long long n) { raw(std::to_string(n)); }
    void null() { raw("null"); }
    void boolean(bool b) { raw(b ? "true" : "false"); }

private:
    void comma()
    {
        if (m_afterKey) {
            m_afterKey = false;
            return;
        }
        if (!m_first)
            m_out += ',';
        m_first = false;
    }

    std::string m_out;
    bool m_first = true;
    bool m_afterKey = false;
};

/// Prints a Document in graphql-core's `ast_to_dict(document, locations=True)` shape (no `end`).
class AstJsonPrinter {
public:
    explicit AstJsonPrinter(const Document &document) : m_document(document) {}

    std::string print()
    {
        m_json.beginObject();
        m_json.key("kind");
        m_json.value("document");
        m_json.key("definitions");
        m_json.beginArray();
        for (const Definition *definition : m_document.definitions())
            printDefinition(*definition);
        m_json.endArray();
        loc(0);
        m_json.endObject();
        return std::move(m_json.out());
    }

private:
    void loc(std::uint32_t offset)
    {
        // ast_to_dict reports offsets in code points; ours are bytes.
        const std::string_view text = m_document.source();
        while (m_byteCursor < offset && m_byteCursor < text.size()) {
            m_byteCursor += utf8::decode(text, m_byteCursor).length;
            ++m_pointCursor;
        }
        if (m_byteCursor > offset) {
            m_byteCursor = 0;
            m_pointCursor = 0;
            loc(offset);
            return;
        }
        m_json.key("loc");
        m_json.beginObject();
        m_json.key("start");
        m_json.number(static_cast<long long>(m_pointCursor));
        m_json.endObject();
    }
    void begin(std::string_view kind)
    {
        m_json.beginObject();
        m_json.key("kind");
        m_json.value(kind);
    }
    void end(std::uint32_t offset)
    {
        loc(offset);
        m_json.endObject();
    }
    void name(std::string_view key, const Name &n)
    {
        m_json.key(key);
        if (!n.present()) {
            m_json.null();
            return;
        }
        begin("name");
        m_json.key("value");
        m_json.value(n.value);
        end(n.offset);
    }
    void operation(OperationType type)
    {
        m_json.value(type == OperationType::Query ? "query"
                     : type == OperationType::Mutation ? "mutation"
                                                       : "subscription");
    }
    void description(const Value *value)
    {
        m_json.key("description");
        if (value)
            printValue(*value);
        else
            m_json.null();
    }
    void directives(const NodeList<Directive> &list)
    {
        m_json.key("directives");
        m_json.beginArray();
        for (const Directive &d : list) {
            begin("directive");
            name("name", d.name);
            arguments(d.arguments);
            end(d.offset);
        }
        m_json.endArray();
    }
    void arguments(const NodeList<Argument> &list)
    {
        m_json.key("arguments");
        m_json.beginArray();
        for (const Argument &a : list) {
            begin("argument");
            name("name", a.name);
            m_json.key("value");
            printValue(*a.value);
            end(a.offset);
        }
        m_json.endArray();
    }
    void typeRef(std::string_view key, const TypeRef *type)
    {
        m_json.key(key);
        if (!type)
            m_json.null();
        else
            printType(*type);
    }
    void printType(const TypeRef &type)
    {
        switch (type.kind) {
        case TypeKind::Named:
            begin("named_type");
            name("name", type.name);
            break;
        case TypeKind::List:
            begin("list_type");
            typeRef("type", type.ofType);
            break;
        case TypeKind::NonNull:
            begin("non_null_type");
            typeRef("type", type.ofType);
            break;
        }
        end(type.offset);
    }
    void typeList(std::string_view key, const NodeList<const TypeRef *> &types)
    {
        m_json.key(key);
        m_json.beginArray();
        for (const TypeRef *type : types)
            printType(*type);
        m_json.endArray();
    }
    void optionalValue(std::string_view key, const Value *value)
    {
        m_json.key(key);
        if (value)
            printValue(*value);
        else
            m_json.null();
    }
    void printValue(const Value &value)
    {
        switch (value.kind) {
        case ValueKind::Variable:
            begin("variable");
            name("name", value.name);
            break;
        case ValueKind::Int:
        case ValueKind::Float:
            begin(value.kind == ValueKind::Int ? "int_value" : "float_value");
            m_json.key("value");
            m_json.value(value.text);
            break;
        case ValueKind::String:
            begin("string_value");
            m_json.key("value");
            m_json.value(value.text);
            m_json.key("block");
            m_json.boolean(value.block);
            break;
        case ValueKind::Boolean:
            begin("boolean_value");
            m_json.key("value");
            m_json.boolean(value.boolean);
            break;
        case ValueKind::Null:
            begin("null_value");
            break;
        case ValueKind::Enum:
            begin("enum_value");
            m_json.key("value");
            m_json.value(value.name.value);
            break;
        case ValueKind::List:
            begin("list_value");
            m_json.key("values");
            m_json.beginArray();
            for (const Value *item : value.items)
                printValue(*item);
            m_json.endArray();
            break;
        case ValueKind::Object:
            begin("object_value");
            m_json.key("fields");
            m_json.beginArray();
            for (const ObjectField &field : value.fields) {
                begin("object_field");
                name("name", field.name);
                m_json.key("value");
                printValue(*field.value);
                end(field.offset);
            }
            m_json.endArray();
            break;
        }
        end(value.offset);
    }
    void selectionSet(const SelectionSet *set)
    {
        m_json.key("selection_set");
        if (!set) {
            m_json.null();
            return;
        }
        begin("selection_set");
        m_json.key("selections");
        m_json.beginArray();
        for (const Selection *selection : set->selections) {
            if (const Field *field = selection->as<Field>()) {
                begin("field");
                directives(field->directives);
                name("alias", field->alias);
                name("name", field->name);
                arguments(field->arguments);
                selectionSet(field->selectionSet);
            } else if (const FragmentSpread *spread = selection->as<FragmentSpread>()) {
                begin("fragment_spread");
                directives(spread->directives);
                name("name", spread->name);
            } else if (const InlineFragment *inlineFragment = selection->as<InlineFragment>()) {
                begin("inline_fragment");
                directives(inlineFragment->directives);
                typeRef("type_condition", inlineFragment->typeCondition);
                selectionSet(inlineFragment->selectionSet);
            }
            end(selection->offset);
        }
        m_json.endArray();
        end(set->offset);
    }
    void inputValues(std::string_view key, const NodeList<InputValueDefinition> &list)
    {
        m_json.key(key);
        m_json.beginArray();
        for (const InputValueDefinition &input : list) {
            begin("input_value_definition");
            description(input.description);
            name("name", input.name);
            directives(input.directives);
            typeRef("type", input.type);
            optionalValue("default_value", input.defaultValue);
            end(input.offset);
        }
        m_json.endArray();
    }
    void operationTypes(const NodeList<OperationTypeDefinition> &list)
    {
        m_json.key("operation_types");
        m_json.beginArray();
        for (const OperationTypeDefinition &op : list) {
            begin("operation_type_definition");
            m_json.key("operation");
            operation(op.operation);
            typeRef("type", op.type);
            end(op.offset);
        }
        m_json.endArray();
    }
    void printDefinition(const Definition &definition)
    {
        if (const auto *op = definition.as<OperationDefinition>()) {
            begin("operation_definition");
            name("name", op->name);
            directives(op->directives);
            m_json.key("variable_definitions");
            m_json.beginArray();
            for (const VariableDefinition &v : op->variableDefinitions) {
                begin("variable_definition");
                m_json.key("variable");
                printValue(*v.variable);
                typeRef("type", v.type);
                optionalValue("default_value", v.defaultValue);
                directives(v.directives);
                end(v.offset);
            }
            m_json.endArray();
            selectionSet(op->selectionSet);
            m_json.key("operation");
            operation(op->operation);
        } else if (const auto *fragment = definition.as<FragmentDefinition>()) {
            begin("fragment_definition");
            name("name", fragment->name);
            directives(fragment->directives);
            m_json.key("variable_definitions");
            m_json.null();
            selectionSet(fragment->selectionSet);
            typeRef("type_condition", fragment->typeCondition);
        } else if (const auto *schema = definition.as<SchemaDefinition>()) {
            const bool extension = schema->kind == DefinitionKind::SchemaExtension;
            begin(extension ? "schema_extension" : "schema_definition");
            if (!extension)
                description(schema->description);
            directives(schema->directives);
            operationTypes(schema->operationTypes);
        } else if (const auto *type = definition.as<TypeDefinition>()) {
            printTypeDefinition(*type);
        } else if (const auto *directive = definition.as<DirectiveDefinition>()) {
            begin("directive_definition");
            description(directive->description);
            name("name", directive->name);
            inputValues("arguments", directive->arguments);
            m_json.key("repeatable");
            m_json.boolean(directive->repeatable);
            m_json.key("locations");
            m_json.beginArray();
            for (const Name &location : directive->locations) {
                begin("name");
                m_json.key("value");
                m_json.value(location.value);
                end(location.offset);
            }
            m_json.endArray();
        }
        end(definition.offset);
    }
    void printTypeDefinition(const TypeDefinition &type)
    {
        static constexpr std::string_view kKinds[] = {
            "scalar_type", "object_type", "interface_type", "union_type", "enum_type", "input_object_type"};
        const bool extension = isTypeExtension(type.kind);
        const auto index = static_cast<std::size_t>(type.kind) -
                           static_cast<std::size_t>(extension ? DefinitionKind::ScalarTypeExtension
                                                              : DefinitionKind::ScalarType);
        begin(std::string(kKinds[index]) + (extension ? "_extension" : "_definition"));
        if (!extension)
            description(type.description);
        name("name", type.name);
        directives(type.directives);
        switch (index) {
        case 1:
        case 2:
            typeList("interfaces", type.interfaces);
            m_json.key("fields");
            m_json.beginArray();
            for (const FieldDefinition &field : type.fields) {
                begin("field_definition");
                description(field.description);
                name("name", field.name);
                directives(field.directives);
                inputValues("arguments", field.arguments);
                typeRef("type", field.type);
                end(field.offset);
            }
            m_json.endArray();
            break;
        case 3:
            typeList("types", type.types);
            break;
        case 4:
            m_json.key("values");
            m_json.beginArray();
            for (const EnumValueDefinition &value : type.values) {
                begin("enum_value_definition");
                description(value.description);
                name("name", value.name);
                directives(value.directives);
                end(value.offset);
            }
            m_json.endArray();
            break;
        case 5:
            inputValues("fields", type.inputFields);
            break;
        default:
            break;
        }
    }

    const Document &m_document;
    JsonWriter m_json;
    std::size_t m_byteCursor = 0;
    std::size_t m_pointCursor = 0;
};

std::string errorsJson(const graft::Errors &errors)
{
    JsonWriter json;
    json.beginObject();
    json.key("errors");
    json.beginArray();
    for (const graft::Error &error : errors) {
        json.beginObject();
        json.key("message");
        json.value(error.message);
        if (!error.locations.empty()) {
            json.key("locations");
            json.beginArray();
            for (const graft::SourceLocation &location : error.locations) {
                json.beginObject();
                json.key("line");
                json.number(location.line);
                json.key("column");
                json.number(location.column);
                json.endObject();
            }
            json.endArray();
        }
        json.key("extensions");
        json.beginObject();
        json.key("code");
        json.value(graft::errorCodeName(error.code));
        json.endObject();
        json.endObject();
    }
    json.endArray();
    json.endObject();
    return std::move(json.out());
}

int usage()
{
    std::cerr << "usage: graft parse [--max-bytes N] [--max-nesting N] FILE|-\n"
                 "       graft schema --print|--hash FILE\n"
                 "       graft operators\n"
                 "       graft run --schema SDL [--dsn DSN] [--variables JSON] [--operation NAME] [--context JSON] [--report] FILE|-\n"
                 "       graft coerce --schema SDL (--query FILE [--variables JSON] [--operation NAME] | --batch)\n";
    return 2;
}

/// `graft schema --print FILE` prints the exposed schema (graphql-core print_schema form);
/// `--hash` prints the schema hash. Load errors go to stderr as `FILE:LINE:COLUMN: message`.
int runSchema(int argc, char **argv)
{
    if (argc != 4)
        return usage();
    const std::string_view mode = argv[2];
    if (mode != "--print" && mode != "--hash")
        return usage();
    auto loaded = graft::Schema::loadFile(argv[3]);
    if (!loaded) {
        for (const graft::Error &error : loaded.errors()) {
            std::cerr << argv[3];
            if (!error.locations.empty())
                std::cerr << ':' << error.locations[0].line << ':' << error.locations[0].column;
            std::cerr << ": " << error.message << '\n';
        }
        return 1;
    }
    std::cout << (mode == "--print" ? loaded->printSdl() : loaded->hash()) << '\n';
    return 0;
}

bool parseCount(const char *text, std::size_t &out)
{
    errno = 0;
    char *end = nullptr;
    const unsigned long long value = std::strtoull(text, &end, 10);
    if (errno != 0 || end == text || *end != '\0' || text[0] == '-')
        return false;
    out = static_cast<std::size_t>(value);
    return true;
}

int runParse(int argc, char **argv)
{
    ParseLimits limits;
    const char *path = nullptr;
    for (int i = 2; i < argc; ++i) {
        const std::string_view arg = argv[i];
        if ((arg == "--max-bytes" || arg == "--max-nesting") && i + 1 < argc) {
            if (!parseCount(argv[++i], arg == "--max-bytes" ? limits.maxDocumentBytes : limits.maxNesting))
                return usage();
        } else if (!path) {
            path = argv[i];
        } else {
            return usage();
        }
    }
    if (!path)
        return usage();
    std::string source;
    if (std::string_view(path) == "-") {
        source.assign(std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>());
    } else {
        std::ifstream file(path, std::ios::binary);
        if (!file) {
            std::cerr << "graft: cannot read " << path << "\n";
            return 2;
        }
        source.assign(std::istreambuf_iterator<char>(file), std::istreambuf_iterator<char>());
    }
    auto parsed = parseDocument(std::move(source), limits);
    if (!parsed) {
        std::cout << errorsJson(parsed.errors()) << '\n';
        return 1;
    }
    std::cout << AstJsonPrinter(**parsed).print() << '\n';
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    std::ios::sync_with_stdio(false);
    if (argc >= 2 && std::string_view(argv[1]) == "parse")
        return runParse(argc, argv);
    if (argc >= 2 && std::string_view(argv[1]) == "schema")
        return runSchema(argc, argv);
    if (argc >= 2 && std::string_view(argv[1]) == "coerce")
        return runCoerce(argc, argv);
    if (argc >= 2 && std::string_view(argv[1]) == "validate")
        return runValidate(argc, argv);
    if (argc >= 2 && std::string_view(argv[1]) == "run")
        return runRun(argc, argv);
    if (argc == 2 && std::string_view(argv[1]) == "operators") {
        std::cout << graft::sql::operatorsMarkdown();
        return 0;
    }
    return usage();
}
