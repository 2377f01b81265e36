#include "sql/where_renderer.h"

#include <string>

namespace graft::sql {

namespace {

using schema::ScalarId;
using values::JsonValue;

// The scalar whose §1.3 text an operator's value gets: the filtered (item) scalar, or the fixed
// input type of the operator.
ScalarId valueScalar(const Operator &op, ScalarId fieldScalar)
{
    switch (op.input) {
    case InputShape::Scalar:
    case InputShape::ScalarList:
        return fieldScalar;
    case InputShape::Boolean:
        return ScalarId::Boolean;
    case InputShape::Int:
        return ScalarId::Int;
    case InputShape::String:
    case InputShape::StringList:
        return ScalarId::String;
    case InputShape::Date:
        return ScalarId::Date;
    case InputShape::DateRange:
        return ScalarId::DateRange;
    case InputShape::LTree:
        return ScalarId::LTree;
    case InputShape::Json:
        return ScalarId::JSON;
    }
    return fieldScalar;
}

} // namespace

WhereRenderer::WhereRenderer(std::string_view jsonb, std::uint32_t argument, StepTable &steps)
    : m_jsonb(jsonb), m_steps(steps)
{
    m_address.argument = argument;
}

Condition WhereRenderer::render(const schema::NamedType &whereInput, const JsonValue &where)
{
    m_path = "where";
    return renderWhere(whereInput, where);
}

void WhereRenderer::enter(std::uint32_t index, std::string_view suffix)
{
    m_address.steps.push_back(index);
    m_pathMarks.push_back(m_path.size());
    m_path += suffix;
}

void WhereRenderer::leave()
{
    m_address.steps.pop_back();
    m_path.resize(m_pathMarks.back());
    m_pathMarks.pop_back();
}

Condition WhereRenderer::renderWhere(const schema::NamedType &whereInput, const JsonValue &where)
{
    std::vector<Condition> items;
    for (std::size_t i = 0; i < where.size(); ++i) {
        const JsonValue &value = where.at(i);
        if (value.isNull())
            continue;
        const std::string &name = where.keyAt(i);
        const schema::InputValue *entry = whereInput.inputField(name);
        if (!entry) // unknown members never get here (§3.2, §4.2)
            continue;
        enter(static_cast<std::uint32_t>(i), "." + name);
        switch (entry->entry) {
        case schema::WhereEntry::And:
            items.push_back(renderList(whereInput, value, false));
            break;
        case schema::WhereEntry::Or:
            items.push_back(renderList(whereInput, value, true));
            break;
        case schema::WhereEntry::Not:
            items.push_back(notOf(renderWhere(whereInput, value)));
            break;
        case schema::WhereEntry::Field: {
            const schema::FieldDefinition &field =
                whereInput.sourceType->fields[static_cast<std::size_t>(entry->sourceField)];
            const schema::NamedType *inputType = entry->type.namedType();
            if (inputType->role == schema::TypeRole::WhereInput) {
                m_prefix.push_back(field.documentKey);
                items.push_back(renderWhere(*inputType, value));
                m_prefix.pop_back();
            } else {
                items.push_back(renderFilter(field, *inputType, value));
            }
            break;
        }
        case schema::WhereEntry::None:
            break;
        }
        leave();
    }
    return andGroup(std::move(items));
}

Condition WhereRenderer::renderList(const schema::NamedType &whereInput, const JsonValue &list, bool isOr)
{
    std::vector<Condition> items;
    if (list.isArray()) {
        for (std::size_t i = 0; i < list.size(); ++i) {
            enter(static_cast<std::uint32_t>(ValueAddress::kListStep | i), "[" + std::to_string(i) + "]");
            items.push_back(renderWhere(whereInput, list.at(i)));
            leave();
        }
    } else {
        // A single value given for the list: one item, no index in paths.
        enter(ValueAddress::kListStep, {});
        items.push_back(renderWhere(whereInput, list));
        leave();
    }
    return isOr ? orGroup(std::move(items)) : andGroup(std::move(items));
}

Condition WhereRenderer::renderFilter(const schema::FieldDefinition &field, const schema::NamedType &filterType,
                                      const JsonValue &filter)
{
    const PathExpression path = pathExpression(field, m_jsonb, m_prefix);
    std::vector<Condition> atoms;
    for (std::size_t i = 0; i < filter.size(); ++i) {
        const JsonValue &value = filter.at(i);
        if (value.isNull())
            continue;
        const std::string &name = filter.keyAt(i);
        const schema::InputValue *input = filterType.inputField(name);
        if (!input || !input->op)
            continue;
        enter(static_cast<std::uint32_t>(i), "." + name);
        atoms.push_back(renderAtom(*input->op, field, path, value));
        leave();
    }
    return andGroup(std::move(atoms));
}

Condition WhereRenderer::renderAtom(const Operator &op, const schema::FieldDefinition &field,
                                    const PathExpression &path, const JsonValue &value)
{
    std::string_view atomTemplate = op.atom;
    if (op.isFlag() && value.isBoolean() && !value.booleanValue())
        atomTemplate = op.atomWhenFalse;
    AtomOperands operands{path.typed, path.json, path.nullTest, {}};
    if (op.paramType == ParamType::None)
        return Condition::makeText(expandAtom(atomTemplate, operands), {});

    std::string type = paramTypeName(op.paramType, path.type);
    std::string placeholder(1, kPlaceholder);
    placeholder += "::";
    placeholder += type;
    operands.parameter = placeholder;

    BindStep step;
    step.action = BindAction::Operator;
    step.transform = op.paramText;
    step.scalar = valueScalar(op, field.scalar.value_or(ScalarId::JSON));
    step.address = m_address;
    step.argument = "where";
    step.path = m_path;
    const std::uint32_t index = m_steps.add(std::move(step), std::move(type));
    return Condition::makeText(expandAtom(atomTemplate, operands), {index});
}

} // namespace graft::sql
