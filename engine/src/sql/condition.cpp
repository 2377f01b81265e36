#include "sql/condition.h"

#include <algorithm>

namespace graft::sql {

namespace {

Condition joinGroup(std::vector<Condition> &items, std::string_view joiner)
{
    Condition joined = Condition::makeText("(", {});
    for (std::size_t i = 0; i < items.size(); ++i) {
        if (i > 0)
            joined.text += joiner;
        joined.text += items[i].text;
        joined.steps.insert(joined.steps.end(), items[i].steps.begin(), items[i].steps.end());
    }
    joined.text += ')';
    return joined;
}

} // namespace

Condition andGroup(std::vector<Condition> items)
{
    std::erase_if(items, [](const Condition &item) { return item.isTrue; });
    if (items.empty())
        return Condition::makeTrue();
    if (items.size() == 1)
        return std::move(items.front());
    return joinGroup(items, " AND ");
}

Condition orGroup(std::vector<Condition> items)
{
    if (items.empty())
        return Condition::makeFalse();
    if (std::any_of(items.begin(), items.end(), [](const Condition &item) { return item.isTrue; }))
        return Condition::makeTrue();
    if (items.size() == 1)
        return std::move(items.front());
    return joinGroup(items, " OR ");
}

Condition notOf(Condition inner)
{
    if (inner.isTrue)
        return Condition::makeFalse();
    inner.text.insert(0, "(NOT ");
    inner.text += ')';
    return inner;
}

} // namespace graft::sql
