#pragma once

// The compiled projection of one object type's selection (CONTRACT §7.2): which members of a row
// document become which response keys, in response order. Built once per plan, immutable, owning
// all its text (it never points into a request), so the plan cache can share it across threads.

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace graft::json {

class Projection;

/// What a projected field reads.
enum class ProjectedKind : std::uint8_t {
    Typename,   ///< `__typename`: the object type's name
    Value,      ///< scalar, JSON or list of scalars: the member copied verbatim (§7.3)
    Object,     ///< embedded object: the member projected by `child` when it is an object
    ObjectList, ///< list of embedded objects: each object element projected by `child`, others null
};

/// One output member of a projected object.
struct ProjectedField {
    ProjectedKind kind = ProjectedKind::Value;
    std::string responseKey;
    std::string keyJson;      ///< the response key as a JSON string plus `:`, ready to write
    std::string documentKey;  ///< the member read (not for Typename)
    std::string typenameJson; ///< Typename: the type name as a JSON string
    std::shared_ptr<const Projection> child; ///< Object / ObjectList
    std::uint32_t slot = 0;   ///< index of documentKey among the projection's distinct keys
};

/// The projection of one object type: its fields in response order and the distinct document keys
/// they read (sorted, so a row's member names are looked up by binary search).
class Projection {
public:
    /// Takes the fields in response order; computes slots and the key table.
    explicit Projection(std::vector<ProjectedField> fields);

    /// The output members, in response order.
    const std::vector<ProjectedField> &fields() const { return m_fields; }
    /// Number of distinct document keys read.
    std::size_t slotCount() const { return m_keys.size(); }
    /// The slot of document key `key`, or -1 when no field reads it.
    int slotOf(std::string_view key) const;
    /// Approximate heap bytes of the tree (the plan cache's byte bound).
    std::size_t bytes() const;

private:
    std::vector<ProjectedField> m_fields;
    std::vector<std::string> m_keys;        ///< sorted distinct document keys
    std::vector<std::uint32_t> m_keySlots;  ///< slot of m_keys[i]
};

} // namespace graft::json
