#pragma once

// Rule 5 of CONTRACT §3.2: KnownTypeNames.

#include "validate/rule.h"

namespace graft::validate {

/// Rule 5: a named type reference that names neither a schema type nor a type defined in the document.
class KnownTypeNamesRule : public Rule {
public:
    using Rule::Rule;
    HookSet hooks() const override { return hookBit(Hook::EnterNamedType); }
    Action enterNamedType(const syntax::TypeRef &type) override;

private:
    bool definedInDocument(std::string_view name) const;
};

} // namespace graft::validate
