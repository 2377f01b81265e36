#include "pipeline/parse_stage.h"

#include "syntax/parser.h"

namespace graft::pipeline {

bool ParseStage::run(RequestState &state) const
{
    auto document = syntax::parseDocument(std::string(state.query), state.settings.parse);
    if (!document) {
        state.requestErrors = std::move(document).takeErrors();
        return false;
    }
    state.document = std::move(document).value();
    return true;
}

} // namespace graft::pipeline
