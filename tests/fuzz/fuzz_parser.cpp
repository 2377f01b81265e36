// libFuzzer entry point: any byte string must parse or fail cleanly (no crash, no unbounded
// recursion, no sanitizer report), and every reported location must lie inside the document.

#include "syntax/parser.h"
#include "syntax/printer.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>

namespace {

void checkValue(const graft::syntax::Value &value)
{
    // Printing walks the whole value tree and exercises the printer on fuzzed literals.
    const std::string printed = graft::syntax::printValue(value);
    if (printed.empty())
        std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    using namespace graft::syntax;
    ParseLimits limits;
    limits.maxDocumentBytes = 4u << 20;
    // Alternate between the default nesting limit and one far above the parser's hard cap.
    limits.maxNesting = (size % 2 == 0) ? 512 : 1000000;
    std::string source(reinterpret_cast<const char *>(data), size);
    const auto parsed = parseDocument(source, limits);
    if (!parsed) {
        for (const graft::Error &error : parsed.errors()) {
            if (error.message.empty())
                std::abort();
            for (const graft::SourceLocation &location : error.locations)
                if (location.line < 1 || location.column < 1 || static_cast<std::size_t>(location.line) > size + 1 ||
                    static_cast<std::size_t>(location.column) > size + 1)
                    std::abort();
        }
        return 0;
    }
    const Document &document = **parsed;
    for (const Definition *definition : document.definitions()) {
        if (definition->offset > size)
            std::abort();
        (void)document.location(definition->offset);
        if (const auto *operation = definition->as<OperationDefinition>()) {
            for (const VariableDefinition &variable : operation->variableDefinitions) {
                (void)printType(*variable.type);
                if (variable.defaultValue)
                    checkValue(*variable.defaultValue);
            }
            for (const Selection *selection : operation->selectionSet->selections)
                if (const Field *field = selection->as<Field>())
                    for (const Argument &argument : field->arguments)
                        checkValue(*argument.value);
        }
    }
    return 0;
}
