#include "pipeline/parse_stage.h"

#include "syntax/parser.h"

namespace graft::pipeline {

bool ParseStage::run(RequestState &state) const
{
    // A text over the size guard was never stored: it goes straight to the guard, unhashed.
    cache::DocumentCache *documents = state.snapshot.documents.get();
    if (documents && state.query.size() <= state.settings.parse.maxDocumentBytes) {
        cache::DocumentLookup found = documents->lookup(state.query);
        if (found.document) {
            state.document = std::move(found.document);
            state.cached = std::move(found.entry);
            state.documentValidated = true;
            return true;
        }
        state.documentAdmitted = found.seenBefore;
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
