#pragma once

#include "pipeline/request_state.h"

namespace graft::pipeline {

/// §2.2 steps 1-2: size guard, nesting guard, parse.
class ParseStage {
public:
    /// False when the request ends here (state.requestErrors set).
    bool run(RequestState &state) const;
};

} // namespace graft::pipeline
