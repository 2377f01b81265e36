#include "sql/plan_binder.h"

#include "sql/parameter_text.h"
#include "values/scalar_format.h"

#include <cmath>

namespace graft::sql {

namespace {

using values::JsonValue;

// The value at `address`; nullptr when the request does not have it (it then has another key).
const JsonValue *resolve(const validate::ArgumentValues &arguments, const ValueAddress &address)
{
    if (address.argument >= arguments.size())
        return nullptr;
    const JsonValue *value = &arguments[address.argument].second;
    for (const std::uint32_t step : address.steps) {
        const std::size_t index = step & ~ValueAddress::kListStep;
        if ((step & ValueAddress::kListStep) != 0 && !value->isArray()) {
            if (index != 0) // a single value given for a list is its item 0
                return nullptr;
            continue;
        }
        if (!(value->isArray() || value->isObject()) || index >= value->size())
            return nullptr;
        value = &value->at(index);
    }
    return value;
}

// An Int argument's value (an integer, or a JSON number with an integral value).
std::int64_t integerOf(const JsonValue &value)
{
    if (value.isInteger() && value.fitsInt64())
        return value.int64Value();
    return static_cast<std::int64_t>(value.numberValue());
}

Error fieldError(const BoundRootField &root, ErrorCode code, std::string message)
{
    return Error{code, std::move(message), {root.location}, {std::string(root.responseKey)}, {}};
}

Error internalError(const BoundRootField &root)
{
    return fieldError(root, ErrorCode::InternalServerError, "Internal server error.");
}

Error valueError(const BoundRootField &root, const BindStep &step, const TextOutcome &outcome)
{
    if (outcome.problem == ValueProblem::Invalid)
        return internalError(root);
    std::string message = "Argument \"" + step.argument + "\" has an invalid value at \"" + step.path;
    if (outcome.item >= 0)
        message += "[" + std::to_string(outcome.item) + "]";
    message += "\": ";
    message += problemReason(outcome.problem);
    return fieldError(root, ErrorCode::BadUserInput, std::move(message));
}

} // namespace

RequestContext RequestContext::fromJson(const JsonValue *context)
{
    RequestContext result;
    if (!context || !context->isObject())
        return result;
    const JsonValue *tenant = context->find("tenant");
    if (tenant && tenant->isString() && values::isUuid(tenant->stringValue()))
        result.tenant = values::asciiLower(tenant->stringValue());
    return result;
}

BoundRoot bindRoot(const RootPlan &plan, const BoundRootField &root, const RequestContext &context,
                   const SqlOptions &options)
{
    BoundRoot bound;
    if (root.argumentError) {
        bound.error = root.argumentError;
        return bound;
    }
    if (!plan.hasStatement)
        return bound;
    bound.parameters.resize(plan.parameterTypes.size());
    std::string scratch;
    for (const BindStep &step : plan.steps) {
        std::string &out = step.parameter >= 0 ? bound.parameters[static_cast<std::size_t>(step.parameter)] : scratch;
        out.clear();
        if (step.action == BindAction::Fail) {
            bound.error = fieldError(root, ErrorCode::BadUserInput, step.path);
            break;
        }
        if (step.action == BindAction::Tenant) {
            if (!context.tenant) {
                bound.error = fieldError(root, ErrorCode::Forbidden,
                                         "Tenant context is required for type \"" + plan.viewType + "\".");
                break;
            }
            out = *context.tenant;
            continue;
        }
        const JsonValue *value = resolve(root.arguments, step.address);
        if (!value) {
            bound.error = internalError(root);
            break;
        }
        if (step.action == BindAction::Limit || step.action == BindAction::Offset) {
            const std::int64_t number = integerOf(*value);
            if (number < 0) {
                bound.error = fieldError(root, ErrorCode::BadUserInput,
                                         "Argument \"" + step.argument + "\" must not be negative.");
                break;
            }
            if (step.action == BindAction::Limit && number > options.maxLimit) {
                bound.error = fieldError(root, ErrorCode::BadUserInput,
                                         "Argument \"limit\" must not exceed " + std::to_string(options.maxLimit) + ".");
                break;
            }
            out = std::to_string(number);
            continue;
        }
        const TextOutcome outcome = step.action == BindAction::LookupId
            ? TextOutcome{appendValueText(out, step.scalar, *value), -1}
            : appendOperatorText(out, step.transform, step.scalar, *value);
        if (outcome.problem != ValueProblem::None) {
            bound.error = valueError(root, step, outcome);
            break;
        }
    }
    if (bound.error)
        bound.parameters.clear();
    return bound;
}

BoundPlan bindPlan(std::shared_ptr<const SqlPlan> plan, const BoundOperation &operation,
                   const RequestContext &context, const SqlOptions &options)
{
    BoundPlan bound;
    bound.roots.reserve(plan->roots().size());
    for (std::size_t i = 0; i < plan->roots().size() && i < operation.roots.size(); ++i)
        bound.roots.push_back(bindRoot(plan->roots()[i], operation.roots[i], context, options));
    bound.plan = std::move(plan);
    return bound;
}

} // namespace graft::sql
