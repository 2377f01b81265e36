#include "values/variables_decoder.h"

#include "values/json_reader.h"

#include <algorithm>

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
    // Each level takes a byte at least: a text no longer than the limit needs no pre-scan.
    if (text.size() > static_cast<std::size_t>(std::max(maxNesting, 0)) && jsonNestingDepth(text, maxNesting) > maxNesting)
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
