#include "sql/sql_builder.h"

#include "sql/condition.h"
#include "sql/order_by_renderer.h"
#include "sql/path_expression.h"
#include "sql/step_table.h"
#include "sql/where_renderer.h"

#include <optional>
#include <string>

namespace graft::sql {

namespace {

using values::JsonValue;

// The index of argument `name` among the bound values, when present and not null.
std::optional<std::uint32_t> argumentIndex(const validate::ArgumentValues &arguments, std::string_view name)
{
    for (std::size_t i = 0; i < arguments.size(); ++i) {
        if (arguments[i].first == name && !arguments[i].second.isNull())
            return static_cast<std::uint32_t>(i);
    }
    return std::nullopt;
}

BindStep valueStep(BindAction action, std::uint32_t argument, std::string_view name)
{
    BindStep step;
    step.action = action;
    step.address.argument = argument;
    step.argument = std::string(name);
    step.path = std::string(name);
    return step;
}

std::string placeholder(std::string_view type)
{
    std::string text(1, kPlaceholder);
    text += "::";
    text += type;
    return text;
}

// Numbers the placeholders of `text` (`$1`, `$2`, … in order of appearance) and records, for each,
// its step's parameter index and type.
void numberParameters(RootPlan &plan, StepTable &table, const std::string &text,
                      const std::vector<std::uint32_t> &order)
{
    plan.sql.reserve(text.size() + order.size() * 2);
    std::size_t next = 0;
    for (const char c : text) {
        if (c != kPlaceholder) {
            plan.sql += c;
            continue;
        }
        const std::uint32_t step = order[next];
        table.steps[step].parameter = static_cast<std::int32_t>(next);
        plan.parameterTypes.push_back(table.types[step]);
        ++next;
        plan.sql += '$';
        plan.sql += std::to_string(next);
    }
}

} // namespace

std::shared_ptr<const SqlPlan> SqlBuilder::build(const BoundOperation &operation)
{
    std::vector<RootPlan> roots;
    roots.reserve(operation.roots.size());
    for (const BoundRootField &root : operation.roots)
        roots.push_back(buildRoot(root));
    return std::make_shared<const SqlPlan>(std::move(roots));
}

RootPlan SqlBuilder::buildRoot(const BoundRootField &root)
{
    RootPlan plan;
    plan.responseKey = std::string(root.responseKey);
    plan.fieldName = std::string(root.nodes.front()->name.value);
    plan.kind = root.kind;
    plan.location = root.location;
    const bool queriesView = root.kind == RootKind::ListQuery || root.kind == RootKind::Lookup;
    if (!queriesView || root.argumentError)
        return plan;

    const schema::NamedType &viewType = *root.definition->view;
    const schema::ViewInfo &view = *viewType.view;
    plan.viewType = viewType.name;
    plan.hasStatement = true;
    const validate::ArgumentValues &arguments = root.arguments;

    // Steps in the check order of §5.7: tenant, limit, offset, orderBy, where, id.
    StepTable table;
    std::optional<std::uint32_t> tenantStep;
    if (view.tenantColumn)
        tenantStep = table.add(valueStep(BindAction::Tenant, 0, {}), "uuid");

    std::optional<std::uint32_t> limitStep;
    std::optional<std::uint32_t> offsetStep;
    OrderBy orderBy;
    Condition where;
    std::optional<std::uint32_t> idStep;
    std::string lookupTyped;
    if (root.kind == RootKind::ListQuery) {
        if (const auto limit = argumentIndex(arguments, "limit"))
            limitStep = table.add(valueStep(BindAction::Limit, *limit, "limit"), "bigint");
        if (const auto offset = argumentIndex(arguments, "offset"))
            offsetStep = table.add(valueStep(BindAction::Offset, *offset, "offset"), "bigint");
        if (const auto order = argumentIndex(arguments, "orderBy"))
            orderBy = renderOrderBy(viewType, view.jsonbColumn, arguments[*order].second);
        if (orderBy.failure) {
            BindStep fail;
            fail.action = BindAction::Fail;
            fail.path = *orderBy.failure;
            table.add(std::move(fail), {});
            plan.steps = std::move(table.steps);
            return plan; // the first failure is the field's only error: nothing after it matters
        }
        const auto whereIndex = argumentIndex(arguments, "where");
        if (whereIndex && arguments[*whereIndex].second.isObject()) {
            WhereRenderer renderer(view.jsonbColumn, *whereIndex, table);
            where = renderer.render(*viewType.whereInput, arguments[*whereIndex].second);
        }
    } else {
        const schema::FieldDefinition &idField = *viewType.field("id");
        const PathExpression path = pathExpression(idField, view.jsonbColumn, {});
        BindStep step = valueStep(BindAction::LookupId, argumentIndex(arguments, "id").value_or(0), "id");
        const schema::InputValue *idArgument = root.definition->argument("id");
        step.scalar = idArgument->type.namedType()->scalar.value_or(schema::ScalarId::ID);
        idStep = table.add(std::move(step), path.type);
        lookupTyped = path.typed;
    }

    // §5.1: SELECT "jsonb"::text FROM "schema"."view"[ WHERE …][ ORDER BY …][ LIMIT $p][ OFFSET $p]
    std::string text = "SELECT ";
    appendIdentifier(text, view.jsonbColumn);
    text += "::text FROM ";
    appendIdentifier(text, view.schemaName);
    text += '.';
    appendIdentifier(text, view.viewName);
    std::vector<std::uint32_t> order; // the steps of the placeholders, in text order
    std::vector<std::string> items;
    if (tenantStep) {
        std::string item = "(";
        appendIdentifier(item, *view.tenantColumn);
        item += " = " + placeholder("uuid") + ")";
        items.push_back(std::move(item));
        order.push_back(*tenantStep);
    }
    if (idStep) {
        items.push_back("(" + lookupTyped + " = " + placeholder(table.types[*idStep]) + ")");
        order.push_back(*idStep);
    }
    if (!where.isTrue) {
        items.push_back(std::move(where.text));
        order.insert(order.end(), where.steps.begin(), where.steps.end());
    }
    for (std::size_t i = 0; i < items.size(); ++i) {
        text += i == 0 ? " WHERE " : " AND ";
        text += items[i];
    }
    for (std::size_t i = 0; i < orderBy.keys.size(); ++i) {
        text += i == 0 ? " ORDER BY " : ", ";
        text += orderBy.keys[i];
    }
    if (limitStep) {
        text += " LIMIT " + placeholder("bigint");
        order.push_back(*limitStep);
    }
    if (offsetStep) {
        text += " OFFSET " + placeholder("bigint");
        order.push_back(*offsetStep);
    }
    numberParameters(plan, table, text, order);
    plan.steps = std::move(table.steps);
    return plan;
}

} // namespace graft::sql
