#pragma once

// The field rules of CONTRACT §3.2: ScalarLeafs (8) and FieldsOnCorrectType (9).

#include "validate/rule.h"

namespace graft::validate {

/// Rule 8: a leaf field with a selection, or an object field without one.
class ScalarLeafsRule : public Rule {
public:
    using Rule::Rule;
    HookSet hooks() const override { return hookBit(Hook::EnterField); }
    Action enterField(const syntax::Field &field) override;
};

/// Rule 9: a field its parent object type does not define.
class FieldsOnCorrectTypeRule : public Rule {
public:
    using Rule::Rule;
    HookSet hooks() const override { return hookBit(Hook::EnterField); }
    Action enterField(const syntax::Field &field) override;
};

} // namespace graft::validate
