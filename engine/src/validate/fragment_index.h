#pragma once

#include "syntax/document.h"

#include <map>
#include <string_view>

namespace graft::validate {

/// The fragment definitions of a document by name, as graphql-core's execution machinery collects
/// them (a later definition of the same name wins; validation has rejected duplicates anyway).
class FragmentIndex {
public:
    /// Indexes every fragment definition of `document`, which must outlive the index.
    explicit FragmentIndex(const syntax::Document &document);

    /// The fragment named `name`, or nullptr.
    const syntax::FragmentDefinition *find(std::string_view name) const;

private:
    std::map<std::string_view, const syntax::FragmentDefinition *> m_fragments;
};

} // namespace graft::validate
