#include "schema/input_type_generator.h"

#include "sql/operators.h"

namespace graft::schema {

namespace {

const char *const kOrderDirections[] = {"ASC", "DESC", "ASC_NULLS_FIRST", "ASC_NULLS_LAST", "DESC_NULLS_FIRST",
                                        "DESC_NULLS_LAST"};

TypeRef nonNullList(TypeRef item)
{
    return TypeRef::listOf(TypeRef::nonNullOf(std::move(item)));
}

} // namespace

InputTypeGenerator::InputTypeGenerator(const TypeTable &base, const std::vector<NamedType *> &objects)
    : m_base(base)
{
    // X has an XOrderByInput iff it has a non-list scalar field other than JSON, or a non-list
    // embedded field whose type has one: iterate to the least fixpoint (embedded types may recurse).
    bool changed = true;
    while (changed) {
        changed = false;
        for (const NamedType *object : objects) {
            if (m_orderable.count(object) != 0)
                continue;
            for (const FieldDefinition &field : object->fields) {
                if (field.list)
                    continue;
                const bool orderableScalar = field.scalar && *field.scalar != ScalarId::JSON;
                const bool orderableEmbedded = field.embedded != nullptr && m_orderable.count(field.embedded) != 0;
                if (orderableScalar || orderableEmbedded) {
                    m_orderable.insert(object);
                    changed = true;
                    break;
                }
            }
        }
    }
}

const NamedType *InputTypeGenerator::generatedWhereInput(const NamedType &object) const
{
    auto it = m_where.find(&object);
    return it == m_where.end() ? nullptr : it->second;
}

const NamedType *InputTypeGenerator::generatedOrderByInput(const NamedType &object) const
{
    auto it = m_order.find(&object);
    return it == m_order.end() ? nullptr : it->second;
}

const NamedType &InputTypeGenerator::whereInput(const NamedType &object)
{
    if (const NamedType *existing = generatedWhereInput(object))
        return *existing;
    NamedType &where = m_out.add(NamedTypeKind::InputObject, TypeRole::WhereInput, object.name + "WhereInput");
    where.sourceType = &object;
    m_where.emplace(&object, &where); // first: embedded types may refer back to `object`
    std::vector<InputValue> fields;
    for (std::size_t i = 0; i < object.fields.size(); ++i) {
        const FieldDefinition &field = object.fields[i];
        InputValue input;
        input.name = field.name;
        input.entry = WhereEntry::Field;
        input.sourceField = static_cast<int>(i);
        if (field.scalar) {
            input.type = TypeRef(&filter(*field.scalar, field.list));
        } else if (!field.list) {
            input.type = TypeRef(&whereInput(*field.embedded));
        } else {
            continue; // a list of embedded objects cannot be filtered (§1.6)
        }
        fields.push_back(std::move(input));
    }
    const WhereEntry logical[] = {WhereEntry::And, WhereEntry::Or, WhereEntry::Not};
    const char *const names[] = {"AND", "OR", "NOT"};
    for (int i = 0; i < 3; ++i) {
        InputValue input;
        input.name = names[i];
        input.entry = logical[i];
        input.type = logical[i] == WhereEntry::Not ? TypeRef(&where) : nonNullList(TypeRef(&where));
        fields.push_back(std::move(input));
    }
    where.inputFields = std::move(fields);
    return where;
}

const NamedType *InputTypeGenerator::orderByInput(const NamedType &object)
{
    if (m_orderable.count(&object) == 0)
        return nullptr;
    if (const NamedType *existing = generatedOrderByInput(object))
        return existing;
    NamedType &order = m_out.add(NamedTypeKind::InputObject, TypeRole::OrderByInput, object.name + "OrderByInput");
    order.sourceType = &object;
    m_order.emplace(&object, &order);
    std::vector<InputValue> fields;
    for (std::size_t i = 0; i < object.fields.size(); ++i) {
        const FieldDefinition &field = object.fields[i];
        if (field.list)
            continue;
        InputValue input;
        input.name = field.name;
        input.entry = WhereEntry::Field;
        input.sourceField = static_cast<int>(i);
        if (field.scalar) {
            if (*field.scalar == ScalarId::JSON)
                continue;
            input.type = TypeRef(&orderDirection());
        } else {
            const NamedType *nested = orderByInput(*field.embedded);
            if (nested == nullptr)
                continue;
            input.type = TypeRef(nested);
        }
        fields.push_back(std::move(input));
    }
    order.inputFields = std::move(fields);
    return &order;
}

const NamedType &InputTypeGenerator::filter(ScalarId scalar, bool list)
{
    const std::string name = std::string(scalarInfo(scalar).name) + (list ? "ListFilter" : "Filter");
    if (const NamedType *existing = m_out.find(name))
        return *existing;
    NamedType &type = m_out.add(NamedTypeKind::InputObject, list ? TypeRole::ListFilter : TypeRole::ScalarFilter, name);
    type.scalar = scalar;
    const sql::FilterFamily family = list ? sql::FilterFamily::ScalarList : sql::scalarFamily(scalar);
    const TypeRef same = m_base.ref(scalarInfo(scalar).name);
    for (const sql::Operator *op : sql::operatorsOf(family)) {
        InputValue input;
        input.name = std::string(op->name);
        input.op = op;
        switch (op->input) {
        case sql::InputShape::Scalar:
            input.type = same;
            break;
        case sql::InputShape::ScalarList:
            input.type = nonNullList(same);
            break;
        case sql::InputShape::Boolean:
            input.type = m_base.ref("Boolean");
            break;
        case sql::InputShape::Int:
            input.type = m_base.ref("Int");
            break;
        case sql::InputShape::String:
            input.type = m_base.ref("String");
            break;
        case sql::InputShape::Date:
            input.type = m_base.ref("Date");
            break;
        case sql::InputShape::DateRange:
            input.type = m_base.ref("DateRange");
            break;
        case sql::InputShape::LTree:
            input.type = m_base.ref("LTree");
            break;
        case sql::InputShape::Json:
            input.type = m_base.ref("JSON");
            break;
        case sql::InputShape::StringList:
            input.type = nonNullList(m_base.ref("String"));
            break;
        }
        type.inputFields.push_back(std::move(input));
    }
    return type;
}

const NamedType &InputTypeGenerator::orderDirection()
{
    if (const NamedType *existing = m_out.find("OrderDirection"))
        return *existing;
    NamedType &type = m_out.add(NamedTypeKind::Enum, TypeRole::OrderDirection, "OrderDirection");
    for (const char *value : kOrderDirections)
        type.enumValues.push_back({value});
    return type;
}

} // namespace graft::schema
