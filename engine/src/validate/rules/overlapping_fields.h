#pragma once

// Rule 25 of CONTRACT §3.2: OverlappingFieldsCanBeMerged, graphql-core 3.2.6's algorithm - the
// conflict search within each selection set, against the fragments it spreads and between pairs
// of fragments, with its two memos: the collected fields of each selection set (keyed by the set,
// built with the parent type of the first request) and the fragment pairs already compared.

#include "validate/rule.h"
#include "validate/type_view.h"

#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

namespace graft::validate {

/// Rule 25: two fields with the same response key that cannot be merged.
class OverlappingFieldsRule : public Rule {
public:
    using Rule::Rule;
    HookSet hooks() const override { return hookBit(Hook::EnterSelectionSet); }
    Action enterSelectionSet(const syntax::SelectionSet &set) override;

private:
    /// One collected field (graphql-core NodeAndDef), linked to the next one of its response key.
    struct FieldEntry {
        const schema::NamedType *parent = nullptr;
        const syntax::Field *node = nullptr;
        const schema::FieldDefinition *def = nullptr;
        std::uint32_t next = kNone;
    };
    static constexpr std::uint32_t kNone = ~std::uint32_t(0);
    /// The fields of one response key: a chain through Collected::entries, in collection order.
    struct FieldGroup {
        std::string_view key;
        std::uint32_t first = kNone;
        std::uint32_t last = kNone;
    };
    /// Fields by response key in first-seen order, plus the names of the spread fragments.
    struct Collected {
        std::vector<FieldGroup> groups;
        std::vector<FieldEntry> entries;
        std::unordered_map<std::string_view, std::size_t> index; // built once there are many keys
        std::vector<std::string_view> fragmentNames;

        const FieldGroup *find(std::string_view key) const;
        void add(std::string_view key, const FieldEntry &entry);
    };
    /// A conflict: its response key, its reason (a text, or the conflicts of its subfields) and
    /// the fields on each side.
    struct Conflict {
        std::string_view responseName;
        std::string reason;
        std::vector<Conflict> subConflicts;
        std::vector<const syntax::Field *> fields1;
        std::vector<const syntax::Field *> fields2;
    };
    using Conflicts = std::vector<Conflict>;

    const Collected &fieldsAndFragmentNames(const schema::NamedType *parent, const syntax::SelectionSet &set);
    const Collected &referencedFieldsAndFragmentNames(const syntax::FragmentDefinition &fragment);
    void collectFields(const schema::NamedType *parent, const syntax::SelectionSet &set, Collected &out);

    void collectWithin(Conflicts &conflicts, const Collected &fields);
    void collectBetween(Conflicts &conflicts, bool mutuallyExclusive, const Collected &fields1,
                        const Collected &fields2);
    void collectBetweenFieldsAndFragment(Conflicts &conflicts, bool mutuallyExclusive, const Collected &fields,
                                         std::string_view fragmentName);
    void collectBetweenFragments(Conflicts &conflicts, bool mutuallyExclusive, std::string_view fragmentName1,
                                 std::string_view fragmentName2);
    Conflicts findBetweenSubSelectionSets(bool mutuallyExclusive, const schema::NamedType *parent1,
                                          const syntax::SelectionSet &set1, const schema::NamedType *parent2,
                                          const syntax::SelectionSet &set2);
    bool findConflict(Conflict &out, bool parentsMutuallyExclusive, std::string_view responseName,
                      const FieldEntry &field1, const FieldEntry &field2);

    bool comparedPair(std::string_view a, std::string_view b, bool mutuallyExclusive) const;
    void addPair(std::string_view a, std::string_view b, bool mutuallyExclusive);

    static bool sameArguments(const syntax::Field &field1, const syntax::Field &field2);
    static bool typesConflict(TypeView type1, TypeView type2);
    static void appendReason(std::string &out, const Conflict &conflict);

    std::unordered_map<const syntax::SelectionSet *, Collected> m_cache;
    std::map<std::pair<std::string_view, std::string_view>, bool> m_comparedPairs;
};

} // namespace graft::validate
