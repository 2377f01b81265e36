#include "validate/rules/overlapping_fields.h"

#include "syntax/printer.h"
#include "values/suggestions.h"
#include "validate/validation_context.h"

#include <algorithm>

namespace graft::validate {

namespace {

/// Keys beyond which a Collected keeps a hash index of its groups.
constexpr std::size_t kIndexThreshold = 16;

bool isObject(const schema::NamedType *type)
{
    return type != nullptr && type->kind == schema::NamedTypeKind::Object;
}

/// graphql-core print_ast(sort_value_node(value)): object fields sorted by natural order, at every depth.
void printSorted(const syntax::Value &value, std::string &out)
{
    if (value.kind == syntax::ValueKind::List) {
        out += '[';
        for (std::size_t i = 0; i < value.items.size(); ++i) {
            if (i > 0)
                out += ", ";
            printSorted(*value.items[i], out);
        }
        out += ']';
        return;
    }
    if (value.kind == syntax::ValueKind::Object) {
        std::vector<const syntax::ObjectField *> fields;
        fields.reserve(value.fields.size());
        for (const syntax::ObjectField &field : value.fields)
            fields.push_back(&field);
        std::stable_sort(fields.begin(), fields.end(), [](const syntax::ObjectField *a, const syntax::ObjectField *b) {
            return values::naturalLess(a->name.value, b->name.value);
        });
        out += '{';
        for (std::size_t i = 0; i < fields.size(); ++i) {
            if (i > 0)
                out += ", ";
            out += fields[i]->name.value;
            out += ": ";
            printSorted(*fields[i]->value, out);
        }
        out += '}';
        return;
    }
    syntax::printValue(value, out);
}

std::string stringify(const syntax::Value &value)
{
    std::string out;
    printSorted(value, out);
    return out;
}

} // namespace

const OverlappingFieldsRule::FieldGroup *OverlappingFieldsRule::Collected::find(std::string_view key) const
{
    if (!index.empty()) {
        auto it = index.find(key);
        return it == index.end() ? nullptr : &groups[it->second];
    }
    for (const FieldGroup &group : groups) {
        if (group.key == key)
            return &group;
    }
    return nullptr;
}

void OverlappingFieldsRule::Collected::add(std::string_view key, const FieldEntry &entry)
{
    const auto at = static_cast<std::uint32_t>(entries.size());
    entries.push_back(entry);
    if (const FieldGroup *found = find(key)) {
        auto &group = const_cast<FieldGroup &>(*found);
        entries[group.last].next = at;
        group.last = at;
        return;
    }
    groups.push_back({key, at, at});
    if (!index.empty()) {
        index.emplace(key, groups.size() - 1);
    } else if (groups.size() > kIndexThreshold) {
        for (std::size_t i = 0; i < groups.size(); ++i)
            index.emplace(groups[i].key, i);
    }
}

Action OverlappingFieldsRule::enterSelectionSet(const syntax::SelectionSet &set)
{
    Conflicts conflicts;
    const Collected &collected = fieldsAndFragmentNames(context().typeInfo().parentType(), set);
    collectWithin(conflicts, collected);
    const std::vector<std::string_view> &names = collected.fragmentNames;
    for (std::size_t i = 0; i < names.size(); ++i) {
        collectBetweenFieldsAndFragment(conflicts, false, collected, names[i]);
        for (std::size_t j = i + 1; j < names.size(); ++j)
            collectBetweenFragments(conflicts, false, names[i], names[j]);
    }
    for (const Conflict &conflict : conflicts) {
        std::string message = "Fields '" + std::string(conflict.responseName) + "' conflict because ";
        appendReason(message, conflict);
        message += ". Use different aliases on the fields to fetch both if this was intentional.";
        std::vector<std::uint32_t> offsets;
        offsets.reserve(conflict.fields1.size() + conflict.fields2.size());
        for (const syntax::Field *field : conflict.fields1)
            offsets.push_back(field->offset);
        for (const syntax::Field *field : conflict.fields2)
            offsets.push_back(field->offset);
        context().report(std::move(message), offsets);
    }
    return Action::Continue;
}

void OverlappingFieldsRule::appendReason(std::string &out, const Conflict &conflict)
{
    if (conflict.subConflicts.empty()) {
        out += conflict.reason;
        return;
    }
    for (std::size_t i = 0; i < conflict.subConflicts.size(); ++i) {
        if (i > 0)
            out += " and ";
        out += "subfields '";
        out += conflict.subConflicts[i].responseName;
        out += "' conflict because ";
        appendReason(out, conflict.subConflicts[i]);
    }
}

const OverlappingFieldsRule::Collected &OverlappingFieldsRule::fieldsAndFragmentNames(const schema::NamedType *parent,
                                                                                    const syntax::SelectionSet &set)
{
    auto [it, inserted] = m_cache.try_emplace(&set);
    if (inserted)
        collectFields(parent, set, it->second);
    return it->second;
}

const OverlappingFieldsRule::Collected &OverlappingFieldsRule::referencedFieldsAndFragmentNames(
    const syntax::FragmentDefinition &fragment)
{
    auto it = m_cache.find(fragment.selectionSet);
    if (it != m_cache.end())
        return it->second;
    return fieldsAndFragmentNames(TypeView::fromAst(fragment.typeCondition, context().registry()).namedType(),
                                  *fragment.selectionSet);
}

void OverlappingFieldsRule::collectFields(const schema::NamedType *parent, const syntax::SelectionSet &set,
                                          Collected &out)
{
    for (const syntax::Selection *selection : set.selections) {
        if (const auto *field = selection->as<syntax::Field>()) {
            // graphql-core reads the parent's declared fields here: meta-fields have no definition.
            const schema::FieldDefinition *def = isObject(parent) ? parent->field(field->name.value) : nullptr;
            out.add(field->responseKey(), {parent, field, def, kNone});
        } else if (const auto *spread = selection->as<syntax::FragmentSpread>()) {
            const std::string_view name = spread->name.value;
            if (std::find(out.fragmentNames.begin(), out.fragmentNames.end(), name) == out.fragmentNames.end())
                out.fragmentNames.push_back(name);
        } else if (const auto *inlineFragment = selection->as<syntax::InlineFragment>()) {
            const schema::NamedType *type =
                inlineFragment->typeCondition != nullptr
                    ? TypeView::fromAst(inlineFragment->typeCondition, context().registry()).namedType()
                    : parent;
            collectFields(type, *inlineFragment->selectionSet, out);
        }
    }
}

void OverlappingFieldsRule::collectWithin(Conflicts &conflicts, const Collected &collected)
{
    const auto &entries = collected.entries;
    for (const FieldGroup &group : collected.groups) {
        for (std::uint32_t i = group.first; i != kNone; i = entries[i].next) {
            for (std::uint32_t j = entries[i].next; j != kNone; j = entries[j].next) {
                Conflict conflict;
                if (findConflict(conflict, false, group.key, entries[i], entries[j]))
                    conflicts.push_back(std::move(conflict));
            }
        }
    }
}

void OverlappingFieldsRule::collectBetween(Conflicts &conflicts, bool mutuallyExclusive, const Collected &fields1,
                                           const Collected &fields2)
{
    for (const FieldGroup &group : fields1.groups) {
        const FieldGroup *other = fields2.find(group.key);
        if (other == nullptr)
            continue;
        for (std::uint32_t i = group.first; i != kNone; i = fields1.entries[i].next) {
            for (std::uint32_t j = other->first; j != kNone; j = fields2.entries[j].next) {
                Conflict conflict;
                if (findConflict(conflict, mutuallyExclusive, group.key, fields1.entries[i], fields2.entries[j]))
                    conflicts.push_back(std::move(conflict));
            }
        }
    }
}

void OverlappingFieldsRule::collectBetweenFieldsAndFragment(Conflicts &conflicts, bool mutuallyExclusive,
                                                            const Collected &fields, std::string_view fragmentName)
{
    const syntax::FragmentDefinition *fragment = context().fragment(fragmentName);
    if (fragment == nullptr)
        return;
    const Collected &fragmentFields = referencedFieldsAndFragmentNames(*fragment);
    if (&fragmentFields == &fields)
        return;
    collectBetween(conflicts, mutuallyExclusive, fields, fragmentFields);
    for (const std::string_view referenced : fragmentFields.fragmentNames) {
        if (comparedPair(referenced, fragmentName, mutuallyExclusive))
            continue;
        addPair(referenced, fragmentName, mutuallyExclusive);
        collectBetweenFieldsAndFragment(conflicts, mutuallyExclusive, fields, referenced);
    }
}

void OverlappingFieldsRule::collectBetweenFragments(Conflicts &conflicts, bool mutuallyExclusive,
                                                    std::string_view fragmentName1, std::string_view fragmentName2)
{
    if (fragmentName1 == fragmentName2)
        return;
    if (comparedPair(fragmentName1, fragmentName2, mutuallyExclusive))
        return;
    addPair(fragmentName1, fragmentName2, mutuallyExclusive);
    const syntax::FragmentDefinition *fragment1 = context().fragment(fragmentName1);
    const syntax::FragmentDefinition *fragment2 = context().fragment(fragmentName2);
    if (fragment1 == nullptr || fragment2 == nullptr)
        return;
    const Collected &fields1 = referencedFieldsAndFragmentNames(*fragment1);
    const Collected &fields2 = referencedFieldsAndFragmentNames(*fragment2);
    collectBetween(conflicts, mutuallyExclusive, fields1, fields2);
    for (const std::string_view referenced2 : fields2.fragmentNames)
        collectBetweenFragments(conflicts, mutuallyExclusive, fragmentName1, referenced2);
    for (const std::string_view referenced1 : fields1.fragmentNames)
        collectBetweenFragments(conflicts, mutuallyExclusive, referenced1, fragmentName2);
}

OverlappingFieldsRule::Conflicts OverlappingFieldsRule::findBetweenSubSelectionSets(
    bool mutuallyExclusive, const schema::NamedType *parent1, const syntax::SelectionSet &set1,
    const schema::NamedType *parent2, const syntax::SelectionSet &set2)
{
    Conflicts conflicts;
    const Collected &fields1 = fieldsAndFragmentNames(parent1, set1);
    const Collected &fields2 = fieldsAndFragmentNames(parent2, set2);
    collectBetween(conflicts, mutuallyExclusive, fields1, fields2);
    for (const std::string_view name2 : fields2.fragmentNames)
        collectBetweenFieldsAndFragment(conflicts, mutuallyExclusive, fields1, name2);
    for (const std::string_view name1 : fields1.fragmentNames)
        collectBetweenFieldsAndFragment(conflicts, mutuallyExclusive, fields2, name1);
    for (const std::string_view name1 : fields1.fragmentNames) {
        for (const std::string_view name2 : fields2.fragmentNames)
            collectBetweenFragments(conflicts, mutuallyExclusive, name1, name2);
    }
    return conflicts;
}

bool OverlappingFieldsRule::findConflict(Conflict &out, bool parentsMutuallyExclusive, std::string_view responseName,
                                         const FieldEntry &field1, const FieldEntry &field2)
{
    const bool mutuallyExclusive = parentsMutuallyExclusive || (field1.parent != field2.parent &&
                                                                isObject(field1.parent) && isObject(field2.parent));
    const syntax::Field &node1 = *field1.node;
    const syntax::Field &node2 = *field2.node;
    const TypeView type1 = field1.def != nullptr ? TypeView::of(field1.def->type) : TypeView();
    const TypeView type2 = field2.def != nullptr ? TypeView::of(field2.def->type) : TypeView();
    const auto simple = [&](std::string reason) {
        out.responseName = responseName;
        out.reason = std::move(reason);
        out.fields1 = {&node1};
        out.fields2 = {&node2};
        return true;
    };
    if (!mutuallyExclusive) {
        if (node1.name.value != node2.name.value) {
            return simple("'" + std::string(node1.name.value) + "' and '" + std::string(node2.name.value) +
                          "' are different fields");
        }
        if (!sameArguments(node1, node2))
            return simple("they have differing arguments");
    }
    if (type1 && type2 && typesConflict(type1, type2))
        return simple("they return conflicting types '" + type1.toString() + "' and '" + type2.toString() + "'");
    if (node1.selectionSet == nullptr || node2.selectionSet == nullptr)
        return false;
    Conflicts sub = findBetweenSubSelectionSets(mutuallyExclusive, type1.namedType(), *node1.selectionSet,
                                                type2.namedType(), *node2.selectionSet);
    if (sub.empty())
        return false;
    out.responseName = responseName;
    out.fields1 = {&node1};
    out.fields2 = {&node2};
    for (const Conflict &conflict : sub) {
        out.fields1.insert(out.fields1.end(), conflict.fields1.begin(), conflict.fields1.end());
        out.fields2.insert(out.fields2.end(), conflict.fields2.begin(), conflict.fields2.end());
    }
    out.subConflicts = std::move(sub);
    return true;
}

bool OverlappingFieldsRule::sameArguments(const syntax::Field &field1, const syntax::Field &field2)
{
    const auto &args1 = field1.arguments;
    const auto &args2 = field2.arguments;
    if (args1.empty())
        return args2.empty();
    if (args2.empty() || args1.size() != args2.size())
        return false;
    for (const syntax::Argument &arg1 : args1) {
        const syntax::Value *value2 = nullptr;
        for (const syntax::Argument &arg2 : args2) {
            if (arg2.name.value == arg1.name.value)
                value2 = arg2.value; // the last of a name wins
        }
        if (value2 == nullptr || stringify(*arg1.value) != stringify(*value2))
            return false;
    }
    return true;
}

bool OverlappingFieldsRule::typesConflict(TypeView type1, TypeView type2)
{
    if (type1.isList())
        return type2.isList() ? typesConflict(type1.ofType(), type2.ofType()) : true;
    if (type2.isList())
        return true;
    if (type1.isNonNull())
        return type2.isNonNull() ? typesConflict(type1.ofType(), type2.ofType()) : true;
    if (type2.isNonNull())
        return true;
    if (type1.namedType()->isLeafType() || type2.namedType()->isLeafType())
        return type1.namedType() != type2.namedType();
    return false;
}

bool OverlappingFieldsRule::comparedPair(std::string_view a, std::string_view b, bool mutuallyExclusive) const
{
    auto it = m_comparedPairs.find(a < b ? std::make_pair(a, b) : std::make_pair(b, a));
    if (it == m_comparedPairs.end())
        return false;
    return mutuallyExclusive ? true : it->second == mutuallyExclusive;
}

void OverlappingFieldsRule::addPair(std::string_view a, std::string_view b, bool mutuallyExclusive)
{
    m_comparedPairs[a < b ? std::make_pair(a, b) : std::make_pair(b, a)] = mutuallyExclusive;
}

} // namespace graft::validate
