#pragma once

#include "pipeline/request_state.h"

namespace graft::pipeline {

/// §2.2 steps 3-6: validation, operation selection, static limits, variables (decode, coerce,
/// input depth). Validation is skipped for a document cache hit; a document that passes it is
/// stored in the snapshot's document cache.
class ValidateStage {
public:
    /// False when the request ends here (state.requestErrors set).
    bool run(RequestState &state) const;
};

} // namespace graft::pipeline
