// `graft validate --schema SDL FILE|-`: parses the GraphQL document and validates it against the
// schema (CONTRACT §3.1, §3.2); prints `{"errors":[…]}` (the contract's error objects: the syntax
// error, or every validation error in order) or `{"valid":true}`. Exit status 0 when valid, 1 on
// errors, 2 on usage errors or an SDL file that does not load.
//
// `--lines`: the input holds one JSON string per line, each a document; one answer line per input
// line, same shapes (for the differential test); exit status 0 unless usage fails.

#include "validate_command.h"

#include "schema/sdl_loader.h"
#include "syntax/parser.h"
#include "validate/validator.h"
#include "values/json_reader.h"
#include "json/response_writer.h"

#include <fstream>
#include <iostream>
#include <iterator>
#include <string>
#include <string_view>

namespace {


void writeErrors(std::string &out, const graft::Errors &errors)
{
    out += graft::json::ResponseWriter::requestErrors(errors); // the contract's `{"errors":[…]}` (§8.1)
}

/// Validates one document; appends the answer (without newline) and returns true when valid.
bool validateText(const graft::schema::SchemaRegistry &registry, std::string text, std::string &out)
{
    auto parsed = graft::syntax::parseDocument(std::move(text));
    if (!parsed) {
        writeErrors(out, parsed.errors());
        return false;
    }
    const graft::Errors errors = graft::validate::validateDocument(**parsed, registry);
    if (!errors.empty()) {
        writeErrors(out, errors);
        return false;
    }
    out += R"({"valid":true})";
    return true;
}

int usage()
{
    std::cerr << "usage: graft validate --schema SDL [--lines] FILE|-\n";
    return 2;
}

} // namespace

int runValidate(int argc, char **argv)
{
    const char *schemaPath = nullptr;
    const char *path = nullptr;
    bool lines = false;
    for (int i = 2; i < argc; ++i) {
        const std::string_view arg = argv[i];
        if (arg == "--schema" && i + 1 < argc)
            schemaPath = argv[++i];
        else if (arg == "--lines")
            lines = true;
        else if (path == nullptr)
            path = argv[i];
        else
            return usage();
    }
    if (schemaPath == nullptr || path == nullptr)
        return usage();
    auto loaded = graft::schema::SdlLoader::loadFile(schemaPath);
    if (!loaded) {
        for (const graft::Error &error : loaded.errors())
            std::cerr << "graft: " << schemaPath << ": " << error.message << "\n";
        return 2;
    }
    const graft::schema::SchemaRegistry &registry = **loaded;

    std::string input;
    if (std::string_view(path) == "-") {
        input.assign(std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>());
    } else {
        std::ifstream file(path, std::ios::binary);
        if (!file) {
            std::cerr << "graft: cannot read " << path << "\n";
            return 2;
        }
        input.assign(std::istreambuf_iterator<char>(file), std::istreambuf_iterator<char>());
    }
    if (!lines) {
        std::string out;
        const bool valid = validateText(registry, std::move(input), out);
        std::cout << out << '\n';
        return valid ? 0 : 1;
    }
    std::string out;
    std::size_t start = 0;
    while (start < input.size()) {
        std::size_t end = input.find('\n', start);
        if (end == std::string::npos)
            end = input.size();
        const std::string_view line(input.data() + start, end - start);
        start = end + 1;
        if (line.empty())
            continue;
        const graft::values::JsonReadResult read = graft::values::readJson(line, 512);
        if (read.status != graft::values::JsonReadStatus::Ok || !read.value.isString()) {
            std::cerr << "graft: --lines expects one JSON string per line\n";
            return 2;
        }
        validateText(registry, read.value.stringValue(), out);
        out += '\n';
    }
    std::cout << out;
    return 0;
}
