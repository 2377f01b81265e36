#pragma once

#include "pipeline/request_state.h"

namespace graft::pipeline {

/// §2.2 step 9: every root field's value or field error, in root selection order — `__typename`,
/// introspection, projected rows — and the response bytes (§7).
class RespondStage {
public:
    /// Writes state.response.body and errors; sets state.internalError on an unexpected failure.
    void run(RequestState &state) const;
};

} // namespace graft::pipeline
