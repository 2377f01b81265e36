#pragma once

#include "graft/error.h"
#include "values/json_value.h"

#include <string_view>

namespace graft::values {

/// The default of configuration key `maxNesting` (CONTRACT §2.1).
inline constexpr int kDefaultMaxNesting = 512;

/// Decodes the `variables` JSON text (CONTRACT §4.1) into an object value, or fails with one
/// BAD_USER_INPUT error without location. When several problems apply, the first of these wins
/// (the legacy path's order, graft_legacy/jsontext.py decode_variables):
///   1. `nesting too deep.` — jsonNestingDepth(text) > maxNesting, a scan of the whole text;
///   2. `malformed JSON.` / `duplicate key "⟨k⟩".` / `number out of range.` — whichever json.loads
///      meets first while reading (see readJson());
///   3. `expected a JSON object.` — the text is valid JSON but not an object.
/// ⟨k⟩ is the decoded member name as it is, unescaped (the response's JSON escaping applies later).
Result<JsonValue> decodeVariables(std::string_view text, int maxNesting = kDefaultMaxNesting);

} // namespace graft::values
