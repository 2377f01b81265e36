#pragma once

#include "pipeline/request_state.h"

namespace graft::pipeline {

/// §2.2 steps 1-2: size guard, nesting guard, parse — or a hit in the snapshot's document cache,
/// which stands for all three and for validateDocument.
class ParseStage {
public:
    /// False when the request ends here (state.requestErrors set).
    bool run(RequestState &state) const;
};

} // namespace graft::pipeline
