#include "validate/fragment_index.h"

namespace graft::validate {

FragmentIndex::FragmentIndex(const syntax::Document &document)
{
    for (const syntax::Definition *definition : document.definitions()) {
        if (const auto *fragment = definition->as<syntax::FragmentDefinition>())
            m_fragments[fragment->name.value] = fragment;
    }
}

const syntax::FragmentDefinition *FragmentIndex::find(std::string_view name) const
{
    const auto it = m_fragments.find(name);
    return it == m_fragments.end() ? nullptr : it->second;
}

} // namespace graft::validate
