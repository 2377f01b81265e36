#include "sql_request.h"

#include "schema/schema_registry.h"
#include "sql/bound_operation.h"
#include "sql/sql_builder.h"
#include "syntax/parser.h"
#include "validate/operation_selection.h"
#include "validate/variable_coercion.h"
#include "values/json_reader.h"
#include "values/json_writer.h"
#include "values/variables_decoder.h"

namespace graft::test {

SqlRequestPlanner::SqlRequestPlanner(Schema schema, cache::PlanCache *cache, sql::SqlOptions options)
    : m_schema(std::move(schema)), m_cache(cache), m_options(options),
      m_keys(m_schema.hash(), "maxLimit=" + std::to_string(options.maxLimit))
{
}

PlannedRequest SqlRequestPlanner::plan(const std::string &query, const std::string &variables,
                                       const std::string &context, std::optional<std::string> operationName) const
{
    PlannedRequest outcome;
    const schema::SchemaRegistry &registry = *m_schema.registry();
    auto fail = [&outcome](Errors errors) {
        outcome.errors = std::move(errors);
        outcome.requestFailed = true;
        return outcome;
    };
    auto document = syntax::parseDocument(query);
    if (!document)
        return fail(document.errors());
    std::optional<std::string_view> name;
    if (operationName)
        name = *operationName;
    auto operation = validate::selectOperation(**document, name);
    if (!operation)
        return fail(operation.errors());
    values::JsonValue variablesValue = values::JsonValue::object({}, {});
    if (!variables.empty()) {
        auto decoded = values::decodeVariables(variables);
        if (!decoded)
            return fail(decoded.errors());
        variablesValue = std::move(decoded).value();
    }
    auto coerced = validate::coerceVariables(registry, **document, **operation, &variablesValue);
    if (!coerced)
        return fail(coerced.errors());
    auto bound = sql::bindOperation(**document, **operation, registry, *coerced);
    if (!bound)
        return fail(bound.errors());

    std::shared_ptr<const sql::SqlPlan> plan;
    cache::PlanKey key;
    std::uint64_t generation = 0;
    if (m_cache) {
        generation = m_cache->generation();
        m_keys.build(key, **document, **operation, registry, *coerced, *bound);
        plan = m_cache->find(key, generation);
        outcome.cacheHit = plan != nullptr;
    }
    if (!plan) {
        plan = sql::SqlBuilder::build(*bound);
        if (m_cache)
            m_cache->insert(key, plan, generation);
    }
    values::JsonValue contextValue;
    if (!context.empty()) {
        values::JsonReadResult read = values::readJson(context, 512);
        if (read.status == values::JsonReadStatus::Ok)
            contextValue = std::move(read.value);
    }
    const sql::BoundPlan boundPlan =
        sql::bindPlan(plan, *bound, sql::RequestContext::fromJson(&contextValue), m_options);
    for (std::size_t i = 0; i < boundPlan.roots.size(); ++i) {
        const sql::RootPlan &root = plan->roots()[i];
        const sql::BoundRoot &boundRoot = boundPlan.roots[i];
        if (boundRoot.error) {
            outcome.errors.push_back(*boundRoot.error);
            continue;
        }
        if (!root.hasStatement)
            continue;
        outcome.sql.push_back(root.sql);
        std::vector<Parameter> params;
        for (std::size_t p = 0; p < root.parameterTypes.size(); ++p)
            params.emplace_back(root.parameterTypes[p], boundRoot.parameters[p]);
        outcome.params.push_back(std::move(params));
    }
    return outcome;
}

std::string jsonQuoted(const std::string &text)
{
    std::string out;
    values::appendJsonString(out, text);
    return out;
}

std::string formatParameters(const std::vector<Parameter> &params)
{
    if (params.empty())
        return "(none)";
    std::string out;
    for (std::size_t i = 0; i < params.size(); ++i) {
        if (i > 0)
            out += ", ";
        out += params[i].first + " " + jsonQuoted(params[i].second);
    }
    return out;
}

std::vector<std::string> outcomeLines(const PlannedRequest &outcome)
{
    std::vector<std::string> lines;
    for (std::size_t i = 0; i < outcome.sql.size(); ++i) {
        lines.push_back("s " + outcome.sql[i]);
        lines.push_back("p " + formatParameters(outcome.params[i]));
    }
    for (const Error &error : outcome.errors) {
        std::string line = "e ";
        line += errorCodeName(error.code);
        line += ' ';
        line += error.message;
        for (const SourceLocation &location : error.locations)
            line += " @" + std::to_string(location.line) + ":" + std::to_string(location.column);
        if (!error.path.empty())
            line += " path=" + error.path.front();
        lines.push_back(std::move(line));
    }
    return lines;
}

} // namespace graft::test
