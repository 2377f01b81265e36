#include "sql/parameter_text.h"

#include "values/encodings.h"
#include "values/json_writer.h"
#include "values/scalar_format.h"
#include "values/scalar_value.h"

#include <cmath>
#include <span>

namespace graft::sql {

namespace {

using schema::ScalarId;
using values::JsonValue;

// A non-finite number that did not come from a literal token (those are written as they are).
bool containsNonFiniteValue(const JsonValue &value)
{
    if (value.isFloat())
        return !value.fromLiteral() && !std::isfinite(value.numberValue());
    for (const JsonValue &item : value.items()) {
        if (containsNonFiniteValue(item))
            return true;
    }
    return false;
}

ValueProblem fromStatus(values::ParameterStatus status)
{
    switch (status) {
    case values::ParameterStatus::Ok:
        return ValueProblem::None;
    case values::ParameterStatus::ContainsNul:
        return ValueProblem::ContainsNul;
    case values::ParameterStatus::NonFinite:
        return ValueProblem::NonFinite;
    case values::ParameterStatus::Invalid:
        break;
    }
    return ValueProblem::Invalid;
}

// The items of a list position: the list's items, or the single value given for it.
std::span<const JsonValue> itemsOf(const JsonValue &value)
{
    if (value.isArray())
        return value.items();
    return {&value, 1};
}

int itemIndex(const JsonValue &list, std::size_t i)
{
    return list.isArray() ? static_cast<int>(i) : -1;
}

// `[` e(v1) `,` … `]` into `out`.
TextOutcome appendElementList(std::string &out, ScalarId scalar, const JsonValue &list)
{
    const std::span<const JsonValue> items = itemsOf(list);
    std::string text;
    out += '[';
    for (std::size_t i = 0; i < items.size(); ++i) {
        text.clear();
        if (const ValueProblem problem = appendValueText(text, scalar, items[i]); problem != ValueProblem::None)
            return {problem, itemIndex(list, i)};
        if (i > 0)
            out += ',';
        values::appendElementJson(out, scalar, text);
    }
    out += ']';
    return {};
}

} // namespace

std::string_view problemReason(ValueProblem problem)
{
    switch (problem) {
    case ValueProblem::ContainsNul:
        return "text must not contain U+0000.";
    case ValueProblem::NonFinite:
        return "Float value must be finite.";
    case ValueProblem::NotCidr:
        return "expected a network in CIDR notation.";
    case ValueProblem::None:
    case ValueProblem::Invalid:
        break;
    }
    return {};
}

ValueProblem appendValueText(std::string &out, ScalarId scalar, const JsonValue &value)
{
    if (scalar == ScalarId::JSON) {
        if (values::containsNul(value))
            return ValueProblem::ContainsNul;
        if (containsNonFiniteValue(value))
            return ValueProblem::NonFinite;
        values::appendJsonText(out, value);
        return ValueProblem::None;
    }
    return fromStatus(values::appendParameterText(out, scalar, value));
}

TextOutcome appendOperatorText(std::string &out, ParamText transform, ScalarId scalar, const JsonValue &value)
{
    switch (transform) {
    case ParamText::None:
        return {};
    case ParamText::ValueText:
        return {appendValueText(out, scalar, value), -1};
    case ParamText::ArrayLiteral: {
        const std::span<const JsonValue> items = itemsOf(value);
        std::string text;
        out += '{';
        for (std::size_t i = 0; i < items.size(); ++i) {
            text.clear();
            if (const ValueProblem problem = appendValueText(text, scalar, items[i]); problem != ValueProblem::None)
                return {problem, itemIndex(value, i)};
            if (i > 0)
                out += ',';
            values::appendArrayElement(out, text);
        }
        out += '}';
        return {};
    }
    case ParamText::LikeContains:
    case ParamText::LikeStartsWith:
    case ParamText::LikeEndsWith: {
        std::string text;
        if (const ValueProblem problem = appendValueText(text, ScalarId::String, value); problem != ValueProblem::None)
            return {problem, -1};
        if (transform != ParamText::LikeStartsWith)
            out += '%';
        out += values::likeEscape(text);
        if (transform != ParamText::LikeEndsWith)
            out += '%';
        return {};
    }
    case ParamText::Network:
        if (!value.isString() || !values::isCidr(value.stringValue()))
            return {ValueProblem::NotCidr, -1};
        out += value.stringValue();
        return {};
    case ParamText::PrivateNetworks:
        out += kPrivateNetworks;
        return {};
    case ParamText::JsonList:
        return appendElementList(out, scalar, value);
    case ParamText::JsonListEach: {
        const std::span<const JsonValue> items = itemsOf(value);
        std::string text;
        std::string element;
        out += '{';
        for (std::size_t i = 0; i < items.size(); ++i) {
            text.clear();
            if (const ValueProblem problem = appendValueText(text, scalar, items[i]); problem != ValueProblem::None)
                return {problem, itemIndex(value, i)};
            element.assign(1, '[');
            values::appendElementJson(element, scalar, text);
            element += ']';
            if (i > 0)
                out += ',';
            values::appendArrayElement(out, element);
        }
        out += '}';
        return {};
    }
    case ParamText::JsonSingleton: {
        std::string text;
        if (const ValueProblem problem = appendValueText(text, scalar, value); problem != ValueProblem::None)
            return {problem, -1};
        out += '[';
        values::appendElementJson(out, scalar, text);
        out += ']';
        return {};
    }
    }
    return {ValueProblem::Invalid, -1};
}

} // namespace graft::sql
