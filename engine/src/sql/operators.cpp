#include "sql/operators.h"

namespace graft::sql {

namespace {

constexpr std::array<Operator, kOperatorCount> kOperators = {{
#define GRAFT_OPERATOR(id, name, families, shape, atom, atomWhenFalse, paramType, paramText) \
    {OperatorId::id, name, families, InputShape::shape, atom, atomWhenFalse, ParamType::paramType, ParamText::paramText},
#include "sql/operators.def"
#undef GRAFT_OPERATOR
}};

static_assert(static_cast<std::size_t>(FilterFamily::ScalarList) == schema::kScalarCount,
              "one scalar filter family per scalar, in ScalarId order");
static_assert(scalarFamily(schema::ScalarId::JSON) == FilterFamily::JSON);
static_assert(scalarFamily(schema::ScalarId::Boolean) == FilterFamily::Boolean);
static_assert(scalarFamily(schema::ScalarId::DateRange) == FilterFamily::DateRange);

std::string_view shapeText(InputShape shape)
{
    switch (shape) {
    case InputShape::Scalar:
        return "S";
    case InputShape::ScalarList:
        return "[S!]";
    case InputShape::Boolean:
        return "Boolean";
    case InputShape::Int:
        return "Int";
    case InputShape::String:
        return "String";
    case InputShape::Date:
        return "Date";
    case InputShape::DateRange:
        return "DateRange";
    case InputShape::LTree:
        return "LTree";
    case InputShape::Json:
        return "JSON";
    case InputShape::StringList:
        return "[String!]";
    }
    return "";
}

std::string_view paramTextDescription(ParamText text)
{
    switch (text) {
    case ParamText::None:
        return "—";
    case ParamText::ValueText:
        return "value text (§1.3)";
    case ParamText::ArrayLiteral:
        return "A(texts)";
    case ParamText::LikeContains:
        return "`%`+esc(v)+`%`";
    case ParamText::LikeStartsWith:
        return "esc(v)+`%`";
    case ParamText::LikeEndsWith:
        return "`%`+esc(v)";
    case ParamText::Network:
        return "v (a network in CIDR notation)";
    case ParamText::PrivateNetworks:
        return "PRIVATE";
    case ParamText::JsonList:
        return "`[`e(v₁)`,`…`]`";
    case ParamText::JsonListEach:
        return "A(`[`e(v₁)`]`, …)";
    case ParamText::JsonSingleton:
        return "`[`e(v)`]`";
    }
    return "";
}

std::string familyTypeName(FilterFamily family)
{
    if (family == FilterFamily::ScalarList)
        return "SListFilter";
    return std::string(schema::scalarInfo(static_cast<schema::ScalarId>(family)).name) + "Filter";
}

void appendEscapedCell(std::string &out, std::string_view text)
{
    for (char c : text) {
        if (c == '|')
            out += '\\';
        out += c;
    }
}

} // namespace

const std::array<Operator, kOperatorCount> &allOperators()
{
    return kOperators;
}

const Operator &operatorInfo(OperatorId id)
{
    return kOperators[static_cast<std::size_t>(id)];
}

std::vector<const Operator *> operatorsOf(FilterFamily family)
{
    std::vector<const Operator *> rows;
    for (const Operator &op : kOperators) {
        if (op.belongsTo(family))
            rows.push_back(&op);
    }
    return rows;
}

const Operator *findOperator(FilterFamily family, std::string_view name)
{
    for (const Operator &op : kOperators) {
        if (op.name == name && op.belongsTo(family))
            return &op;
    }
    return nullptr;
}

std::string paramTypeName(ParamType type, std::string_view fieldType)
{
    switch (type) {
    case ParamType::None:
        return {};
    case ParamType::FieldType:
        return std::string(fieldType);
    case ParamType::FieldTypeArray:
        return std::string(fieldType) + "[]";
    case ParamType::Text:
        return "text";
    case ParamType::TextArray:
        return "text[]";
    case ParamType::Inet:
        return "inet";
    case ParamType::InetArray:
        return "inet[]";
    case ParamType::Lquery:
        return "lquery";
    case ParamType::Integer:
        return "integer";
    case ParamType::Jsonb:
        return "jsonb";
    case ParamType::JsonbArray:
        return "jsonb[]";
    case ParamType::Date:
        return "date";
    case ParamType::Daterange:
        return "daterange";
    case ParamType::Ltree:
        return "ltree";
    }
    return {};
}

std::string expandAtom(std::string_view atomTemplate, const AtomOperands &operands)
{
    std::string out;
    out.reserve(atomTemplate.size() + operands.typed.size() + operands.parameter.size() + 16);
    for (std::size_t i = 0; i < atomTemplate.size(); ++i) {
        if (atomTemplate[i] == '{' && i + 2 < atomTemplate.size() && atomTemplate[i + 2] == '}') {
            switch (atomTemplate[i + 1]) {
            case 'P':
                out += operands.typed;
                i += 2;
                continue;
            case 'J':
                out += operands.json;
                i += 2;
                continue;
            case 'X':
                out += operands.nullTest;
                i += 2;
                continue;
            case 'p':
                out += operands.parameter;
                i += 2;
                continue;
            case 'G':
                out += "CASE jsonb_typeof(";
                out += operands.json;
                out += ") WHEN 'array' THEN ";
                out += operands.json;
                out += " END";
                i += 2;
                continue;
            default:
                break;
            }
        }
        out += atomTemplate[i];
    }
    return out;
}

std::string operatorsMarkdown()
{
    std::string out = "# Filter operators\n\n"
                      "Generated from engine/src/sql/operators.def (CONTRACT §1.6, §5.3). `P` is the typed path\n"
                      "expression, `J` the JSON expression, `X` the null-test expression, `$p` the parameter,\n"
                      "`G` = `CASE jsonb_typeof(J) WHEN 'array' THEN J END`; S is the filtered (item) scalar.\n";
    for (std::uint8_t f = 0; f <= static_cast<std::uint8_t>(FilterFamily::ScalarList); ++f) {
        const auto family = static_cast<FilterFamily>(f);
        out += "\n## " + familyTypeName(family) + "\n\n";
        out += "| field | type | SQL atom | param type | param text |\n|---|---|---|---|---|\n";
        for (const Operator *op : operatorsOf(family)) {
            const AtomOperands names{"P", "J", "X", "$p"};
            out += "| `";
            out += op->name;
            out += "` | `";
            out += shapeText(op->input);
            out += "` | ";
            if (op->isFlag()) {
                out += "true: `";
                appendEscapedCell(out, expandAtom(op->atom, names));
                out += "`; false: `";
                appendEscapedCell(out, expandAtom(op->atomWhenFalse, names));
                out += '`';
            } else {
                out += '`';
                appendEscapedCell(out, expandAtom(op->atom, names));
                out += '`';
            }
            const std::string type = paramTypeName(op->paramType, "t");
            out += " | ";
            out += type.empty() ? std::string("—") : "`" + type + "`";
            out += " | ";
            out += paramTextDescription(op->paramText);
            out += " |\n";
        }
    }
    return out;
}

} // namespace graft::sql
