#pragma once

#include "graft/error.h"

#include <cstdint>
#include <string_view>

namespace graft::syntax {

/// The 1-based line:column graphql-core 3.2.6 reports for byte offset `offset` of `source`:
/// columns count code points; lines split like Python `str.splitlines` (CONTRACT §3.1), a break
/// at the very end of the prefix starting no new line. Linear in `offset`; meant for errors.
SourceLocation locateOffset(std::string_view source, std::uint32_t offset);

} // namespace graft::syntax
