// `graft coerce --schema SDL (--query FILE [--variables JSON] [--operation NAME] | --batch)`: runs
// CONTRACT §2.2 steps 2 and 4-6 without validation — parse, operation selection (§3.3), static
// limits (§3.4), variables decode (§4.1) and coercion (§4.2), input depth — and prints one JSON
// line: `{"errors":[…]}` (the contract's error objects) or `{"variables":{…}}` (the coerced
// values in definition order, as JSON text). `--batch` reads JSON Lines from stdin, each
// `{"query":…,"variables":"<JSON text>"|null,"operationName":…|null}`, and answers one line each.
// Exit status: 0 when every case succeeded, 1 when some ended in errors, 2 on usage errors.

#include "coerce_command.h"

#include "schema/sdl_loader.h"
#include "syntax/parser.h"
#include "validate/complexity_limits.h"
#include "validate/operation_selection.h"
#include "validate/variable_coercion.h"
#include "values/json_reader.h"
#include "json/response_writer.h"
#include "values/json_writer.h"
#include "values/variables_decoder.h"

#include <fstream>
#include <iostream>
#include <iterator>
#include <optional>
#include <string>
#include <string_view>

namespace {

using graft::values::JsonValue;
using graft::values::JsonWriter;

void writeErrors(std::string &out, const graft::Errors &errors)
{
    out += graft::json::ResponseWriter::requestErrors(errors); // the contract's `{"errors":[…]}` (§8.1)
}

/// One case: returns true on success; appends the answer line (without newline) to `out`.
bool coerceCase(const graft::schema::SchemaRegistry &registry, std::string query,
                std::optional<std::string_view> variablesText, std::optional<std::string_view> operationName,
                std::string &out)
{
    namespace validate = graft::validate;
    auto parsed = graft::syntax::parseDocument(std::move(query));
    if (!parsed) {
        writeErrors(out, parsed.errors());
        return false;
    }
    const graft::syntax::Document &document = **parsed;
    auto operation = validate::selectOperation(document, operationName);
    if (!operation) {
        writeErrors(out, operation.errors());
        return false;
    }
    const validate::ComplexityLimits limits;
    if (auto error = validate::checkStaticLimits(document, **operation, limits)) {
        writeErrors(out, {*error});
        return false;
    }
    std::optional<JsonValue> variables;
    if (variablesText) {
        auto decoded = graft::values::decodeVariables(*variablesText);
        if (!decoded) {
            writeErrors(out, decoded.errors());
            return false;
        }
        variables = std::move(decoded).value();
    }
    auto coerced = validate::coerceVariables(registry, document, **operation, variables ? &*variables : nullptr);
    if (!coerced) {
        writeErrors(out, coerced.errors());
        return false;
    }
    if (auto error = validate::checkInputDepth(document, **operation, *coerced, limits)) {
        writeErrors(out, {*error});
        return false;
    }
    JsonWriter json(out);
    json.startObject();
    json.key("variables");
    json.startObject();
    for (const std::string_view name : coerced->names()) {
        json.key(name);
        json.value(*coerced->find(name));
    }
    json.endObject();
    json.endObject();
    return true;
}

int coerceUsage()
{
    std::cerr << "usage: graft coerce --schema SDL --query FILE [--variables JSON] [--operation NAME]\n"
                 "       graft coerce --schema SDL --batch < cases.jsonl\n";
    return 2;
}

std::optional<std::string> readFile(const char *path)
{
    std::ifstream file(path, std::ios::binary);
    if (!file)
        return std::nullopt;
    return std::string(std::istreambuf_iterator<char>(file), std::istreambuf_iterator<char>());
}

std::optional<std::string_view> optionalString(const JsonValue &object, std::string_view key)
{
    const JsonValue *member = object.find(key);
    if (!member || !member->isString())
        return std::nullopt;
    return std::string_view(member->stringValue());
}

int runBatch(const graft::schema::SchemaRegistry &registry)
{
    int status = 0;
    std::string line;
    while (std::getline(std::cin, line)) {
        if (line.empty())
            continue;
        graft::values::JsonReadResult read = graft::values::readJson(line, 1000);
        if (read.status != graft::values::JsonReadStatus::Ok || !read.value.isObject()) {
            std::cerr << "graft coerce: not a JSON object line\n";
            return 2;
        }
        const JsonValue &record = read.value;
        const std::optional<std::string_view> query = optionalString(record, "query");
        if (!query) {
            std::cerr << "graft coerce: a case without query\n";
            return 2;
        }
        std::string out;
        if (!coerceCase(registry, std::string(*query), optionalString(record, "variables"),
                        optionalString(record, "operationName"), out))
            status = 1;
        std::cout << out << '\n';
    }
    return status;
}

} // namespace

int runCoerce(int argc, char **argv)
{
    const char *schemaPath = nullptr;
    const char *queryPath = nullptr;
    std::optional<std::string_view> variables;
    std::optional<std::string_view> operationName;
    bool batch = false;
    for (int i = 2; i < argc; ++i) {
        const std::string_view arg = argv[i];
        if (arg == "--batch") {
            batch = true;
        } else if (i + 1 >= argc) {
            return coerceUsage();
        } else if (arg == "--schema") {
            schemaPath = argv[++i];
        } else if (arg == "--query") {
            queryPath = argv[++i];
        } else if (arg == "--variables") {
            variables = argv[++i];
        } else if (arg == "--operation") {
            operationName = argv[++i];
        } else {
            return coerceUsage();
        }
    }
    if (!schemaPath || batch == (queryPath != nullptr))
        return coerceUsage();
    auto registry = graft::schema::SdlLoader::loadFile(schemaPath);
    if (!registry) {
        for (const graft::Error &error : registry.errors())
            std::cerr << schemaPath << ": " << error.message << '\n';
        return 2;
    }
    if (batch)
        return runBatch(**registry);
    std::optional<std::string> query = readFile(queryPath);
    if (!query) {
        std::cerr << "graft: cannot read " << queryPath << '\n';
        return 2;
    }
    std::string out;
    const bool ok = coerceCase(**registry, std::move(*query), variables, operationName, out);
    std::cout << out << '\n';
    return ok ? 0 : 1;
}
