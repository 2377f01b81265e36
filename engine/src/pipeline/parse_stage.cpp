#include "pipeline/parse_stage.h"

#include "syntax/parser.h"

namespace graft::pipeline {

bool ParseStage::run(RequestState &state) const
{
    // A text over the size guard was never stored: it goes straight to the guard, unhashed.
    cache::DocumentCache *documents = state.snapshot.documents.get();
    if (documents && state.query.size() <= state.settings.parse.maxDocumentBytes) {
        if (std::shared_ptr<const syntax::Document> cached = documents->find(state.query)) {
            state.document = std::move(cached);
            state.documentValidated = true;
            return true;
        }
    }
    auto document = syntax::parseDocument(std::string(state.query), state.settings.parse);
    if (!document) {
        state.requestErrors = std::move(document).takeErrors();
        return false;
    }
    state.document = std::move(document).value();
    return true;
}

} // namespace graft::pipeline
