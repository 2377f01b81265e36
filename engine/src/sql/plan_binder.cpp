#include "sql/plan_binder.h"

#include "sql/parameter_text.h"
#include "values/json_reader.h"
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

// The tenant a `tenant` member's string gives (§5.5): a UUID, lower-cased; else none.
RequestContext withTenant(std::string_view tenant)
{
    RequestContext result;
    if (values::isUuid(tenant))
        result.tenant = values::asciiLower(tenant);
    return result;
}

// The string of `{"tenant": "…"}` with JSON whitespace around its tokens, when the text is exactly
// that and the string is printable ASCII without `"` or `\`: valid JSON, one member, depth 1.
std::optional<std::string_view> plainTenantMember(std::string_view text)
{
    constexpr std::string_view kName = "\"tenant\"";
    std::size_t at = 0;
    const auto skipSpace = [&] {
        while (at < text.size() && (text[at] == ' ' || text[at] == '\t' || text[at] == '\n' || text[at] == '\r'))
            ++at;
    };
    const auto take = [&](char c) {
        skipSpace();
        if (at >= text.size() || text[at] != c)
            return false;
        ++at;
        return true;
    };
    if (!take('{'))
        return std::nullopt;
    skipSpace();
    if (text.substr(at, kName.size()) != kName)
        return std::nullopt;
    at += kName.size();
    if (!take(':') || !take('"'))
        return std::nullopt;
    const std::size_t begin = at;
    while (at < text.size() && text[at] != '"') {
        const auto c = static_cast<unsigned char>(text[at]);
        if (c < 0x20 || c > 0x7e || c == '\\')
            return std::nullopt;
        ++at;
    }
    if (at >= text.size())
        return std::nullopt;
    const std::string_view tenant = text.substr(begin, at - begin);
    ++at;
    if (!take('}'))
        return std::nullopt;
    skipSpace();
    if (at != text.size())
        return std::nullopt;
    return tenant;
}

} // namespace

RequestContext RequestContext::fromJson(const JsonValue *context)
{
    if (!context || !context->isObject())
        return {};
    const JsonValue *tenant = context->find("tenant");
    if (!tenant || !tenant->isString())
        return {};
    return withTenant(tenant->stringValue());
}

RequestContext RequestContext::fromText(std::optional<std::string_view> text, int maxNesting)
{
    if (!text)
        return fromJson(nullptr);
    if (maxNesting >= 1) {
        if (const std::optional<std::string_view> tenant = plainTenantMember(*text))
            return withTenant(*tenant);
    }
    values::JsonReadResult context = values::readJson(*text, maxNesting);
    const bool usable = context.status == values::JsonReadStatus::Ok && !context.tooDeep;
    return fromJson(usable ? &context.value : nullptr);
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
