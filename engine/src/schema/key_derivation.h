#pragma once

#include <string>
#include <string_view>

namespace graft::schema {

/// The document key of a field name (CONTRACT §1.4): leading underscores kept; `_` inserted
/// before an upper-case ASCII letter (not first) preceded by a lower-case letter or digit, or by
/// an upper-case letter and followed by a lower-case one; then every letter lower-cased.
std::string deriveDocumentKey(std::string_view fieldName);

} // namespace graft::schema
