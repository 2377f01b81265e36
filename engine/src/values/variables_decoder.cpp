#include "values/variables_decoder.h"

#include "values/json_reader.h"

namespace graft::values {

namespace {

Error invalid(std::string_view what)
{
    Error error;
    error.code = ErrorCode::BadUserInput;
    error.message = "Variables are invalid: ";
    error.message += what;
    return error;
}

} // namespace

Result<JsonValue> decodeVariables(std::string_view text, int maxNesting)
{
    if (jsonNestingDepth(text, maxNesting) > maxNesting)
        return invalid("nesting too deep.");
    JsonReadResult read = readJson(text, maxNesting);
    switch (read.status) {
    case JsonReadStatus::Malformed:
        return invalid("malformed JSON.");
    case JsonReadStatus::DuplicateKey:
        return invalid("duplicate key \"" + read.duplicateKey + "\".");
    case JsonReadStatus::NumberOutOfRange:
        return invalid("number out of range.");
    case JsonReadStatus::Ok:
        break;
    }
    if (read.rootKind != JsonKind::Object)
        return invalid("expected a JSON object.");
    return std::move(read.value);
}

} // namespace graft::values
